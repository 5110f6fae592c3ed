package id.kesos.core.cadangan;

import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily backup while the app runs: a minute after start (not to slow it), then every hour, the
 * day's backup is made when there is none yet. A failure (a flash drive not attached) is logged and
 * tried again the next hour.
 */
public final class CadanganOtomatis implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CadanganOtomatis.class);
    private final ScheduledExecutorService jadwal = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kesos-cadangan");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    public CadanganOtomatis(CadanganService svc, Supplier<Path> folder, long jedaAwalDetik) {
        jadwal.scheduleWithFixedDelay(() -> {
            try {
                CadanganService.Info i = svc.harianBilaPerlu(folder.get());
                if (i != null) {
                    LOG.info("Cadangan harian: {}", i.berkas());
                }
            } catch (RuntimeException e) {
                LOG.warn("Cadangan harian belum dapat dibuat: {}", e.getMessage());
            }
        }, jedaAwalDetik, 3600, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        jadwal.shutdownNow();
        try {
            jadwal.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
