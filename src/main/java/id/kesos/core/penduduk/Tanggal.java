package id.kesos.core.penduduk;

import id.kesos.core.i18n.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** Dates as Indonesian offices write them: 23-11-2026 on forms, 2026-11-23 on the command line. */
public final class Tanggal {
    private static final java.util.regex.Pattern TMD = java.util.regex.Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");
    private static final java.util.regex.Pattern DMT = java.util.regex.Pattern.compile("\\d{1,2}-\\d{1,2}-\\d{4}");

    private static final DateTimeFormatter FORM = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private Tanggal() {
    }

    public static String format(LocalDate d) {
        return d == null ? "" : d.format(FORM);
    }

    /** Month names and their usual abbreviations, Indonesian and English (lists from abroad use them). */
    private static final java.util.Map<String, Integer> BULAN = bulan();
    private static final java.util.regex.Pattern DENGAN_NAMA_BULAN =
            java.util.regex.Pattern.compile("(\\d{1,2})[\\s\\-./]+([A-Za-z]{3,9})\\.?[\\s\\-./]+(\\d{4})");

    private static java.util.Map<String, Integer> bulan() {
        java.util.Map<String, Integer> m = new java.util.HashMap<>();
        String[][] nama = {{"januari", "jan", "january"}, {"februari", "feb", "pebruari", "peb", "february"}, {"maret", "mar", "march"},
            {"april", "apr"}, {"mei", "may"}, {"juni", "jun", "june"}, {"juli", "jul", "july"},
            {"agustus", "agu", "agt", "ags", "agst", "aug", "august"}, {"september", "sep", "sept"}, {"oktober", "okt", "oct", "october"},
            {"november", "nov", "nop", "nopember"}, {"desember", "des", "dec", "december"}};
        for (int i = 0; i < nama.length; i++) {
            for (String n : nama[i]) {
                m.put(n, i + 1);
            }
        }
        return java.util.Map.copyOf(m);
    }

    /**
     * Parses 23-11-2026, 23/11/2026, 23.11.2026, 2026-11-23, "23 November 2026", "23 Nov 2026" and
     * "23-Agu-2026" (Indonesian or English month names); empty for blank or unreadable text.
     */
    public static Optional<LocalDate> parse(String s) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        java.util.regex.Matcher nama = DENGAN_NAMA_BULAN.matcher(s.strip());
        if (nama.matches()) {
            Integer b = BULAN.get(nama.group(2).toLowerCase(java.util.Locale.ROOT));
            try {
                return b == null ? Optional.empty()
                        : Optional.of(LocalDate.of(Integer.parseInt(nama.group(3)), b, Integer.parseInt(nama.group(1))));
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
        String t = s.strip().replace('/', '-').replace('.', '-');
        try {
            if (TMD.matcher(t).matches()) {
                String[] p = t.split("-");
                return Optional.of(LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2])));
            }
            if (DMT.matcher(t).matches()) {
                String[] p = t.split("-");
                return Optional.of(LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0])));
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The message for a date that could not be read. */
    public static String pesanTidakTerbaca(String label, String nilai) {
        return Messages.get("tanggal.tidakTerbaca", label, nilai);
    }

}
