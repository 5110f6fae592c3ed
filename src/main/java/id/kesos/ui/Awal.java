package id.kesos.ui;

import id.kesos.core.Layanan;
import id.kesos.core.ringkasan.Ringkasan;

/**
 * What the first screen needs from the database, read on the thread that opened it while JavaFX is still
 * starting: whether the office is set up, and Beranda's counts. The window then shows Beranda as soon as it
 * appears instead of asking for them one after the other (a third of a second of the start-up on an office PC).
 * A read that fails leaves the field unknown ({@code null}), and the window asks again the usual way, which
 * shows the error.
 *
 * @param sudahDiatur whether the office is set up, or {@code null} when unknown
 * @param ringkasan Beranda's counts when the office is set up, or {@code null}
 */
public record Awal(Boolean sudahDiatur, Ringkasan ringkasan) {
    /** Nothing read beforehand: the window reads it all itself. */
    public static final Awal TIDAK_ADA = new Awal(null, null);

    /** Reads the first screen's data from {@code l}. */
    public static Awal baca(Layanan l) {
        Boolean sudah;
        try {
            sudah = l.kantor().sudahDiatur() || l.dinas().sudahDiatur();
        } catch (RuntimeException e) {
            return TIDAK_ADA;
        }
        if (!sudah) {
            return new Awal(false, null);
        }
        try {
            return new Awal(true, l.ringkasan().ringkasan());
        } catch (RuntimeException e) {
            return new Awal(true, null);
        }
    }
}
