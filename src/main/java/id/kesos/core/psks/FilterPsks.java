package id.kesos.core.psks;

/**
 * What the PSKS list shows: search text (name, NIK, ketua), type, desa ({@link #KECAMATAN} for the
 * kecamatan level), active or not, legal standing. Null means "all".
 */
public record FilterPsks(String teks, String jenisKode, String desaKode, Boolean aktif, Legalitas legalitas) {
    public static final String KECAMATAN = "-";
    public static final FilterPsks SEMUA = new FilterPsks(null, null, null, null, null);
}
