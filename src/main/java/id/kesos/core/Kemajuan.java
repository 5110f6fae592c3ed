package id.kesos.core;

import java.util.concurrent.CancellationException;

/**
 * What long work (an export, later an import or a backup) sees of the one who started it: it reports
 * how far it is and asks whether the user cancelled. The window shows it as a progress bar with a
 * "Batal"; the command line passes {@link #DIAM}.
 */
public interface Kemajuan {
    Kemajuan DIAM = new Kemajuan() {
    };

    /** {@code selesai} of about {@code total} steps done ({@code total} is -1 when unknown). May be called often. */
    default void maju(long selesai, long total) {
    }

    /** What the work is doing now ("Membaca baris 1.200"). */
    default void pesan(String pesan) {
    }

    /** True once the user has asked to stop. */
    default boolean batal() {
        return false;
    }

    /**
     * Stops the work here (what it began is rolled back or thrown away) when the user has asked to.
     * Long work calls it between steps; threads are never interrupted (an interrupt closes H2's file).
     */
    default void periksa() {
        if (batal() || Thread.currentThread().isInterrupted()) {
            throw new CancellationException();
        }
    }

    /**
     * The work's point of no return (an import about to commit): stops here when the user has asked to,
     * and from here on a cancel is ignored, so that what is reported is what was stored.
     */
    default void tanpaBatal() {
        periksa();
    }
}
