package id.kesos.core.psks;

import java.util.Locale;

/** The form a PSKS type takes (psks-jenis.csv {@code bentuk}): which form the user fills and how a recap counts it. */
public enum Bentuk {
    PERSEORANGAN("bentuk.perseorangan"), KELUARGA("bentuk.keluarga"), LEMBAGA("bentuk.lembaga"), BADAN_USAHA("bentuk.badanUsaha");

    private final String labelKey;

    Bentuk(String labelKey) {
        this.labelKey = labelKey;
    }

    public String kode() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String labelKey() {
        return labelKey;
    }

    /** Persons and families are counted in orang, institutions and businesses in unit. */
    public boolean orang() {
        return this == PERSEORANGAN || this == KELUARGA;
    }

    public static Bentuk dariKode(String s) {
        return s == null ? null : valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
