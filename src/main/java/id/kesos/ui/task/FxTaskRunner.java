package id.kesos.ui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;

/** Runs work on background threads and calls back on the JavaFX thread. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
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
    public <T> Pegangan<T> mulai(Kerja<T> kerja, Consumer<? super T> berhasil, Consumer<? super Throwable> gagal) {
        Pegangan<T> p = new Pegangan<>();
        // progress reported many times a second reaches the screen as its latest value, one update per pulse
        AtomicReference<Langkah> terakhir = new AtomicReference<>();
        AtomicBoolean dijadwalkan = new AtomicBoolean();
        executor.execute(() -> Jalan.jalankan(p, kerja, (bagian, pesan) -> {
            terakhir.getAndUpdate(l -> new Langkah(bagian, pesan != null || l == null ? pesan : l.pesan()));
            if (dijadwalkan.compareAndSet(false, true)) {
                Platform.runLater(() -> {
                    dijadwalkan.set(false);
                    Langkah l = terakhir.getAndSet(null);
                    if (l != null) {
                        p.tampilkan(l.bagian(), l.pesan());
                    }
                });
            }
        }, Platform::runLater, berhasil, gagal));
        return p;
    }

    private record Langkah(double bagian, String pesan) {
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
