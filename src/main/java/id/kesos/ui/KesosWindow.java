package id.kesos.ui;

import id.kesos.core.Layanan;
import id.kesos.core.i18n.Messages;
import id.kesos.core.preferensi.Preferensi;
import id.kesos.core.ringkasan.Ringkasan;
import id.kesos.ui.dialog.DialogService;
import id.kesos.ui.setup.SetupWizardView;
import id.kesos.ui.setup.SetupWizardViewModel;
import id.kesos.ui.task.TaskRunner;
import javafx.scene.layout.StackPane;
import org.controlsfx.control.MaskerPane;

/**
 * The content of the one application window: "loading" until the database is open, then the
 * first-run wizard (empty data folder) or the main view.
 */
public final class KesosWindow extends StackPane {
    private Layanan layanan;

    public KesosWindow() {
        setId("kesos-root");
        MaskerPane memuat = new MaskerPane();
        memuat.setText(Messages.get("app.memuat"));
        getChildren().setAll(memuat);
    }

    /**
     * Shows the wizard or the main view; {@code utamaSiap} runs once the main view shows its data. {@code awal}: what
     * was read of the first screen while the window opened; what it leaves unknown is read now.
     */
    public void mulai(Layanan l, Awal awal, Preferensi preferensi, TaskRunner tasks, DialogService dialogs, Runnable utamaSiap) {
        this.layanan = l;
        if (awal.sudahDiatur() != null) {
            tampilkan(awal.sudahDiatur(), awal.ringkasan(), preferensi, tasks, dialogs, utamaSiap);
        } else {
            tasks.jalankan(() -> l.kantor().sudahDiatur() || l.dinas().sudahDiatur(), sudah -> tampilkan(sudah, null, preferensi, tasks, dialogs, utamaSiap), dialogs::galat);
        }
    }

    /** The main view ({@code ringkasan}: Beranda's counts read beforehand, or null), or the wizard for a new office. */
    private void tampilkan(boolean sudah, Ringkasan ringkasan, Preferensi preferensi, TaskRunner tasks, DialogService dialogs, Runnable utamaSiap) {
        if (sudah) {
            tampilkanUtama(ringkasan, preferensi, tasks, dialogs, utamaSiap);
        } else {
            SetupWizardViewModel vm = new SetupWizardViewModel(layanan.kantor(), layanan.wilayah(), tasks, dialogs);
            getChildren().setAll(new SetupWizardView(vm, tasks, dialogs,
                    k -> tampilkanUtama(null, preferensi, tasks, dialogs, utamaSiap)));
        }
    }

    /** Opens every page of the main view in turn, then Beranda again, and calls {@code selesai} (the memory probe). */
    public void bukaSemuaHalaman(Runnable selesai) {
        if (getChildren().getFirst() instanceof MainView main) {
            main.bukaSemua(selesai);
        }
    }

    private void tampilkanUtama(Ringkasan ringkasan, Preferensi preferensi, TaskRunner tasks, DialogService dialogs, Runnable utamaSiap) {
        // a Dinas Sosial's folder opens the Dinas window (its own pages); a kecamatan's, the main view
        tasks.jalankan(layanan.dinas()::profil, dinas -> {
            if (dinas.isPresent()) {
                getChildren().setAll(new id.kesos.ui.dinas.DinasView(new id.kesos.ui.dinas.DinasViewModel(layanan.dinas(), layanan.pmks()::jenis,
                        tasks, dialogs), dinas.get()));
                utamaSiap.run();
            } else {
                tampilkanKecamatan(ringkasan, preferensi, tasks, dialogs, utamaSiap);
            }
        }, dialogs::galat);
    }

    private void tampilkanKecamatan(Ringkasan ringkasan, Preferensi preferensi, TaskRunner tasks, DialogService dialogs, Runnable utamaSiap) {
        MainView main = new MainView(layanan, preferensi, tasks, dialogs);
        getChildren().setAll(main);
        main.mulai(ringkasan, utamaSiap);
    }
}
