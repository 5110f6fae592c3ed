package id.kesos.core.psks;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The programmes a pillar accompanies. Stored as a comma-separated list of codes. */
public enum Pendampingan {
    KUBE("pendampingan.kube"), PKH("pendampingan.pkh"), ASKESOS("pendampingan.askesos"), LANSIA("pendampingan.lansia"), DISABILITAS("pendampingan.disabilitas"), LAINNYA("pendampingan.lainnya");

    private final String labelKey;

    Pendampingan(String labelKey) {
        this.labelKey = labelKey;
    }

    public String kode() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String labelKey() {
        return labelKey;
    }

    public static String tulis(Set<Pendampingan> s) {
        return s == null || s.isEmpty() ? null : s.stream().sorted().map(Pendampingan::kode).collect(Collectors.joining(","));
    }

    public static Set<Pendampingan> baca(String s) {
        Set<Pendampingan> out = EnumSet.noneOf(Pendampingan.class);
        if (s != null) {
            for (String k : s.split(",")) {
                if (!k.isBlank()) {
                    out.add(valueOf(k.strip().toUpperCase(Locale.ROOT)));
                }
            }
        }
        return out;
    }
}
