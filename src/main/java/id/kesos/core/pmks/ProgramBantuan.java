package id.kesos.core.pmks;

import java.util.Locale;

/** Aid programmes (DOMAIN.md section 3). */
public enum ProgramBantuan {
    PKH("program.pkh"), BPNT("program.bpnt"), BLT("program.blt"), PERMAKANAN("program.permakanan"), ASPD("program.aspd"),
    BANTUAN_DAERAH("program.bantuanDaerah"), LAINNYA("program.lainnya");

    private final String labelKey;

    ProgramBantuan(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }

    public String kode() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ProgramBantuan dariKode(String s) {
        return valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
