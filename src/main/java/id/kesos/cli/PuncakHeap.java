package id.kesos.cli;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The benchmarks' heap sampler: the heap in use read every 20 ms while a job runs (garbage included: an
 * upper bound of what the job needs), and the benchmarks' clock in milliseconds.
 */
final class PuncakHeap implements AutoCloseable {
    private final AtomicLong tertinggi = new AtomicLong();
    private final Thread sampel;

    private PuncakHeap() {
        sampel = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                tertinggi.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampel.setDaemon(true);
        sampel.start();
    }

    /** Starts sampling (after a GC, so that what an earlier step left does not count). */
    static PuncakHeap mulai() {
        System.gc();
        return new PuncakHeap();
    }

    /** The highest heap in use so far, in MB. */
    long mb() {
        return tertinggi.get() / (1024 * 1024);
    }

    /** The heap limit, in MB. */
    static long batasMb() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }

    @Override
    public void close() {
        sampel.interrupt();
    }

    /** Milliseconds since {@code mulai} (a {@link System#nanoTime()} reading). */
    static long ms(long mulai) {
        return (System.nanoTime() - mulai) / 1_000_000;
    }
}
