package id.kesos.core.pmks;

/** One of the 26 PMKS/PPKS types, as stored in {@code jenis_pmks} (master data, never a Java enum). */
public record JenisPmks(String kode, int nomor, String nama, String singkatan, String satuan, Integer usiaMin, Integer usiaMax,
        String kelompokSpm, boolean sensitif) {

    /** Types a recap counts in families (satuan kk or jiwa_kk): the entry records the KK and its size. */
    public boolean perKk() {
        return "kk".equals(satuan) || "jiwa_kk".equals(satuan);
    }

    /** Komunitas Adat Terpencil and Kelompok Minoritas may be entered as a group. */
    public boolean bolehKelompok() {
        return "PMKS-26".equals(kode) || "PMKS-14".equals(kode);
    }

    @Override
    public String toString() {
        return nomor + ". " + nama + " (" + singkatan + ")";
    }
}
