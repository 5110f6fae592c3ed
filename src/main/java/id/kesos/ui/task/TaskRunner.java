package id.kesos.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way the UI runs database and file work: off the JavaFX thread, with the result handed
 * back on it, progress and cancel through the returned {@link Pegangan}. A failure that is not one
 * of the app's own messages is logged at WARN with its stack trace before {@code gagal} gets it.
 * Tests use {@link SyncTaskRunner}, which runs everything at once in the caller.
 */
public interface TaskRunner {
    /** Runs {@code kerja}; then {@code berhasil} with its result or {@code gagal} with its failure (neither when cancelled). */
    <T> Pegangan<T> mulai(Kerja<T> kerja, Consumer<? super T> berhasil, Consumer<? super Throwable> gagal);

    /**
     * For a failure of work that only adds a help to the screen (a known NIK's name, the open
     * follow-ups): the runner has logged it; nothing is shown and the form goes on without the help.
     */
    static Consumer<Throwable> hanyaDicatat() {
        return e -> { };
    }

    /** Short work that reports no progress. */
    default <T> Pegangan<T> jalankan(Callable<T> kerja, Consumer<? super T> berhasil, Consumer<? super Throwable> gagal) {
        return mulai(k -> kerja.call(), berhasil, gagal);
    }
}
