package id.kesos.core.penduduk;

import id.kesos.core.i18n.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** Dates as Indonesian offices write them: 23-11-2026 on forms, 2026-11-23 on the command line. */
public final class Tanggal {
    private static final DateTimeFormatter FORM = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private Tanggal() {
    }

    public static String format(LocalDate d) {
        return d == null ? "" : d.format(FORM);
    }

    /** Parses 23-11-2026, 23/11/2026, 23.11.2026 or 2026-11-23; empty for blank or unreadable text. */
    public static Optional<LocalDate> parse(String s) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        String t = s.strip().replace('/', '-').replace('.', '-');
        try {
            if (t.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
                String[] p = t.split("-");
                return Optional.of(LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2])));
            }
            if (t.matches("\\d{1,2}-\\d{1,2}-\\d{4}")) {
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
