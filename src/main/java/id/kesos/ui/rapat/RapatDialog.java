package id.kesos.ui.rapat;

import atlantafx.base.theme.Styles;
import id.kesos.core.AppInfo;
import id.kesos.core.cetak.Kertas;
import id.kesos.core.rapat.NotulaPdf;
import id.kesos.core.i18n.Messages;
import id.kesos.core.penduduk.JenisKelamin;
import id.kesos.core.psks.RingkasPsks;
import id.kesos.core.rapat.JenisRapat;
import id.kesos.core.rapat.Kehadiran;
import id.kesos.core.rapat.PerangkatDesa;
import id.kesos.core.rapat.Rapat;
import id.kesos.core.rapat.StatusTindakLanjut;
import id.kesos.core.rapat.TindakLanjutTerbuka;
import id.kesos.core.rapat.Unsur;
import id.kesos.core.wilayah.Wilayah;
import id.kesos.ui.BagianRegister;
import id.kesos.ui.Formulir;
import id.kesos.ui.Gaya;
import id.kesos.ui.dialog.DialogService;
import id.kesos.ui.rapat.RapatFormViewModel.BarisAgenda;
import id.kesos.ui.rapat.RapatFormViewModel.BarisPeserta;
import id.kesos.ui.rapat.RapatFormViewModel.BarisTindakLanjut;
import id.kesos.ui.rapat.RapatFormViewModel.Isian;
import id.kesos.ui.task.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * A meeting's window: Umum (header, chair, minute-taker, opening, decisions, closing), Agenda (items
 * with their discussion; open follow-ups of earlier meetings can be carried in), Peserta (from the
 * PSKS register, the village officials or typed), Tindak lanjut. A draft saves itself a moment after
 * each change. Pratinjau, Cetak and Simpan PDF print the notula and the daftar hadir.
 */
public final class RapatDialog {
    private final RapatFormViewModel vm;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Window owner;
    private final List<RingkasPsks> pilar;
    private final List<PerangkatDesa> perangkat;
    private final Stage stage = new Stage();

    public RapatDialog(RapatFormViewModel vm, TaskRunner tasks, DialogService dialogs, Window owner, List<RingkasPsks> pilar,
            List<PerangkatDesa> perangkat) {
        this.vm = vm;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.owner = owner;
        this.pilar = pilar;
        this.perangkat = perangkat;
    }

