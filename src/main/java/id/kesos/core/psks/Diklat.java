package id.kesos.core.psks;

/** A training a pillar attended: name, organiser, year. */
public record Diklat(String nama, String penyelenggara, Integer tahun) {
}
