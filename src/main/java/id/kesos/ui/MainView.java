package id.kesos.ui;

import atlantafx.base.theme.Styles;
import id.kesos.core.AppInfo;
import id.kesos.core.Layanan;
import id.kesos.core.i18n.Messages;
import id.kesos.core.preferensi.Preferensi;
import id.kesos.ui.beranda.BerandaView;
import id.kesos.ui.beranda.BerandaViewModel;
import id.kesos.ui.dialog.DialogService;
import id.kesos.core.kantor.ProfilKantor;
import id.kesos.ui.pengaturan.PengaturanView;
import id.kesos.ui.pmks.PmksView;
import id.kesos.ui.psks.PsksView;
import id.kesos.ui.rapat.RapatView;
import id.kesos.ui.rapat.RapatViewModel;
import id.kesos.ui.rekap.RekapView;
import id.kesos.ui.rekap.RekapViewModel;
import id.kesos.ui.psks.PsksViewModel;
import id.kesos.ui.pmks.PmksViewModel;
import id.kesos.ui.pengaturan.CadanganViewModel;
import id.kesos.ui.pengaturan.PengaturanViewModel;
import id.kesos.ui.task.TaskRunner;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The main window's content: navigation at the left, the chosen page at the right. Pages are built on first visit. */
public final class MainView extends BorderPane {
    private final Layanan layanan;
    private final Preferensi preferensi;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Map<Halaman, Node> halaman = new EnumMap<>(Halaman.class);
    private final Map<Halaman, ToggleButton> tombol = new EnumMap<>(Halaman.class);
    private final BerandaViewModel beranda;

