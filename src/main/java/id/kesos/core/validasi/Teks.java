package id.kesos.core.validasi;

import id.kesos.core.i18n.Messages;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks shared by every form: required text, length, e-mail, phone, postal code. */
public final class Teks {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final Pattern TELEPON = Pattern.compile("^\\+?[0-9 ()\\-.]{6,20}$");
    private static final Pattern KODE_POS = Pattern.compile("^[0-9]{5}$");

    private Teks() {
    }

    /** Trimmed text, or null when empty. */
    public static String bersih(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    public static Optional<String> wajib(String value, String label, int max) {
        String v = bersih(value);
        if (v == null) {
            return Optional.of(Messages.get("validasi.wajib", label));
        }
        return panjang(v, label, max);
    }

    public static Optional<String> panjang(String value, String label, int max) {
        String v = bersih(value);
        if (v != null && v.length() > max) {
            return Optional.of(Messages.get("validasi.terlaluPanjang", label, max, v.length()));
        }
        return Optional.empty();
    }

    public static Optional<String> email(String value, String label) {
        String v = bersih(value);
        if (v != null && !EMAIL.matcher(v).matches()) {
            return Optional.of(Messages.get("validasi.email", label, v));
        }
        return panjang(v, label, 120);
    }

    public static Optional<String> telepon(String value, String label) {
        String v = bersih(value);
        if (v != null && !TELEPON.matcher(v).matches()) {
            return Optional.of(Messages.get("validasi.telepon", label, v));
        }
        return Optional.empty();
    }

    public static Optional<String> kodePos(String value, String label) {
        String v = bersih(value);
        if (v != null && !KODE_POS.matcher(v).matches()) {
            return Optional.of(Messages.get("validasi.kodePos", label, v));
        }
        return Optional.empty();
    }
}
