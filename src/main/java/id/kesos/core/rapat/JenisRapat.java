package id.kesos.core.rapat;

import java.util.Locale;

/** The kind of meeting. Stored as its lower-case code. */
public enum JenisRapat {
    RAKOR_BULANAN("rapat.jenis.rakorBulanan"),
    RAKOR_TRIWULAN("rapat.jenis.rakorTriwulan"),
    RAPAT_KHUSUS("rapat.jenis.rapatKhusus"),
    MUSYAWARAH("rapat.jenis.musyawarah"),
    LAINNYA("rapat.jenis.lainnya");

    private final String labelKey;

    JenisRapat(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }

    public String kode() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value of a code ("rakor_bulanan", "rakor-bulanan"), or null for null. */
    public static JenisRapat dariKode(String s) {
        return s == null ? null : valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
