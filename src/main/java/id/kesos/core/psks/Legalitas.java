package id.kesos.core.psks;

import java.util.Locale;

/**
 * A pillar's legal standing. Persons hold a certificate (dasar, lanjutan, khusus) or none; an
 * institution is {@code TERDAFTAR} once it has any of nomor SK, akta notaris or tanda daftar.
 */
public enum Legalitas {
    DASAR("legalitas.dasar"), LANJUTAN("legalitas.lanjutan"), KHUSUS("legalitas.khusus"), TERDAFTAR("legalitas.terdaftar"), TIDAK_ADA("legalitas.tidakAda");

    private final String labelKey;

    Legalitas(String labelKey) {
        this.labelKey = labelKey;
    }

    public String kode() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String labelKey() {
        return labelKey;
    }

    /** What a person's form offers. */
    public static java.util.List<Legalitas> untukOrang() {
        return java.util.List.of(DASAR, LANJUTAN, KHUSUS, TIDAK_ADA);
    }

    public static Legalitas dariKode(String s) {
        return s == null ? null : valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