    public MainView(Layanan layanan, Preferensi preferensi, TaskRunner tasks, DialogService dialogs) {
        this.layanan = layanan;
        this.preferensi = preferensi;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.beranda = new BerandaViewModel(layanan.ringkasan(), layanan.dasbor(), tasks, dialogs, m -> {
            tampilkan(Halaman.PMKS);
            pmksVm().tampilkanHanya(Messages.get(m.jenis().labelKey()), m.entri());
        });

        Label judul = new Label(AppInfo.NAME);
        judul.getStyleClass().add(Gaya.APP_TITLE);
        Label versi = new Label(Messages.get("app.versi", AppInfo.version()));
        versi.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox sidebar = new VBox(4, judul, versi);
        layanan.sesi().peran().ifPresent(p -> {
            // with users on: who is working (and so what the pages allow)
            Label siapa = new Label(Messages.get("nav.masukSebagai", layanan.sesi().nama(), p.label()));
            siapa.setId("nav-pengguna");
            siapa.setWrapText(true);
            siapa.getStyleClass().addAll(Styles.TEXT_SMALL);
            sidebar.getChildren().add(siapa);
        });
        sidebar.getStyleClass().add(Gaya.SIDEBAR);
        sidebar.setPadding(new Insets(16, 10, 16, 10));
        sidebar.setPrefWidth(210);
        ToggleGroup group = new ToggleGroup();
        Region spasi = new Region();
        spasi.setPrefHeight(12);
        sidebar.getChildren().add(spasi);
        for (Halaman h : Halaman.values()) {
            ToggleButton b = new ToggleButton(Messages.get(h.labelKey()));
            b.setId("nav-" + h.name().toLowerCase(Locale.ROOT));
            b.getStyleClass().add(Gaya.NAV);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setToggleGroup(group);
            b.setOnAction(e -> tampilkan(h));
            tombol.put(h, b);
            sidebar.getChildren().add(b);
        }
        // a page button stays pressed: clicking the current one again does not leave the page empty
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null && a != null) {
                a.setSelected(true);
            }
        });
        VBox.setVgrow(spasi, Priority.NEVER);
        setLeft(sidebar);
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                for (Halaman h : Halaman.values()) {
                    scene.getAccelerators().put(new KeyCodeCombination(h.pintasan(), KeyCombination.SHORTCUT_DOWN), () -> tampilkan(h));
                }
            }
        });
    }

    /**
     * Shows Beranda and calls {@code siap} once its data is on screen; {@code ringkasan}, Beranda's counts read
     * while the window opened, is shown at once ({@code null}: read now).
     */
    public void mulai(id.kesos.core.ringkasan.Ringkasan ringkasan, Runnable siap) {
        tampilkan(Halaman.BERANDA);
        beranda.muat(ringkasan, () -> {
            siap.run();
            // the register's search index, built while the user reads Beranda: the PMKS page is then instant
            tasks.jalankan(layanan.pmks()::siapkanIndeks, ix -> { }, dialogs::galat);
        });
    }

    public void tampilkan(Halaman h) {
        tombol.get(h).setSelected(true);
        Node page = halaman.computeIfAbsent(h, this::buat);
        if (h == Halaman.BERANDA && getCenter() != null && getCenter() != page) {
            beranda.muat(() -> { });
        }
        setCenter(page);
    }

    /**
     * Shows every page in turn, each for a few seconds (its data loads in the background meanwhile), then Beranda,
     * and calls {@code selesai}: what a user who looks at everything once has in memory.
     */
    public void bukaSemua(Runnable selesai) {
        bukaDari(0, selesai);
    }

    private void bukaDari(int i, Runnable selesai) {
        Halaman[] semua = Halaman.values();
        tampilkan(semua[i % semua.length]);
        if (i == semua.length) {
            selesai.run();
            return;
        }
        javafx.animation.PauseTransition jeda = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(3));
        jeda.setOnFinished(e -> bukaDari(i + 1, selesai));
        jeda.play();
    }

    private PmksViewModel pmksVm;

    /** The PMKS page's model, made once: Beranda's data-quality lines open their entries in it. */
    private PmksViewModel pmksVm() {
        if (pmksVm == null) {
            pmksVm = new PmksViewModel(layanan.pmks(), () -> layanan.kantor().profil().map(ProfilKantor::desa).orElse(List.of()),
                    layanan.psks()::pilihanOrang, tasks, dialogs);
        }
        return pmksVm;
    }

    private Node buat(Halaman h) {
        return switch (h) {
            case BERANDA -> new BerandaView(beranda);
            case PMKS -> new PmksView(pmksVm(), tasks, dialogs);
            case PSKS -> new PsksView(new PsksViewModel(layanan.psks(),
                    () -> layanan.kantor().profil().map(ProfilKantor::desa).orElse(List.of()), tasks, dialogs));
            case RAPAT -> new RapatView(new RapatViewModel(layanan.rapat(), () -> layanan.kantor().profil().orElseThrow(),
                    layanan.kantor()::kertas, layanan.psks()::pilihanOrang, tasks, dialogs), tasks, dialogs);
            case PENGATURAN -> {
                PengaturanViewModel vm = new PengaturanViewModel(layanan.kantor(), layanan.wilayah(), preferensi, tasks, dialogs);
                vm.setSesudahSimpan(() -> {
                    beranda.muat(() -> { });
                    // the kecamatan may have changed: the register's desa list follows
                    tasks.jalankan(() -> {
                        layanan.pmks().segarkanDesa();
                        return Boolean.TRUE;
                    }, x -> { }, dialogs::galat);
                });
                CadanganViewModel cadangan = new CadanganViewModel(layanan.cadangan(), preferensi, tasks, dialogs, layanan::close,
                        Platform::exit);
                yield new PengaturanView(vm, cadangan, new id.kesos.ui.pengaturan.PenggunaViewModel(layanan.pengguna(), tasks, dialogs), tasks,
                        dialogs);
            }
            case REKAP -> new RekapView(new RekapViewModel(layanan.rekap(), layanan.pmks()::jenis, layanan.kantor()::kertas,
                    layanan.kantor()::samarkanEkspor, tasks, dialogs));
            case RIWAYAT -> new id.kesos.ui.riwayat.RiwayatView(new id.kesos.ui.riwayat.RiwayatViewModel(
                    new id.kesos.core.riwayat.RiwayatService(layanan.db().dsl()), tasks, dialogs));
            case IMPOR -> new id.kesos.ui.impor.ImporView(new id.kesos.ui.impor.ImporViewModel(layanan.impor(), layanan.imporPsks(),
                    layanan.pmks()::jenis, layanan.psks()::jenis, preferensi, tasks, dialogs));
        };
    }
}
