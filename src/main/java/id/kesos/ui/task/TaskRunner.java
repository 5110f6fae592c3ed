package id.kesos.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way the UI runs database and file work: off the JavaFX thread, with the result handed
 * back on it. Tests use {@link SyncTaskRunner}, which runs everything at once in the caller.
 */
public interface TaskRunner {
    <T> void jalankan(Callable<T> kerja, Consumer<? super T> berhasil, Consumer<? super Throwable> gagal);
}
