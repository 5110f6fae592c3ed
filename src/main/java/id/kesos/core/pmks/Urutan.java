package id.kesos.core.pmks;

/** The sortable columns of the register list. */
public enum Urutan {
    NAMA, NIK, DESA, JENIS, TAHUN, STATUS, TANGGAL_LAHIR
}
