package id.kesos.core.rapat;

import java.util.Locale;

/** Present, excused, or absent without notice. Stored as its lower-case code. */
public enum Kehadiran {
    HADIR("rapat.hadir.hadir"),
    IZIN("rapat.hadir.izin"),
    TANPA_KETERANGAN("rapat.hadir.tanpaKeterangan");

    private final String labelKey;

    Kehadiran(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }

    public String kode() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value of a code ("rakor_bulanan", "rakor-bulanan"), or null for null. */
    public static Kehadiran dariKode(String s) {
        return s == null ? null : valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
