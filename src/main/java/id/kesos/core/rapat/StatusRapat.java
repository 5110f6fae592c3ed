package id.kesos.core.rapat;

import java.util.Locale;

/** Draft (editable, saved while typing) or final (locked until reopened). Stored as its lower-case code. */
public enum StatusRapat {
    DRAFT("rapat.status.draft"),
    FINAL("rapat.status.final");

    private final String labelKey;

    StatusRapat(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }

    public String kode() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value of a code ("rakor_bulanan", "rakor-bulanan"), or null for null. */
    public static StatusRapat dariKode(String s) {
        return s == null ? null : valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
