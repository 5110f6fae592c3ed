package id.kesos.core.rapat;

import id.kesos.core.penduduk.JenisKelamin;

/** A village official the attendance list can draw on. */
public record PerangkatDesa(Long id, String desaKode, JabatanDesa jabatan, String nama, JenisKelamin jk, String telepon, boolean aktif,
        int version) {

    /** The fields its checks name ({@link RapatValidator#periksaPerangkat}). */
    public enum Field { NAMA, TELEPON, JABATAN, DESA }
}
