package id.kesos.core.pmks;

import java.util.Locale;

/** Who funded the aid. */
public enum SumberDana {
    APBN("dana.apbn"), APBD("dana.apbd"), LAINNYA("dana.lainnya");

    private final String labelKey;

    SumberDana(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }

    public String kode() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SumberDana dariKode(String s) {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
    }
}
