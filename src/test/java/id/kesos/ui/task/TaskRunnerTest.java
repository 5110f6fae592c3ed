package id.kesos.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.core.KesosException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The background-task path every window uses: a typed result or a failure handed back on the
 * JavaFX thread, progress and message on the handle, and a cancel that stops the work at its next
 * step and is reported as such (never as an error).
 */
class TaskRunnerTest {
    @BeforeAll
    static void toolkit() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException e) {
            // already started by another test in this JVM
        }
    }

    @Test
    void syncRunnerGivesResultProgressAndFailureAtOnce() {
        SyncTaskRunner r = new SyncTaskRunner();
        List<Object> dapat = new ArrayList<>();
        Pegangan<Integer> p = r.mulai(k -> {
            k.pesan("Menulis baris");
            k.maju(5, 10);
            return 42;
        }, dapat::add, dapat::add);
        assertEquals(List.of(42), dapat);
        assertEquals(0.5, p.kemajuanProperty().get());
        assertEquals("Menulis baris", p.pesanProperty().get());
        assertFalse(p.berjalanProperty().get());
        assertEquals(42, p.hasil().join());

        KesosException salah = new KesosException("NIK harus 16 angka");
        Pegangan<Object> q = r.jalankan(() -> {
            throw salah;
        }, dapat::add, dapat::add);
        assertEquals(salah, dapat.getLast());
        assertTrue(q.hasil().isCompletedExceptionally());
    }

    @Test
    void fxRunnerCallsBackOnTheFxThreadWithTheLatestProgress() throws Exception {
        FxTaskRunner r = new FxTaskRunner();
        CountDownLatch selesai = new CountDownLatch(1);
        boolean[] diFx = new boolean[1];
        Pegangan<String>[] p = new Pegangan[1];
        Platform.runLater(() -> p[0] = r.mulai(k -> {
            for (int i = 1; i <= 1000; i++) {
                k.maju(i, 1000);
            }
            return "selesai";
        }, h -> {
            diFx[0] = Platform.isFxApplicationThread() && h.equals("selesai");
            selesai.countDown();
        }, e -> selesai.countDown()));
        assertTrue(selesai.await(10, TimeUnit.SECONDS));
        assertTrue(diFx[0]);
        CountDownLatch lihat = new CountDownLatch(1);
        Platform.runLater(lihat::countDown);
        lihat.await(5, TimeUnit.SECONDS);
        assertEquals(1.0, p[0].kemajuanProperty().get(), "the last report is what the bar shows");
        assertFalse(p[0].berjalanProperty().get());
        r.close();
    }

    @Test
    void cancelStopsTheWorkAtItsNextStepAndIsReportedAsCancelled() throws Exception {
        FxTaskRunner r = new FxTaskRunner();
        CountDownLatch mulai = new CountDownLatch(1);
        CountDownLatch selesai = new CountDownLatch(1);
        List<Object> dapat = new ArrayList<>();
        int[] langkah = new int[1];
        Pegangan<String> p = r.mulai(k -> {
            mulai.countDown();
            for (langkah[0] = 0; langkah[0] < 10_000; langkah[0]++) {
                k.periksa();
                Thread.sleep(1);
            }
            return "tidak sampai";
        }, h -> {
            dapat.add(h);
            selesai.countDown();
        }, e -> {
            dapat.add(e);
            selesai.countDown();
        });
        assertTrue(mulai.await(5, TimeUnit.SECONDS));
        p.batal();
        assertTrue(selesai.await(10, TimeUnit.SECONDS));
        assertEquals(1, dapat.size());
        assertInstanceOf(CancellationException.class, dapat.getFirst());
        // the future is settled right after the callback, on the same thread: wait for it rather than race it
        assertThrows(CancellationException.class, () -> p.hasil().get(5, TimeUnit.SECONDS));
        assertTrue(p.hasil().isCancelled());
        assertTrue(langkah[0] < 10_000);
        r.close();
    }

    @Test
    void aCancelAfterThePointOfNoReturnIsIgnoredAndOneBeforeItStopsTheWork() {
        // an import pressed Batal while it committed: it is reported as done, because it is stored
        TundaTaskRunner r = new TundaTaskRunner();
        List<Object> hasil = new ArrayList<>();
        @SuppressWarnings("unchecked")
        Pegangan<String>[] p = new Pegangan[2];
        p[0] = r.mulai(k -> {
            k.tanpaBatal();
            p[0].batal();
            return "tersimpan";
        }, hasil::add, hasil::add);
        p[1] = r.mulai(k -> {
            p[1].batal();
            k.tanpaBatal();
            return "tidak boleh";
        }, hasil::add, hasil::add);
        r.jalankanSemua();
        assertEquals("tersimpan", hasil.get(0));
        assertFalse(p[0].dibatalkan());
        assertInstanceOf(CancellationException.class, hasil.get(1), "asked before the point of no return: rolled back");
    }
}
