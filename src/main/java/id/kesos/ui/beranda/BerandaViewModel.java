package id.kesos.ui.beranda;

import id.kesos.core.ringkasan.Ringkasan;
import id.kesos.core.ringkasan.RingkasanService;
import id.kesos.ui.dialog.DialogService;
import id.kesos.ui.task.TaskRunner;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** Loads the overview in the background; the view shows it when it arrives. */
public final class BerandaViewModel {
    private final RingkasanService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ObjectProperty<Ringkasan> ringkasan = new SimpleObjectProperty<>();

    public BerandaViewModel(RingkasanService service, TaskRunner tasks, DialogService dialogs) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    public void muat(Runnable sesudah) {
        tasks.jalankan(service::ringkasan, r -> {
            ringkasan.set(r);
            sesudah.run();
        }, dialogs::galat);
    }

    public ObjectProperty<Ringkasan> ringkasanProperty() {
        return ringkasan;
    }
}
