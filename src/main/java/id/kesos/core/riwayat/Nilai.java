package id.kesos.core.riwayat;

import id.kesos.core.audit.AuditLog;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * The stored fields of the history in words: their Indonesian names ({@code kolom.properties}, the names the
 * forms use) and values as the forms show them.
 */
final class Nilai {
    private static final ResourceBundle KOLOM = ResourceBundle.getBundle("id.kesos.core.riwayat.kolom", Locale.ROOT);
    private static final Pattern TANGGAL = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private Nilai() {
    }

    static Map<String, String> parse(String json) {
        return AuditLog.nilai(json);
    }

    /** The Indonesian name of a stored field; an unknown one as its words ("nama_ibu" becomes "Nama ibu"). */
    static String kolom(String kunci) {
        try {
            return KOLOM.getString(kunci);
        } catch (MissingResourceException e) {
            String s = kunci.replace('_', ' ');
            return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
    }

    /** The name of an audited table, for a change that names nothing else. */
    static String kolomTabel(String tabel) {
        return kolom("tabel." + tabel);
    }

    /** A stored value as the forms show it: a date as dd-mm-yyyy, true/false as ya/tidak. */
    static String tampil(String v) {
        var m = TANGGAL.matcher(v);
        if (m.matches()) {
            return m.group(3) + "-" + m.group(2) + "-" + m.group(1);
        }
        return switch (v) {
            case "true" -> "ya";
            case "false" -> "tidak";
            default -> v;
        };
    }
}
