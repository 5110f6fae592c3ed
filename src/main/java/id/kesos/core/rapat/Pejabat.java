package id.kesos.core.rapat;

/** Who leads or minutes a meeting, as the signature block prints them. */
public record Pejabat(String nama, String jabatan, String pangkat, String nip) {
    public static final Pejabat KOSONG = new Pejabat(null, null, null, null);
}
