package id.kesos.ui.task;

import id.kesos.core.Kemajuan;

/**
 * Background work with a typed result. It may report progress and look for a cancel through
 * {@code kemajuan} ({@link Kemajuan#periksa()} ends it with a {@link java.util.concurrent.CancellationException}).
 */
@FunctionalInterface
public interface Kerja<T> {
    T jalankan(Kemajuan kemajuan) throws Exception;
}
