package id.kesos.ui.task;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A job handed to a {@link TaskRunner}: its progress and message (for a progress bar; updated on the
 * JavaFX thread), whether it runs, a cancel, and its outcome as a future (for tests and for work that
 * waits for another, such as a meeting's actions waiting for its autosave).
 */
public final class Pegangan<T> {
    private final ReadOnlyDoubleWrapper kemajuan = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper pesan = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper berjalan = new ReadOnlyBooleanWrapper(true);
    private final AtomicBoolean batal = new AtomicBoolean();
    private final CompletableFuture<T> hasil = new CompletableFuture<>();

    /**
     * Asks the work to stop at its next {@link id.kesos.core.Kemajuan#periksa()}; the failure callback
     * then gets a {@link java.util.concurrent.CancellationException}, and a result that still arrives is dropped.
     */
    public void batal() {
        synchronized (batal) {
            if (!takTerbatal) {
                batal.set(true);
            }
        }
    }

    public boolean dibatalkan() {
        return batal.get();
    }

    /** Set once the work passed its point of no return ({@link id.kesos.core.Kemajuan#tanpaBatal()}). */
    private boolean takTerbatal;

    /** Completes with the result, exceptionally with the failure, or is cancelled, when the job has ended. */
    public CompletableFuture<T> hasil() {
        return hasil;
    }

    public ReadOnlyDoubleProperty kemajuanProperty() {
        return kemajuan.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pesanProperty() {
        return pesan.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty berjalanProperty() {
        return berjalan.getReadOnlyProperty();
    }

    /** The work's side of this handle: what it reports goes to {@code lapor} as a fraction (negative: unknown) and a message. */
    id.kesos.core.Kemajuan kemajuan(java.util.function.BiConsumer<Double, String> lapor) {
        return new id.kesos.core.Kemajuan() {
            @Override
            public void maju(long selesai, long total) {
                lapor.accept(total > 0 ? Math.min(1.0, (double) selesai / total) : -1.0, null);
            }

            @Override
            public void pesan(String p) {
                lapor.accept(Double.NaN, p);
            }

            @Override
            public boolean batal() {
                return batal.get();
            }

            @Override
            public void tanpaBatal() {
                synchronized (batal) {
                    periksa();
                    takTerbatal = true;
                }
            }
        };
    }

    /** Shows progress (called on the thread that owns the screen). */
    void tampilkan(double bagian, String p) {
        if (!Double.isNaN(bagian)) {
            kemajuan.set(bagian);
        }
        if (p != null) {
            pesan.set(p);
        }
    }

    void selesai() {
        berjalan.set(false);
    }
}
