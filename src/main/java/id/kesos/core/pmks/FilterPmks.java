package id.kesos.core.pmks;

import id.kesos.core.penduduk.JenisKelamin;

/**
 * What the register list shows: {@code teks} searches name, NIK and No. KK; the others narrow it.
 * Null means "all". {@code bantuan}: true = has received aid, false = has not. {@code hanyaId}: only
 * these entries (a data-quality check's findings, opened from Beranda).
 */
public record FilterPmks(String teks, String desaKode, String jenisKode, StatusPmks status, Integer tahun, JenisKelamin jk,
        String kelompokSpm, Boolean bantuan, java.util.Set<Long> hanyaId) {

    public static final FilterPmks SEMUA = new FilterPmks(null, null, null, null, null, null, null, null);

    public FilterPmks(String teks, String desaKode, String jenisKode, StatusPmks status, Integer tahun, JenisKelamin jk, String kelompokSpm,
            Boolean bantuan) {
        this(teks, desaKode, jenisKode, status, tahun, jk, kelompokSpm, bantuan, null);
    }

    public FilterPmks withTeks(String t) {
        return new FilterPmks(t, desaKode, jenisKode, status, tahun, jk, kelompokSpm, bantuan, hanyaId);
    }
}