    /** Opens a stored meeting, or (id null) a new one. */
    public void tampilkan(Long id) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Messages.get(id == null ? "rapat.baruJudul" : "rapat.detailJudul") + " \u2013 " + AppInfo.NAME);
        TabPane tab = new TabPane(new Tab(Messages.get("rapat.tabUmum"), gulung(umum())), new Tab(Messages.get("rapat.agenda"), gulung(agenda())),
                new Tab(Messages.get("rapat.peserta"), gulung(peserta())), new Tab(Messages.get("rapat.tindakLanjut"), gulung(tindakLanjut())));
        tab.setId("rapat-tab");
        tab.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Label kunci = new Label(Messages.get("rapat.terkunciPetunjuk"));
        kunci.setId("rapat-terkunci");
        kunci.setWrapText(true);
        kunci.getStyleClass().add("kesos-peringatan");
        kunci.setMaxWidth(Double.MAX_VALUE);
        kunci.setPadding(new Insets(8, 20, 8, 20));
        kunci.visibleProperty().bind(vm.terkunci());
        kunci.managedProperty().bind(kunci.visibleProperty());
        BorderPane akar = new BorderPane(tab);
        akar.setTop(kunci);
        akar.setBottom(tombol());
        // as wide as the attendee rows want on a 1280x720 screen, never wider or taller than the screen
        javafx.geometry.Rectangle2D layar = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(akar, Math.min(1200, layar.getWidth() - 40), Math.min(720, layar.getHeight() - 20));
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                tutup();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), vm::simpanOtomatis);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), this::pratinjau);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            e.consume();
            tutup();
        });
        // a draft saves itself 1.5 s after the last change
        PauseTransition jeda = new PauseTransition(Duration.millis(1500));
        jeda.setOnFinished(e -> vm.simpanOtomatis());
        vm.perubahanProperty().addListener((o, a, b) -> jeda.playFromStart());
        stage.show();
        if (id == null) {
            vm.baru();
        } else {
            vm.muat(id);
        }
        Platform.runLater(() -> scene.lookup("#rapat-judul").requestFocus());
    }

    /** Closing saves what is still unsaved first; what cannot be saved as typed is not dropped without asking. */
    private void tutup() {
        if (!vm.siapDitutup() && !dialogs.konfirmasi(Messages.get("rapat.tutupJudul"), Messages.get("rapat.tutupPesan"),
                Messages.get("rapat.tutupTanpaSimpan"))) {
            return; // back to the form, the fields in question marked
        }
        stage.close();
    }

    private static ScrollPane gulung(Node n) {
        ScrollPane s = id.kesos.ui.Formulir.ikutiFokus(new ScrollPane(n));
        s.setFitToWidth(true);
        return s;
    }

    private Node umum() {
        GridPane g = Formulir.grid3();
        int[] pos = {0};
        TextField judul = teks(Isian.JUDUL, "rapat-judul", "rapat.judul");
        g.add(Formulir.bidang(Messages.get("rapat.judul"), judul, vm.galat(Isian.JUDUL), "galat-rapat-judul", null), 0, 0, 2, 1);
        ComboBox<JenisRapat> jenis = Formulir.combo("rapat-jenis", "", j -> Messages.get(j.labelKey()));
        jenis.getItems().addAll(JenisRapat.values());
        jenis.valueProperty().bindBidirectional(vm.jenisProperty());
        g.add(Formulir.bidang(Messages.get("rapat.jenis"), jenis, null, null, null), 2, 0);
        pos[0] = 3;
        taruh(g, pos, Isian.TANGGAL, "rapat-tanggal", "rapat.tanggal", "pmks.contohTanggal");
        taruh(g, pos, Isian.JAM_MULAI, "rapat-jam-mulai", "rapat.jamMulai", "rapat.contohJam");
        taruh(g, pos, Isian.JAM_SELESAI, "rapat-jam-selesai", "rapat.jamSelesai", "rapat.contohJam");
        TextField tempat = teks(Isian.TEMPAT, "rapat-tempat", "rapat.tempat");
        g.add(Formulir.bidang(Messages.get("rapat.tempat"), tempat, vm.galat(Isian.TEMPAT), "galat-rapat-tempat", null), 0, 2, 3, 1);
        pos[0] = 9;
        GridPane pimpinan = pejabat("rapat.pimpinan", "rapat-pimpinan", Isian.PIMPINAN_NAMA, Isian.PIMPINAN_JABATAN, Isian.PIMPINAN_PANGKAT,
                Isian.PIMPINAN_NIP);
        GridPane notulis = pejabat("rapat.notulis", "rapat-notulis", Isian.NOTULIS_NAMA, Isian.NOTULIS_JABATAN, Isian.NOTULIS_PANGKAT,
                Isian.NOTULIS_NIP);
        VBox v = new VBox(10, g, judulBagian("rapat.pimpinan"), pimpinan, judulBagian("rapat.notulis"), notulis,
                area(Isian.PEMBUKAAN, "rapat-pembukaan", "rapat.pembukaan", 3), area(Isian.KESIMPULAN, "rapat-kesimpulan", "rapat.kesimpulan", 4),
                area(Isian.PENUTUPAN, "rapat-penutupan", "rapat.penutupan", 2));
        v.setPadding(new Insets(16, 20, 16, 20));
        terkunci(v);
        return v;
    }

    private GridPane pejabat(String judulKey, String id, Isian nama, Isian jabatan, Isian pangkat, Isian nip) {
        GridPane g = new GridPane();
        g.setHgap(14);
        javafx.scene.layout.ColumnConstraints c = new javafx.scene.layout.ColumnConstraints();
        c.setPercentWidth(25);
        g.getColumnConstraints().addAll(c, c, c, c);
        g.add(Formulir.bidang(Messages.get("rapat.pejabatNama"), teks(nama, id + "-nama", null), vm.galat(nama), "galat-" + id + "-nama", null),
                0, 0);
        g.add(Formulir.bidang(Messages.get("rapat.pejabatJabatan"), teks(jabatan, id + "-jabatan", null), null, null, null), 1, 0);
        g.add(Formulir.bidang(Messages.get("rapat.pejabatPangkat"), teks(pangkat, id + "-pangkat", null), null, null, null), 2, 0);
        g.add(Formulir.bidang(Messages.get("rapat.pejabatNip"), teks(nip, id + "-nip", null), null, null, null), 3, 0);
        return g;
    }

    private void taruh(GridPane g, int[] pos, Isian i, String id, String labelKey, String contohKey) {
        TextField tf = teks(i, id, null);
        tf.setPromptText(Messages.get(contohKey));
        Formulir.taruh(g, pos, Formulir.bidang(Messages.get(labelKey), tf, vm.galat(i), "galat-" + id, null));
    }

    private TextField teks(Isian i, String id, String promptKey) {
        TextField tf = new TextField();
        tf.setId(id);
        tf.textProperty().bindBidirectional(vm.nilai(i));
        return tf;
    }

    private VBox area(Isian i, String id, String labelKey, int baris) {
        TextArea ta = new TextArea();
        ta.setId(id);
        ta.setWrapText(true);
        ta.setPrefRowCount(baris);
        ta.textProperty().bindBidirectional(vm.nilai(i));
        return Formulir.bidang(Messages.get(labelKey), ta, vm.galat(i), "galat-" + id, null);
    }

    private static Label judulBagian(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add(Styles.TITLE_4);
        return l;
    }

    /** Rebuilds {@code box} from {@code list} with {@code baris} on every change of the list's size or order. */
    private static <T> void ikat(VBox box, ObservableList<T> list, Function<T, Node> baris) {
        Runnable bangun = () -> box.getChildren().setAll(list.stream().map(baris).toList());
        list.addListener((ListChangeListener<T>) c -> {
            while (c.next()) {
                if (c.wasAdded() || c.wasRemoved() || c.wasPermutated()) {
                    bangun.run();
                    return;
                }
            }
        });
        bangun.run();
    }

    private Node agenda() {
        VBox daftar = new VBox(10);
        ikat(daftar, vm.agenda(), this::kartuAgenda);
        Button tambah = new Button(Messages.get("rapat.tambahAgenda"));
        tambah.setId("rapat-tambah-agenda");
        tambah.setOnAction(e -> {
            vm.tambahAgenda();
            Platform.runLater(() -> daftar.getChildren().getLast().lookup("TextField").requestFocus());
        });
        Button ambil = new Button(Messages.get("rapat.ambilTindakLanjut"));
        ambil.setId("rapat-ambil-tindak-lanjut");
        ambil.setOnAction(e -> dialogTindakLanjutTerbuka());
        HBox tombol = new HBox(8, tambah, ambil);
        // the open follow-ups of earlier meetings are announced, so none is forgotten
        Label terbuka = new Label();
        terbuka.setId("rapat-info-tindak-lanjut");
        terbuka.setWrapText(true);
        terbuka.getStyleClass().add("kesos-peringatan");
        terbuka.setPadding(new Insets(8));
        terbuka.setMaxWidth(Double.MAX_VALUE);
        terbuka.visibleProperty().bind(terbuka.textProperty().isNotEmpty());
        terbuka.managedProperty().bind(terbuka.visibleProperty());
        vm.bacaTindakLanjutTerbuka(l -> terbuka.setText(l.isEmpty() ? ""
                : Messages.get("rapat.adaTindakLanjut", l.size(), l.stream().filter(t -> t.lewat(java.time.LocalDate.now())).count())),
                TaskRunner.hanyaDicatat());
        VBox v = new VBox(10, terbuka, daftar, Formulir.galatLabel(vm.galatAgenda(), "galat-rapat-agenda"), tombol);
        v.setPadding(new Insets(16, 20, 16, 20));
        terkunci(v);
        return v;
    }

    private Node kartuAgenda(BarisAgenda b) {
        int i = vm.agenda().indexOf(b);
        TextField judul = new TextField();
        judul.setId("rapat-agenda-judul-" + i);
        judul.textProperty().bindBidirectional(b.judul);
        TextArea bahas = new TextArea();
        bahas.setId("rapat-agenda-pembahasan-" + i);
        bahas.setWrapText(true);
        bahas.setPrefRowCount(4);
        bahas.setPromptText(Messages.get("rapat.pembahasanPetunjuk"));
        bahas.textProperty().bindBidirectional(b.pembahasan);
        TextField simpul = new TextField();
        simpul.setId("rapat-agenda-kesimpulan-" + i);
        simpul.textProperty().bindBidirectional(b.kesimpulan);
        Button naik = kecil("\u2191", "rapat.naik", () -> vm.pindahAgenda(b, -1));
        Button turun = kecil("\u2193", "rapat.turun", () -> vm.pindahAgenda(b, 1));
        Button hapus = kecil("\u2715", "rapat.hapusBaris", () -> vm.agenda().remove(b));
        hapus.setId("rapat-agenda-hapus-" + i);
        Label no = new Label((i + 1) + ".");
        no.getStyleClass().add(Styles.TEXT_BOLD);
        Region spasi = new Region();
        HBox.setHgrow(spasi, Priority.ALWAYS);
        HBox kepala = new HBox(8, no, new Label(b.tindakLanjutId == null ? "" : Messages.get("rapat.dariTindakLanjut")), spasi, naik, turun,
                hapus);
        kepala.setAlignment(Pos.CENTER_LEFT);
        VBox v = new VBox(4, kepala, Formulir.bidang(Messages.get("rapat.agendaJudul"), judul, null, null, null),
                Formulir.bidang(Messages.get("rapat.pembahasan"), bahas, null, null, null),
                Formulir.bidang(Messages.get("rapat.agendaKesimpulan"), simpul, null, null, null));
        v.getStyleClass().add("kesos-card");
        v.setPadding(new Insets(10));
        return v;
    }

    private static Button kecil(String teks, String tipKey, Runnable aksi) {
        Button b = new Button(teks);
        b.getStyleClass().add(Styles.FLAT);
        // room for its one sign in a row's narrow last column
        b.setStyle("-fx-padding: 4 6 4 6;");
        b.setTooltip(new Tooltip(Messages.get(tipKey)));
        b.setOnAction(e -> aksi.run());
        return b;
    }

    /** The open follow-ups of earlier meetings, to tick and carry into this agenda. */
    private void dialogTindakLanjutTerbuka() {
        vm.bacaTindakLanjutTerbuka(daftar -> {
            Dialog<ButtonType> d = new Dialog<>();
            d.initOwner(stage);
            d.setTitle(Messages.get("rapat.ambilTindakLanjut"));
            d.setHeaderText(Messages.get(daftar.isEmpty() ? "rapat.tidakAdaTindakLanjut" : "rapat.pilihTindakLanjut"));
            VBox isi = new VBox(6);
            List<CheckBox> pilihan = new ArrayList<>();
            for (TindakLanjutTerbuka t : daftar) {
                CheckBox c = new CheckBox(Messages.get("rapat.tindakLanjutBaris", t.tindakLanjut().uraian(),
                        t.tindakLanjut().penanggungJawab() == null ? "-" : t.tindakLanjut().penanggungJawab(),
                        id.kesos.core.penduduk.Tanggal.format(t.tindakLanjut().batasWaktu()), Messages.get(t.tindakLanjut().status().labelKey()),
                        id.kesos.core.penduduk.Tanggal.format(t.tanggalRapat())));
                c.setWrapText(true);
                c.setSelected(true);
                c.setUserData(t);
                if (t.lewat(java.time.LocalDate.now())) {
                    c.getStyleClass().add(Styles.DANGER);
                }
                pilihan.add(c);
                isi.getChildren().add(c);
            }
            isi.setPrefWidth(620);
            d.getDialogPane().setContent(isi);
            ButtonType ok = new ButtonType(Messages.get("rapat.masukkanAgenda"), ButtonBar.ButtonData.OK_DONE);
            d.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(Messages.get("tombol.batal"), ButtonBar.ButtonData.CANCEL_CLOSE));
            d.getDialogPane().lookupButton(ok).setDisable(daftar.isEmpty());
            d.showAndWait().filter(x -> x == ok).ifPresent(x -> pilihan.stream().filter(CheckBox::isSelected)
                    .forEach(c -> vm.ambilTindakLanjut((TindakLanjutTerbuka) c.getUserData())));
        }, dialogs::galat);
    }

    private Node peserta() {
        VBox daftar = new VBox(4);
        ikat(daftar, vm.peserta(), this::barisPeserta);
        Label ringkas = new Label();
        ringkas.setId("rapat-ringkasan-peserta");
        ringkas.textProperty().bind(vm.ringkasanPeserta());
        ComboBox<RingkasPsks> psks = Formulir.combo("rapat-pilih-psks", Messages.get("rapat.pilihPsks"), RingkasPsks::toString);
        psks.getItems().addAll(pilar.stream().filter(RingkasPsks::aktif).toList());
        psks.setPrefWidth(300);
        psks.valueProperty().addListener((o, a, p) -> {
            if (p != null) {
                vm.tambahPeserta(p);
                Platform.runLater(() -> psks.setValue(null));
            }
        });
        ComboBox<PerangkatDesa> desa = Formulir.combo("rapat-pilih-perangkat", Messages.get("rapat.pilihPerangkat"),
                p -> p.nama() + " (" + Messages.get(p.jabatan().labelKey()) + ", " + namaDesa(p.desaKode()) + ")");
        desa.getItems().addAll(perangkat.stream().filter(PerangkatDesa::aktif).toList());
        desa.setPrefWidth(300);
        desa.valueProperty().addListener((o, a, p) -> {
            if (p != null) {
                vm.tambahPeserta(p, Messages.dok("dok.rapat.desaPeserta", namaDesa(p.desaKode())));
                Platform.runLater(() -> desa.setValue(null));
            }
        });
        Button semuaKades = new Button(Messages.get("rapat.semuaKepalaDesa"));
        semuaKades.setId("rapat-semua-kades");
        semuaKades.setOnAction(e -> perangkat.stream().filter(p -> p.aktif() && (p.jabatan() == id.kesos.core.rapat.JabatanDesa.KEPALA_DESA
                || p.jabatan() == id.kesos.core.rapat.JabatanDesa.LURAH)).forEach(p -> vm.tambahPeserta(p, Messages.dok("dok.rapat.desaPeserta", namaDesa(p.desaKode())))));
        Button lain = new Button(Messages.get("rapat.tambahPeserta"));
        lain.setId("rapat-tambah-peserta");
        lain.setOnAction(e -> {
            vm.tambahPeserta();
            Platform.runLater(() -> daftar.getChildren().getLast().lookup("TextField").requestFocus());
        });
        psks.setPrefWidth(280);
        desa.setPrefWidth(280);
        // the ways to add wrap onto a second line in a narrow window rather than push the tab sideways
        javafx.scene.layout.FlowPane tambah = new javafx.scene.layout.FlowPane(8, 8, psks, desa, semuaKades, lain);
        tambah.setAlignment(Pos.CENTER_LEFT);
        HBox kepala = new HBox(8, kolom("rapat.pesertaNama", NAMA, true), kolom("rapat.pesertaJabatan", JABATAN, true),
                kolom("rapat.unsur", UNSUR, false), kolom("rapat.instansi", INSTANSI, true), kolom("rapat.lp", LP, false),
                kolom("rapat.pesertaTelepon", HP, false), kolom("rapat.kehadiran", HADIR, false), ruangHapus());
        VBox v = new VBox(8, tambah, ringkas, kepala, daftar, Formulir.galatLabel(vm.galatPeserta(), "galat-rapat-peserta"));
        v.setPadding(new Insets(16, 20, 16, 20));
        terkunci(v);
        return v;
    }

    private String namaDesa(String kode) {
        return vm.profil().desa().stream().filter(w -> w.kode().equals(kode)).map(Wilayah::nama).findFirst().orElse(kode);
    }

    /*
     * The columns of the attendee and follow-up rows, in pixels. A header label and each row's field share a column's
     * settings, so they line up; the text columns grow and shrink with the dialog (down to 60 %), the others keep their
     * width: at the dialog's 1200 pixels (on a 1280x720 screen) every column shows whole, with no sideways scrolling.
     */
    private static final double NAMA = 220;
    private static final double JABATAN = 140;
    private static final double UNSUR = 175;
    private static final double INSTANSI = 150;
    private static final double LP = 62;
    private static final double HP = 135;
    private static final double HADIR = 185;
    private static final double HAPUS = 36;
    private static final double URAIAN = 300;
    private static final double PENANGGUNG_JAWAB = 160;
    private static final double BATAS = 110;
    private static final double STATUS_TL = 125;
    private static final double CATATAN = 150;

    private static Label kolom(String key, double lebar, boolean tumbuh) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return lebar(l, lebar, tumbuh);
    }

    /** The header's room over the rows' delete buttons. */
    private static Region ruangHapus() {
        return lebar(new Region(), HAPUS, false);
    }

    private Node barisPeserta(BarisPeserta b) {
        int i = vm.peserta().indexOf(b);
        TextField nama = lebar(new TextField(), NAMA, true);
        nama.setId("rapat-peserta-nama-" + i);
        nama.textProperty().bindBidirectional(b.nama);
        if (b.tertaut()) {
            // a linked attendee's name is the register's: corrected there, it follows here
            nama.setEditable(false);
            nama.setTooltip(new Tooltip(Messages.get("rapat.namaDariRegister")));
        }
        TextField jabatan = lebar(new TextField(), JABATAN, true);
        jabatan.setId("rapat-peserta-jabatan-" + i);
        jabatan.textProperty().bindBidirectional(b.jabatan);
        ComboBox<Unsur> unsur = lebar(Formulir.combo("rapat-peserta-unsur-" + i, "", u -> Messages.get(u.labelKey())), UNSUR, false);
        unsur.getItems().addAll(Unsur.values());
        unsur.valueProperty().bindBidirectional(b.unsur);
        TextField instansi = lebar(new TextField(), INSTANSI, true);
        instansi.textProperty().bindBidirectional(b.instansi);
        // a long name or office reads whole on hover, where the column is narrower than it
        utuh(instansi);
        if (!b.tertaut()) {
            utuh(nama);
        }
        ComboBox<JenisKelamin> jk = lebar(Formulir.combo("rapat-peserta-jk-" + i, "", JenisKelamin::name), LP, false);
        jk.getItems().addAll(JenisKelamin.values());
        jk.valueProperty().bindBidirectional(b.jk);
        TextField hp = lebar(new TextField(), HP, false);
        hp.setId("rapat-peserta-hp-" + i);
        hp.textProperty().bindBidirectional(b.telepon);
        ComboBox<Kehadiran> hadir = lebar(Formulir.combo("rapat-peserta-hadir-" + i, "", k -> Messages.get(k.labelKey())), HADIR, false);
        hadir.getItems().addAll(Kehadiran.values());
        hadir.valueProperty().bindBidirectional(b.kehadiran);
        Button hapus = lebar(kecil("\u2715", "rapat.hapusBaris", () -> vm.peserta().remove(b)), HAPUS, false);
        hapus.setId("rapat-peserta-hapus-" + i);
        HBox h = new HBox(8, nama, jabatan, unsur, instansi, jk, hp, hadir, hapus);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    /** A tooltip with the field's whole text. */
    private static void utuh(TextField f) {
        Tooltip t = new Tooltip();
        t.textProperty().bind(f.textProperty());
        f.tooltipProperty().bind(javafx.beans.binding.Bindings.when(f.textProperty().isEmpty()).then((Tooltip) null).otherwise(t));
    }

    /** A row column's width: fixed, or ({@code tumbuh}) growing with the dialog and shrinking to 60 % of it. */
    private static <T extends Region> T lebar(T c, double w, boolean tumbuh) {
        c.setPrefWidth(w);
        c.setMinWidth(tumbuh ? Math.round(w * 0.6) : w);
        c.setMaxWidth(tumbuh ? Double.MAX_VALUE : w);
        HBox.setHgrow(c, tumbuh ? javafx.scene.layout.Priority.ALWAYS : javafx.scene.layout.Priority.NEVER);
        return c;
    }

    private Node tindakLanjut() {
        VBox daftar = new VBox(4);
        ikat(daftar, vm.tindakLanjut(), this::barisTindakLanjut);
        Button tambah = new Button(Messages.get("rapat.tambahTindakLanjut"));
        tambah.setId("rapat-tambah-tindak-lanjut");
        tambah.setOnAction(e -> {
            vm.tambahTindakLanjut();
            Platform.runLater(() -> daftar.getChildren().getLast().lookup("TextField").requestFocus());
        });
        HBox kepala = new HBox(8, kolom("tindakLanjut.uraian", URAIAN, true), kolom("tindakLanjut.penanggungJawab", PENANGGUNG_JAWAB, true),
                kolom("rapat.batasWaktu", BATAS, false), kolom("rapat.statusTindakLanjut", STATUS_TL, false), kolom("tindakLanjut.catatan", CATATAN, true),
                ruangHapus());
        VBox v = new VBox(8, kepala, daftar, Formulir.galatLabel(vm.galatTindakLanjut(), "galat-rapat-tindak-lanjut"), tambah);
        v.setPadding(new Insets(16, 20, 16, 20));
        terkunci(v);
        return v;
    }

    private Node barisTindakLanjut(BarisTindakLanjut b) {
        int i = vm.tindakLanjut().indexOf(b);
        TextField uraian = lebar(new TextField(), URAIAN, true);
        uraian.setId("rapat-tl-uraian-" + i);
        uraian.textProperty().bindBidirectional(b.uraian);
        TextField pj = lebar(new TextField(), PENANGGUNG_JAWAB, true);
        pj.setId("rapat-tl-pj-" + i);
        pj.textProperty().bindBidirectional(b.penanggungJawab);
        TextField batas = lebar(new TextField(), BATAS, false);
        batas.setId("rapat-tl-batas-" + i);
        batas.setPromptText(Messages.get("pmks.contohTanggal"));
        batas.textProperty().bindBidirectional(b.batasWaktu);
        ComboBox<StatusTindakLanjut> st = lebar(Formulir.combo("rapat-tl-status-" + i, "", s -> Messages.get(s.labelKey())), STATUS_TL, false);
        st.getItems().addAll(StatusTindakLanjut.values());
        st.valueProperty().bindBidirectional(b.status);
        TextField cat = lebar(new TextField(), CATATAN, true);
        cat.textProperty().bindBidirectional(b.catatan);
        Button hapus = lebar(kecil("\u2715", "rapat.hapusBaris", () -> vm.tindakLanjut().remove(b)), HAPUS, false);
        HBox h = new HBox(8, uraian, pj, batas, st, cat, hapus);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    // ------------------------------------------------------------------ actions

    private VBox tombol() {
        Label pesan = new Label();
        pesan.setId("rapat-pesan");
        pesan.setWrapText(true);
        pesan.textProperty().bind(Bindings.createStringBinding(() -> vm.pesanProperty().get().isEmpty() ? vm.simpananProperty().get()
                : vm.pesanProperty().get(), vm.pesanProperty(), vm.simpananProperty()));
        Label status = new Label();
        status.setId("rapat-status");
        status.getStyleClass().add(Styles.TEXT_BOLD);
        status.textProperty().bind(Bindings.createStringBinding(() -> Messages.get(vm.statusProperty().get().labelKey()), vm.statusProperty()));
        ProgressIndicator sibuk = new ProgressIndicator();
        sibuk.setPrefSize(20, 20);
        sibuk.visibleProperty().bind(vm.sibukProperty());
        ComboBox<Kertas> kertas = Formulir.combo("rapat-kertas", "", k -> Messages.get(k.labelKey()));
        kertas.getItems().addAll(Kertas.values());
        kertas.valueProperty().bindBidirectional(vm.kertasProperty());
        kertas.setTooltip(new Tooltip(Messages.get("rapat.kertasPetunjuk")));
        Button pratinjau = new Button(Messages.get("rapat.pratinjau"));
        pratinjau.setId("rapat-pratinjau");
        pratinjau.setOnAction(e -> pratinjau());
        Button cetak = new Button(Messages.get("rapat.cetak"));
        cetak.setId("rapat-cetak");
        cetak.setOnAction(e -> cetak());
        Button pdf = new Button(Messages.get("rapat.simpanPdf"));
        pdf.setId("rapat-simpan-pdf");
        pdf.setOnAction(e -> simpanPdf());
        Button finalkan = new Button();
        finalkan.setId("rapat-finalkan");
        finalkan.textProperty().bind(Bindings.createStringBinding(() -> Messages.get(vm.terkunci().get() ? "rapat.bukaKembali" : "rapat.finalkan"),
                vm.terkunci()));
        finalkan.getStyleClass().add(Styles.ACCENT);
        finalkan.disableProperty().bind(vm.sibukProperty());
        finalkan.setOnAction(e -> {
            if (vm.terkunci().get()) {
                dialogBukaKembali();
            } else {
                vm.finalkan(() -> { });
            }
        });
        Button hapus = new Button(Messages.get("rapat.hapusDraf"));
        hapus.setId("rapat-hapus-draf");
        hapus.getStyleClass().add(Styles.DANGER);
        hapus.visibleProperty().bind(vm.terkunci().not());
        hapus.managedProperty().bind(hapus.visibleProperty());
        hapus.setOnAction(e -> {
            String judul = vm.nilai(Isian.JUDUL).get().isBlank() ? Messages.get("rapat.tanpaJudul") : vm.nilai(Isian.JUDUL).get();
            if (dialogs.konfirmasi(Messages.get("rapat.hapusDraf"), Messages.get("rapat.hapusDrafPesan", judul),
                    Messages.get("rapat.hapusDrafTombol"))) {
                vm.hapusDraft(stage::close);
            }
        });
        Button tutup = new Button(Messages.get("tombol.tutup"));
        tutup.setCancelButton(true);
        tutup.setOnAction(e -> tutup());
        Region spasi = new Region();
        HBox.setHgrow(spasi, Priority.ALWAYS);
        HBox h = new HBox(10, status, spasi, sibuk, hapus, kertas, pratinjau, cetak, pdf, finalkan, tutup);
        h.setAlignment(Pos.CENTER_RIGHT);
        VBox v = new VBox(6, pesan, h);
        v.setPadding(new Insets(8, 20, 12, 20));
        v.getStyleClass().add("kesos-action-bar");
        return v;
    }

    /** Which part to print, asked before printing or saving. */
    private java.util.Optional<NotulaPdf.Bagian> pilihBagian(String judulKey) {
        Dialog<NotulaPdf.Bagian> d = new Dialog<>();
        d.initOwner(stage);
        d.setTitle(Messages.get(judulKey));
        d.setHeaderText(Messages.get("rapat.pilihBagian"));
        ComboBox<NotulaPdf.Bagian> c = Formulir.combo("rapat-bagian", "", b -> Messages.get(switch (b) {
            case NOTULA -> "rapat.bagianNotula";
            case DAFTAR_HADIR -> "rapat.bagianDaftarHadir";
            case SEMUA -> "rapat.bagianSemua";
        }));
        c.getItems().addAll(NotulaPdf.Bagian.values());
        c.setValue(NotulaPdf.Bagian.SEMUA);
        d.getDialogPane().setContent(c);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? c.getValue() : null);
        return d.showAndWait();
    }

    /** The pages as images, inside the app. */
    private void pratinjau() {
        vm.untukCetak().ifPresent(r -> tasks.jalankan(() -> id.kesos.ui.cetak.CetakPdf.gambar(
                () -> NotulaPdf.buat(r, vm.profil(), vm.kertasProperty().get(), NotulaPdf.Bagian.SEMUA), 110f), gambar -> {
                    VBox halaman = new VBox(16);
                    halaman.setAlignment(Pos.TOP_CENTER);
                    halaman.setPadding(new Insets(16));
                    halaman.setStyle("-fx-background-color: #7a7f87;");
                    for (java.awt.image.BufferedImage g : gambar) {
                        ImageView iv = new ImageView(SwingFXUtils.toFXImage(g, null));
                        iv.setPreserveRatio(true);
                        iv.setFitWidth(760);
                        iv.setStyle("-fx-effect: dropshadow(gaussian, rgba(0,0,0,0.4), 8, 0, 0, 2);");
                        halaman.getChildren().add(iv);
                    }
                    ScrollPane s = new ScrollPane(halaman);
                    s.setFitToWidth(true);
                    s.setId("rapat-pratinjau-halaman");
                    Stage p = new Stage();
                    p.initOwner(stage);
                    p.setTitle(Messages.get("rapat.pratinjauJudul", gambar.size()) + " \u2013 " + AppInfo.NAME);
                    Scene sc = new Scene(s, 840, 700);
                    sc.setOnKeyPressed(e -> {
                        if (e.getCode() == KeyCode.ESCAPE) {
                            p.close();
                        }
                    });
                    p.setScene(sc);
                    p.show();
                }, dialogs::galat));
    }

    private void cetak() {
        vm.untukCetak().ifPresent(r -> pilihBagian("rapat.cetak").ifPresent(b -> tasks.jalankan(() -> id.kesos.ui.cetak.CetakPdf.cetak(
                () -> NotulaPdf.buat(r, vm.profil(), vm.kertasProperty().get(), b), r.judul() == null ? Messages.dok("dok.notula.namaCetak") : r.judul()), ok -> vm.pesanProperty().set(Messages.get(ok ? "rapat.terkirimKePrinter" : "rapat.cetakBatal")),
                dialogs::galat)));
    }

    private void simpanPdf() {
        vm.untukCetak().ifPresent(r -> pilihBagian("rapat.simpanPdf").ifPresent(b -> {
            dialogs.simpanBerkas(Messages.get("rapat.simpanPdf"), namaBerkas(r, b)).ifPresent(f -> simpanKe(r, b, f));
        }));
    }

    /** Writes the PDF to {@code path} in the background and says where it went. */
    private void simpanKe(Rapat r, NotulaPdf.Bagian b, java.nio.file.Path path) {
        tasks.jalankan(() -> {
            NotulaPdf.simpan(r, vm.profil(), vm.kertasProperty().get(), b, path);
            return path;
        }, p -> vm.pesanProperty().set(Messages.get("rapat.pdfTersimpan", p)), dialogs::galat);
    }

    static String namaBerkas(Rapat r, NotulaPdf.Bagian b) {
        String dasar = (b == NotulaPdf.Bagian.DAFTAR_HADIR ? "daftar-hadir" : "notula") + "-rapat"
                + (r.tanggal() == null ? "" : "-" + r.tanggal());
        return dasar + ".pdf";
    }

    private void dialogBukaKembali() {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(stage);
        d.setTitle(Messages.get("rapat.bukaKembali"));
        d.setHeaderText(Messages.get("rapat.bukaKembaliPenjelasan"));
        TextField alasan = new TextField();
        alasan.setId("rapat-alasan-buka");
        StringProperty galat = new SimpleStringProperty("");
        VBox isi = new VBox(6, Formulir.bidang(Messages.get("rapat.alasanBuka"), alasan, null, null, null), Formulir.galatLabel(galat,
                "galat-rapat-alasan-buka"));
        isi.setPrefWidth(440);
        d.getDialogPane().setContent(isi);
        ButtonType ok = new ButtonType(Messages.get("rapat.bukaKembali"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(Messages.get("tombol.batal"), ButtonBar.ButtonData.CANCEL_CLOSE));
        BagianRegister.tetapTerbuka(d, ok, "rapat-buka-simpan", () -> vm.bukaKembali(alasan.getText(), d::close, galat::set));
        d.show();
        Platform.runLater(alasan::requestFocus);
    }

    /**
     * A part of a final meeting: nothing in it can be changed, but it reads as normal text (not the faded grey of a
     * disabled control), since a final record is what people read and print.
     */
    private void terkunci(javafx.scene.Node v) {
        v.disableProperty().bind(vm.terkunci());
        Runnable gaya = () -> {
            if (vm.terkunci().get()) {
                if (!v.getStyleClass().contains(Gaya.TERKUNCI)) {
                    v.getStyleClass().add(Gaya.TERKUNCI);
                }
            } else {
                v.getStyleClass().remove(Gaya.TERKUNCI);
            }
        };
        gaya.run();
        vm.terkunci().addListener((o, a, b) -> gaya.run());
    }
}
