package id.kesos.ui.task;

import java.util.concurrent.CancellationException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs one job on the current thread and hands its outcome to the screen's thread: shared by both runners. */
final class Jalan {
    private static final Logger LOG = LoggerFactory.getLogger(TaskRunner.class);

    private Jalan() {
    }

    static <T> void jalankan(Pegangan<T> p, Kerja<T> kerja, BiConsumer<Double, String> lapor, Consumer<Runnable> diLayar,
            Consumer<? super T> berhasil, Consumer<? super Throwable> gagal) {
        T hasil;
        try {
            hasil = kerja.jalankan(p.kemajuan(lapor));
        } catch (Exception | Error e) {
            boolean batal = e instanceof CancellationException;
            if (!batal && id.kesos.core.db.Galat.dikenali(e) == null) {
                LOG.warn("Tugas latar gagal", e);
            }
            selesai(p, diLayar, () -> {
                gagal.accept(e);
                if (batal) {
                    p.hasil().cancel(false);
                } else {
                    p.hasil().completeExceptionally(e);
                }
            });
            return;
        }
        selesai(p, diLayar, () -> {
            if (p.dibatalkan()) {
                gagal.accept(new CancellationException());
                p.hasil().cancel(false);
                return;
            }
            berhasil.accept(hasil);
            p.hasil().complete(hasil);
        });
    }

    private static void selesai(Pegangan<?> p, Consumer<Runnable> diLayar, Runnable r) {
        diLayar.accept(() -> {
            p.selesai();
            r.run();
        });
    }
}
