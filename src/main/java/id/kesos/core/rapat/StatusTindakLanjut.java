package id.kesos.core.rapat;

import java.util.Locale;

/** How far a follow-up is. Stored as its lower-case code. */
public enum StatusTindakLanjut {
    BELUM("tindakLanjut.status.belum"),
    PROSES("tindakLanjut.status.proses"),
    SELESAI("tindakLanjut.status.selesai");

    private final String labelKey;

    StatusTindakLanjut(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }

    public String kode() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value of a code ("rakor_bulanan", "rakor-bulanan"), or null for null. */
    public static StatusTindakLanjut dariKode(String s) {
        return s == null ? null : valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
