package id.kesos.core.rapat;

import java.util.Locale;

/** Which side an attendee comes from: counted separately in the minutes. Stored as its lower-case code. */
public enum Unsur {
    KECAMATAN("rapat.unsur.kecamatan"),
    DESA("rapat.unsur.desa"),
    PSKS("rapat.unsur.psks"),
    INSTANSI("rapat.unsur.instansi"),
    LAINNYA("rapat.unsur.lainnya");

    private final String labelKey;

    Unsur(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }

    public String kode() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value of a code ("rakor_bulanan", "rakor-bulanan"), or null for null. */
    public static Unsur dariKode(String s) {
        return s == null ? null : valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
