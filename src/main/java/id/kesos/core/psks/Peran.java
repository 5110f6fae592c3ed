package id.kesos.core.psks;

/** One register a person is in: a PSKS record or (id null) a PMKS entry. */
public record Peran(Long psksId, String nama, String singkatan, boolean aktif) {
}
