package id.kesos.core.psks;

/**
 * A PSKS type: the 12 official ones ({@code resmi}) and the "pilar lain" the office adds. The age band
 * and the one-per-kecamatan / one-per-desa rules are data of the type (warnings, never errors).
 */
public record JenisPsks(String kode, int nomor, String nama, String singkatan, Bentuk bentuk, boolean resmi, Integer usiaMin,
        Integer usiaMax, boolean satuPerKecamatan, boolean satuPerDesa) {
    /** The one type whose institutions carry a classification (tumbuh ... percontohan). */
    public static final String KARANG_TARUNA = "PSKS-05";

    /** The fields of a new "pilar lain" type its checks name. */
    public enum Field { NAMA, SINGKATAN, BENTUK }

    public boolean berklasifikasi() {
        return KARANG_TARUNA.equals(kode);
    }
}
