package id.kesos.core.cetak;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as Indonesian letters write them: "Senin, 23 November 2026", "23 November 2026". */
public final class TanggalIndonesia {
    private static final Locale ID = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter HARI = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", ID);
    private static final DateTimeFormatter TANGGAL = DateTimeFormatter.ofPattern("d MMMM yyyy", ID);

    private TanggalIndonesia() {
    }

    public static String hariTanggal(LocalDate d) {
        return d == null ? "" : HARI.format(d);
    }

    public static String tanggal(LocalDate d) {
        return d == null ? "" : TANGGAL.format(d);
    }
}
