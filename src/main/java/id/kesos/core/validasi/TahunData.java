package id.kesos.core.validasi;

import id.kesos.core.i18n.Messages;
import java.time.LocalDate;

/**
 * The one rule for a data year (a PMKS entry's year, a recap's year): from {@value #PALING_AWAL}
 * to next year (an office records next year's proposals before the year begins). Forms, the
 * command line and the recaps all ask here, and all say the same.
 */
public final class TahunData {
    public static final int PALING_AWAL = 2000;

    private TahunData() {
    }

    /** The last year accepted: next year. */
    public static int palingAkhir() {
        return LocalDate.now().getYear() + 1;
    }

    public static boolean sah(int tahun) {
        return tahun >= PALING_AWAL && tahun <= palingAkhir();
    }

    /** "Tahun data 1999 tidak sah: isi tahun antara 2000 dan 2027." (a missing year is shown as 0). */
    public static String pesan(Integer tahun) {
        return Messages.get("entri.tahunSalah", tahun == null ? 0 : tahun, PALING_AWAL, palingAkhir());
    }
}
