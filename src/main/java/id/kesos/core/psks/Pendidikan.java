package id.kesos.core.psks;

import java.util.Locale;

/** Pendidikan terakhir as the Kemensos form asks it. */
public enum Pendidikan {
    SD("pendidikan.sd"), SMP("pendidikan.smp"), SLTA("pendidikan.slta"), DIPLOMA("pendidikan.diploma"), S1("pendidikan.s1"), S2("pendidikan.s2"), S3("pendidikan.s3");

    private final String labelKey;

    Pendidikan(String labelKey) {
        this.labelKey = labelKey;
    }

    public String kode() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String labelKey() {
        return labelKey;
    }

    public static Pendidikan dariKode(String s) {
        return s == null ? null : valueOf(s.strip().toUpperCase(Locale.ROOT));
    }
}
