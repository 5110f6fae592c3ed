package id.kesos.core.rekap;

import java.util.concurrent.CancellationException;

/** Progress of a long export, and the way to cancel it. */
public interface Kemajuan {
    Kemajuan DIAM = new Kemajuan() {
    };

    /** {@code selesai} rows of about {@code total} written ({@code total} is -1 when unknown). */
    default void maju(long selesai, long total) {
    }

    /** True once the user has asked to stop. */
    default boolean batal() {
        return false;
    }

    /** Stops the export (the half-written file is thrown away) when the user has asked to. */
    default void periksa() {
        if (batal() || Thread.currentThread().isInterrupted()) {
            throw new CancellationException();
        }
    }
}
