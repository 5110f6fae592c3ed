package id.kesos.core.validasi;

import id.kesos.core.i18n.Messages;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks shared by every form: required text, length, e-mail, phone, postal code. */
public final class Teks {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final Pattern TELEPON = Pattern.compile("^\\+?[0-9 ()\\-.]{6,20}$");
    private static final Pattern KODE_POS = Pattern.compile("^[0-9]{5}$");

    private Teks() {
    }

    private static final Pattern ESC = Pattern.compile("\u001B(?:\\[[0-?]*[ -/]*[@-~]|\\][^\u0007\u001B]*(?:\u0007|\u001B\\\\)?|.)?");
    private static final Pattern SPASI = Pattern.compile("[ \t]+");
    private static final Pattern SPASI_GANDA = Pattern.compile(" {2,}");
    private static final Pattern BARIS_KOSONG = Pattern.compile("\n{3,}");

    /**
     * Text as it is stored: Unicode NFC; terminal escape sequences, control characters and invisible
     * ones (zero-width spaces, byte-order marks, direction marks) removed; other spaces made plain and
     * runs of them collapsed; each line trimmed, at most one empty line in a row. Null when nothing is left.
     */
    public static String bersih(String s) {
        if (s == null) {
            return null;
        }
        if (sudahBersih(s)) {
            // most text is plain: an import checks hundreds of thousands of cells
            return s;
        }
        String t = ESC.matcher(Normalizer.normalize(s, Normalizer.Form.NFC)).replaceAll("");
        StringBuilder b = new StringBuilder(t.length());
        t.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (cp == '\n' || cp == '\u2028' || cp == '\u2029') {
                b.append('\n');
            } else if (cp == '\t' || type == Character.SPACE_SEPARATOR) {
                b.append(' ');
            } else if (cp == '\r' || type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE || type == Character.SURROGATE) {
                // dropped: invisible, or not text at all
            } else {
                b.appendCodePoint(cp);
            }
        });
        String[] baris = SPASI.matcher(b).replaceAll(" ").split("\n", -1);
        for (int i = 0; i < baris.length; i++) {
            baris[i] = baris[i].strip();
        }
        String hasil = BARIS_KOSONG.matcher(String.join("\n", baris)).replaceAll("\n\n").strip();
        return hasil.isEmpty() ? null : hasil;
    }

    /** Printable ASCII on one line, single spaces between words and none at the ends: {@link #bersih} leaves it as it is. */
    private static boolean sudahBersih(String s) {
        char sebelum = ' ';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7E || c == ' ' && sebelum == ' ') {
                return false;
            }
            sebelum = c;
        }
        return sebelum != ' ';
    }

    /**
     * A message fit for a terminal or a dialog: control and invisible characters the user typed are
     * shown as "?", never sent raw (a terminal would run an escape sequence), and a value pasted
     * thousands of characters long is cut.
     */
    public static String tampil(String pesan) {
        if (pesan == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        pesan.codePoints().forEach(cp -> b.appendCodePoint(cp != '\n' && (Character.isISOControl(cp)
                || Character.getType(cp) == Character.FORMAT) ? '?' : cp));
        return b.length() > 2000 ? b.substring(0, 2000) + "…" : b.toString();
    }

    /** {@link #bersih} on one line: line breaks become spaces (names, titles). */
    public static String satuBaris(String s) {
        String t = bersih(s);
        return t == null ? null : SPASI_GANDA.matcher(t.replace('\n', ' ')).replaceAll(" ");
    }

    /** Length as people count it: characters, not UTF-16 units (an emoji or a combined letter is one). */
    public static int panjang(String s) {
        return s == null ? 0 : s.codePointCount(0, s.length());
    }

    public static Optional<String> wajib(String value, String label, int max) {
        String v = bersih(value);
        if (v == null) {
            return Optional.of(Messages.get("validasi.wajib", label));
        }
        return panjang(v, label, max);
    }

    /** A required name: after cleaning, at least one letter must be left. */
    public static Optional<String> nama(String value, String label, int max) {
        Optional<String> w = wajib(value, label, max);
        if (w.isPresent()) {
            return w;
        }
        if (bersih(value).codePoints().noneMatch(Character::isLetter)) {
            return Optional.of(Messages.get("validasi.tanpaHuruf", label));
        }
        return Optional.empty();
    }

    public static Optional<String> panjang(String value, String label, int max) {
        String v = bersih(value);
        if (v != null && panjang(v) > max) {
            return Optional.of(Messages.get("validasi.terlaluPanjang", label, max, panjang(v)));
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
