package id.kesos.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs the work and its callback immediately on the calling thread: for ViewModel tests. */
public final class SyncTaskRunner implements TaskRunner {
    @Override
    public <T> void jalankan(Callable<T> kerja, Consumer<? super T> berhasil, Consumer<? super Throwable> gagal) {
        T hasil;
        try {
            hasil = kerja.call();
        } catch (Exception | Error e) {
            gagal.accept(e);
            return;
        }
        berhasil.accept(hasil);
    }
}
