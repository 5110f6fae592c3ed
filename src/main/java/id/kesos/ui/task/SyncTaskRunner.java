package id.kesos.ui.task;

import java.util.function.Consumer;

/** Runs the work and its callback immediately on the calling thread: for ViewModel tests. */
public final class SyncTaskRunner implements TaskRunner {
    @Override
    public <T> Pegangan<T> mulai(Kerja<T> kerja, Consumer<? super T> berhasil, Consumer<? super Throwable> gagal) {
        Pegangan<T> p = new Pegangan<>();
        Jalan.jalankan(p, kerja, p::tampilkan, Runnable::run, berhasil, gagal);
        return p;
    }
}
