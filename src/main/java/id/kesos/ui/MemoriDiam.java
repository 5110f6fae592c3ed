package id.kesos.ui;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Gives the heap back to the system when the window has been idle: the serial collector (the installed app's,
 * for its small footprint) returns unused heap only after a full collection, which an idle program never has, so
 * after an import or a look at a large register the window would keep hundreds of MB it no longer uses. Once a
 * minute this looks whether any collection ran meanwhile; when none did (the program allocates next to nothing:
 * nobody is working in it) and the heap has grown well beyond what it was after the last such collection, it asks
 * for one full collection, which shrinks the heap to its live data plus 30% ({@code -XX:MaxHeapFreeRatio=30}).
 * Measured with 250,000 entries after every page: 100 MB given back. Collectors that return memory themselves
 * (G1's periodic collection) make this a no-op rarely reached.
 */
final class MemoriDiam implements AutoCloseable {
    /** How long nothing may have been collected before the window counts as idle. */
    static final long JEDA_DETIK = 60;
    /** How far the heap must have grown (committed, in bytes) since the last give-back before another one. */
    static final long TUMBUH = 64L * 1024 * 1024;

    private final ScheduledExecutorService jadwal = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kesos-memori-diam");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });
    private long gcSebelumnya = -1;
    /**
     * The committed heap right after the last give-back; none at first (the management beans are left until the
     * first look, a minute after start, off the start-up's path).
     */
    private long dasar;

    MemoriDiam() {
        jadwal.scheduleWithFixedDelay(this::periksa, JEDA_DETIK, JEDA_DETIK, TimeUnit.SECONDS);
    }

    private void periksa() {
        long gc = jumlahKoleksi();
        long sekarang = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
        if (perluKembalikan(gcSebelumnya, gc, dasar, sekarang)) {
            System.gc();
            dasar = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
            gc = jumlahKoleksi();
        }
        gcSebelumnya = gc;
    }

    /**
     * Whether to collect now: no collection since the last look ({@code gcTadi} of them then, {@code gcKini} now; the
     * first look only counts) and the committed heap {@code sekarang} at least {@link #TUMBUH} over {@code dasar}.
     */
    static boolean perluKembalikan(long gcTadi, long gcKini, long dasar, long sekarang) {
        return gcTadi >= 0 && gcKini == gcTadi && sekarang - dasar >= TUMBUH;
    }

    private static long jumlahKoleksi() {
        long n = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, b.getCollectionCount());
        }
        return n;
    }

    @Override
    public void close() {
        jadwal.shutdownNow();
    }
}
