package id.kesos.ui.beranda;

import id.kesos.core.ringkasan.Dasbor;
import id.kesos.core.ringkasan.DasborService;
import id.kesos.core.ringkasan.Ringkasan;
import id.kesos.core.ringkasan.RingkasanService;
import id.kesos.ui.dialog.DialogService;
import id.kesos.ui.task.TaskRunner;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Loads the overview in the background: first the counts (shown at once), then the charts and the
 * data-quality checks (a few seconds on a large register); the view shows each when it arrives.
 */
public final class BerandaViewModel {
    private final RingkasanService service;
    private final DasborService dasborService;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Consumer<Dasbor.Masalah> bukaMasalah;
    private final ObjectProperty<Ringkasan> ringkasan = new SimpleObjectProperty<>();
    private final ObjectProperty<Dasbor> dasbor = new SimpleObjectProperty<>();
    private final BooleanProperty menghitung = new SimpleBooleanProperty();

    public BerandaViewModel(RingkasanService service, DasborService dasborService, TaskRunner tasks, DialogService dialogs,
            Consumer<Dasbor.Masalah> bukaMasalah) {
        this.service = service;
        this.dasborService = dasborService;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.bukaMasalah = bukaMasalah;
    }

    public void muat(Runnable sesudah) {
        muat(null, sesudah);
    }

    /** As {@link #muat(Runnable)}, the counts already read shown at once when {@code terbaca} is not {@code null}. */
    public void muat(Ringkasan terbaca, Runnable sesudah) {
        Consumer<Ringkasan> tampil = r -> {
            ringkasan.set(r);
            sesudah.run();
            muatDasbor();
        };
        if (terbaca != null) {
            tampil.accept(terbaca);
        } else {
            tasks.jalankan(service::ringkasan, tampil, dialogs::galat);
        }
    }

    private void muatDasbor() {
        if (menghitung.get()) {
            return;
        }
        menghitung.set(true);
        int tahun = LocalDate.now().getYear();
        tasks.jalankan(() -> dasborService.dasbor(tahun), d -> {
            menghitung.set(false);
            dasbor.set(d);
        }, e -> {
            menghitung.set(false);
            dialogs.galat(e);
        });
    }

    /** Opens the PMKS list showing the entries {@code m} found. */
    public void buka(Dasbor.Masalah m) {
        bukaMasalah.accept(m);
    }

    public ObjectProperty<Ringkasan> ringkasanProperty() {
        return ringkasan;
    }

    public ObjectProperty<Dasbor> dasborProperty() {
        return dasbor;
    }

    public BooleanProperty menghitungProperty() {
        return menghitung;
    }
}
