package id.kesos.core.psks;

import java.util.Locale;

/** The classification of a Karang Taruna. */
public enum Klasifikasi {
    TUMBUH("klasifikasi.tumbuh"), BERKEMBANG("klasifikasi.berkembang"), MAJU("klasifikasi.maju"), PERCONTOHAN("klasifikasi.percontohan");

    private final String labelKey;

    Klasifikasi(String labelKey) {
        this.labelKey = labelKey;
    }

    public String kode() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String labelKey() {
        return labelKey;
    }

    public static Klasifikasi dariKode(String s) {
        return s == null ? null : valueOf(s.strip().toUpperCase(Locale.ROOT));
    }
}
