package id.kesos.core.impor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.core.KesosException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The preview's rows, read on a thread of their own: none lost, none out of order, a failure never silent. */
class SaluranBarisTest {

    /** A sheet of {@code n} rows that fails after {@code gagalSesudah} rows when told to, and says when it has closed. */
    private static final class Lembar implements PembacaTabel {
        final int n;
        final int gagalSesudah;
        final Throwable galat;
        volatile boolean ditutup;
        volatile Thread benang;

        Lembar(int n, int gagalSesudah, Throwable galat) {
            this.n = n;
            this.gagalSesudah = gagalSesudah;
            this.galat = galat;
        }

        @Override
        public List<String> lembar() {
            return List.of("Data");
        }

        @Override
        public void baca(String lembar, Consumer<BarisMentah> tiap) {
            benang = Thread.currentThread();
            try {
                for (int i = 1; i <= n; i++) {
                    if (i == gagalSesudah + 1) {
                        switch (galat) {
                            case RuntimeException e -> throw e;
                            case Error e -> throw e;
                            default -> throw new AssertionError(galat);
                        }
                    }
                    tiap.accept(new BarisMentah(i, List.of()));
                }
            } finally {
                ditutup = true;
            }
        }
    }

    @Test
    void everyRowArrivesInTheFilesOrderOnTheCallersThread() {
        Lembar l = new Lembar(10_000, -1, null);
        List<Integer> nomor = new ArrayList<>();
        Thread pemanggil = Thread.currentThread();
        SaluranBaris.baca(l, "Data", b -> {
            assertSame(pemanggil, Thread.currentThread(), "the rows are judged where the preview runs");
            nomor.add(b.nomor());
        });
        assertEquals(10_000, nomor.size());
        for (int i = 0; i < nomor.size(); i++) {
            assertEquals(i + 1, nomor.get(i));
        }
        assertTrue(l.ditutup);
        assertTrue(l.benang != pemanggil, "the file is read on another thread");
    }

    @Test
    void aDamagedFileMidwayIsReportedNotCutShort() {
        Lembar l = new Lembar(5_000, 3_000, new KesosException("Berkas rusak"));
        List<Integer> nomor = new ArrayList<>();
        KesosException e = assertThrows(KesosException.class, () -> SaluranBaris.baca(l, "Data", b -> nomor.add(b.nomor())));
        assertEquals("Berkas rusak", e.getMessage());
        assertTrue(nomor.size() <= 3_000, "no row after the damage: " + nomor.size());
        assertTrue(l.ditutup);
    }

    @Test
    void theReadersErrorIsThrownToo() {
        Lembar l = new Lembar(5_000, 10, new OutOfMemoryError("uji"));
        assertThrows(OutOfMemoryError.class, () -> SaluranBaris.baca(l, "Data", b -> { }));
    }

    @Test
    void batalStopsTheReadingAndTheFileIsClosedBeforeItReturns() {
        Lembar l = new Lembar(1_000_000, -1, null);
        int[] dilihat = {0};
        assertThrows(CancellationException.class, () -> SaluranBaris.baca(l, "Data", b -> {
            if (++dilihat[0] == 1_000) {
                throw new CancellationException();
            }
        }));
        assertTrue(l.ditutup, "the reader has let the file go");
        assertEquals(1_000, dilihat[0], "nothing judged after Batal");
    }
}
