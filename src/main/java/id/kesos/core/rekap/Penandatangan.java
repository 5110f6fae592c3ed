package id.kesos.core.rekap;

import java.util.Locale;

/** Who signs a recap: the Camat (Mengetahui) and the Kasi Kesos, or one of them. */
public enum Penandatangan {
    CAMAT_DAN_KASI("rekap.ttd.keduanya"), KASI("rekap.ttd.kasi"), CAMAT("rekap.ttd.camat");

    private final String labelKey;

    Penandatangan(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }

    public boolean camat() {
        return this != KASI;
    }

    public boolean kasi() {
        return this != CAMAT;
    }

    public String kode() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Penandatangan dariKode(String s) {
        for (Penandatangan p : values()) {
            if (p.kode().equalsIgnoreCase(s == null ? "" : s.strip())) {
                return p;
            }
        }
        return null;
    }
}
