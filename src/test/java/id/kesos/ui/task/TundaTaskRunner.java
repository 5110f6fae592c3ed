package id.kesos.ui.task;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/** Holds every job until the test lets them run, in order: for races between a save and an action. */
public final class TundaTaskRunner implements TaskRunner {
    private final Deque<Runnable> antrian = new ArrayDeque<>();

    @Override
    public <T> Pegangan<T> mulai(Kerja<T> kerja, Consumer<? super T> berhasil, Consumer<? super Throwable> gagal) {
        Pegangan<T> p = new Pegangan<>();
        antrian.add(() -> Jalan.jalankan(p, kerja, p::tampilkan, Runnable::run, berhasil, gagal));
        return p;
    }

    public int menunggu() {
        return antrian.size();
    }

    /** Runs the jobs waiting, and those they start, until none is left. */
    public void jalankanSemua() {
        while (!antrian.isEmpty()) {
            antrian.poll().run();
        }
    }
}
