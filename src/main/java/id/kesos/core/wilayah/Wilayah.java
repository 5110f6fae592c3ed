package id.kesos.core.wilayah;

import java.util.Locale;

/** One Kemendagri region: {@code 36}, {@code 36.04}, {@code 36.04.34} or {@code 36.04.34.2001}. */
public record Wilayah(String kode, String nama, Tingkat tingkat) {

    /** True when {@code text} (already lower-case) is part of the name or a prefix of the code. */
    public boolean cocok(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        return nama.toLowerCase(Locale.ROOT).contains(t) || kode.startsWith(t);
    }

    @Override
    public String toString() {
        return nama + " (" + kode + ")";
    }
}
