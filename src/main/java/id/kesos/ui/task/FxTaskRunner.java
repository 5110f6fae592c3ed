package id.kesos.ui.task;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs work on background threads and calls back on the JavaFX thread. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);
    private final ExecutorService executor;

    public FxTaskRunner() {
        AtomicInteger n = new AtomicInteger();
        executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "kesos-latar-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void jalankan(Callable<T> kerja, Consumer<? super T> berhasil, Consumer<? super Throwable> gagal) {
        executor.execute(() -> {
            try {
                T hasil = kerja.call();
                Platform.runLater(() -> berhasil.accept(hasil));
            } catch (Exception | Error e) {
                LOG.debug("Tugas latar gagal", e);
                Platform.runLater(() -> gagal.accept(e));
            }
        });
    }

    /** Lets running work finish (a save in progress is never cut off), then stops. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
