package id.kesos.core.cetak;

import java.util.Locale;

/** Paper sizes the office prints on, in PDF points (1/72 inch). F4/Folio is 215 x 330 mm. */
public enum Kertas {
    A4(595.28f, 841.89f, "kertas.a4"), F4(609.45f, 935.43f, "kertas.f4");

    private final float lebar;
    private final float tinggi;
    private final String labelKey;

    Kertas(float lebar, float tinggi, String labelKey) {
        this.lebar = lebar;
        this.tinggi = tinggi;
        this.labelKey = labelKey;
    }

    public float lebar() {
        return lebar;
    }

    public float tinggi() {
        return tinggi;
    }

    public String labelKey() {
        return labelKey;
    }

    public String kode() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Kertas dariKode(String s) {
        if (s == null) {
            return null;
        }
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "a4" -> A4;
            case "f4", "folio" -> F4;
            default -> null;
        };
    }
}
