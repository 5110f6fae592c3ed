package id.kesos.core.pmks;

/** A group entered without a single NIK (Komunitas Adat Terpencil, Kelompok Minoritas). */
public record Kelompok(Long id, String nama, String lokasi, String desaKode, int jumlahKk, int jumlahJiwa) {

    /** The fields its checks name ({@link KelompokValidator}). */
    public enum Field { JENIS, NAMA, LOKASI, DESA, JUMLAH, TAHUN }
}
