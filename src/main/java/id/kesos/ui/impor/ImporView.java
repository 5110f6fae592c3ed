package id.kesos.ui.impor;

import atlantafx.base.theme.Styles;
import id.kesos.core.i18n.Messages;
import id.kesos.core.impor.ImporPmks;
import id.kesos.core.impor.RiwayatImpor;
import id.kesos.core.impor.Tolakan;
import id.kesos.core.pmks.JenisPmks;
import id.kesos.core.pmks.SumberData;
import id.kesos.core.validasi.TahunData;
import id.kesos.ui.Formulir;
import id.kesos.ui.Gaya;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Impor: the file and its options at the left; at the right the preview's counts and tabs for the
 * columns (each file column with what it is read as, a choice the user corrects), the desa names to
 * confirm, the rejected rows with their reasons, the warnings, and the import history; at the bottom
 * the progress, Batal, the rejects workbook and Impor.
 */
public final class ImporView extends BorderPane {
    private static final javafx.scene.input.KeyCombination BUKA = new javafx.scene.input.KeyCodeCombination(
            javafx.scene.input.KeyCode.O, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);
    private final ImporViewModel vm;
    /** The update choice as an object property, held here: a bidirectional binding keeps only weak references. */
    private final javafx.beans.property.ObjectProperty<Boolean> perbarui;

    public ImporView(ImporViewModel vm) {
        this.vm = vm;
        this.perbarui = vm.perbaruiProperty().asObject();
        getStyleClass().add(Gaya.PAGE);
        setId("impor-halaman");

        Label judul = new Label(Messages.get("nav.impor"));
        judul.getStyleClass().add(Styles.TITLE_2);
        Label ket = new Label(Messages.get("impor.keterangan"));
        ket.getStyleClass().add(Styles.TEXT_MUTED);
        ket.setWrapText(true);
        VBox atas = new VBox(4, judul, ket);
        atas.setPadding(new Insets(0, 0, 10, 0));
        setTop(atas);
        setLeft(opsi());
        setCenter(tengah());
        setBottom(aksi());
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (BUKA.match(e) && !vm.mengimporProperty().get()) {
                e.consume();
                vm.pilihBerkas();
            }
        });
        vm.mulai();
    }

    private ScrollPane opsi() {
        Button pilih = new Button(Messages.get("impor.pilih"));
        pilih.setId("impor-pilih");
        pilih.getStyleClass().add(Styles.ACCENT);
        pilih.setTooltip(new Tooltip(Messages.get("impor.pilihPintasan")));
        pilih.setOnAction(e -> vm.pilihBerkas());
        pilih.disableProperty().bind(vm.mengimporProperty());
        Label nama = new Label();
        nama.setId("impor-berkas");
        nama.setWrapText(true);
        nama.textProperty().bind(Bindings.createStringBinding(() -> vm.berkasProperty().get() == null ? Messages.get("impor.belumAdaBerkas")
                : vm.berkasProperty().get().getFileName().toString(), vm.berkasProperty()));

        ComboBox<ImporViewModel.Register> register = Formulir.combo("impor-register", "", r -> Messages.get(r.labelKey()));
        register.setItems(FXCollections.observableArrayList(ImporViewModel.Register.values()));
        register.valueProperty().bindBidirectional(vm.registerProperty());
        register.disableProperty().bind(vm.mengimporProperty());
        var psks = vm.registerProperty().isEqualTo(ImporViewModel.Register.PSKS);
        ComboBox<String> lembar = Formulir.combo("impor-lembar", "", Function.identity());
        lembar.setItems(vm.daftarLembar());
        lembar.valueProperty().bindBidirectional(vm.lembarProperty());
        ComboBox<JenisPmks> jenis = Formulir.combo("impor-jenis", Messages.get("impor.jenisDariBerkas"), JenisPmks::toString);
        jenis.setItems(Formulir.denganSemua(vm.jenisPmks()));
        jenis.valueProperty().bindBidirectional(vm.jenisProperty());
        Spinner<Integer> tahun = new Spinner<>(TahunData.PALING_AWAL, TahunData.palingAkhir(), vm.tahunProperty().get());
        tahun.setId("impor-tahun");
        tahun.setEditable(true);
        tahun.getValueFactory().valueProperty().bindBidirectional(vm.tahunProperty());
        ComboBox<id.kesos.core.psks.JenisPsks> jenisPsks = Formulir.combo("impor-jenis-psks", Messages.get("impor.jenisPsksDariBerkas"),
                id.kesos.ui.psks.PsksDialog::jenis);
        jenisPsks.setItems(Formulir.denganSemua(vm.jenisPsksDaftar()));
        jenisPsks.valueProperty().bindBidirectional(vm.jenisPsksProperty());
        ComboBox<SumberData> sumber = Formulir.combo("impor-sumber", "", s -> Messages.get(s.labelKey()));
        sumber.setItems(FXCollections.observableArrayList(SumberData.values()));
        sumber.valueProperty().bindBidirectional(vm.sumberProperty());
        ComboBox<Boolean> duplikat = Formulir.combo("impor-duplikat", "", b -> Messages.get(b ? "impor.perbarui" : "impor.lewati"));
        duplikat.setItems(FXCollections.observableArrayList(false, true));
        duplikat.valueProperty().bindBidirectional(perbarui);
        for (javafx.scene.Node n : List.of(lembar, jenis, jenisPsks, tahun, sumber, duplikat)) {
            n.disableProperty().bind(vm.mengimporProperty().or(vm.berkasProperty().isNull()));
        }
        VBox bidangJenis = Formulir.bidang(Messages.get("impor.jenis"), jenis, null, null, null);
        VBox bidangJenisPsks = Formulir.bidang(Messages.get("impor.jenisPsks"), jenisPsks, null, null, null);
        VBox bidangTahun = Formulir.bidang(Messages.get("impor.tahun"), tahun, null, null, null);
        VBox bidangSumber = Formulir.bidang(Messages.get("impor.sumber"), sumber, null, null, null);
        VBox bidangDuplikat = Formulir.bidang(Messages.get("impor.duplikat"), duplikat, null, null, null);
        // a PSKS list has no data year, source or update choice: a pillar already registered is skipped
        for (VBox b : List.of(bidangJenis, bidangTahun, bidangSumber, bidangDuplikat)) {
            b.visibleProperty().bind(psks.not());
            b.managedProperty().bind(psks.not());
        }
        bidangJenisPsks.visibleProperty().bind(psks);
        bidangJenisPsks.managedProperty().bind(psks);

        VBox box = new VBox(6, Formulir.bidang(Messages.get("impor.register"), register, null, null, null), pilih, nama,
                Formulir.bidang(Messages.get("impor.lembar"), lembar, null, null, null), bidangJenis, bidangJenisPsks, bidangTahun,
                bidangSumber, bidangDuplikat);
        box.setPadding(new Insets(0, 12, 0, 0));
        box.setPrefWidth(280);
        ScrollPane sp = new ScrollPane(box);
        sp.setFitToWidth(true);
        sp.setPrefWidth(300);
        sp.getStyleClass().add("edge-to-edge");
        return sp;
    }

    private VBox tengah() {
        Label ringkasan = new Label();
        ringkasan.setId("impor-ringkasan");
        ringkasan.getStyleClass().add(Styles.TEXT_BOLD);
        ringkasan.setWrapText(true);
        ringkasan.textProperty().bind(vm.ringkasanProperty());

        TabPane tabs = new TabPane();
        tabs.setId("impor-tab");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(
                tab("impor-tab-kolom", "impor.tabKolom", vm.kolom(), tabelKolom()),
                tab("impor-tab-desa", "impor.tabDesa", vm.saranDesa(), tabelDesa()),
                tab("impor-tab-tolak", "impor.tabTolak", vm.tolak(), tabelTolak()),
                tab("impor-tab-peringatan", "impor.tabPeringatan", vm.peringatan(), daftarPeringatan()),
                tab("impor-tab-riwayat", "impor.tabRiwayat", null, tabelRiwayat()));
        // the desa names to confirm come to the front when there are some: nothing else can fix them
        vm.saranDesa().addListener((javafx.collections.ListChangeListener<ImporPmks.SaranDesa>) c -> {
            if (!vm.saranDesa().isEmpty()) {
                tabs.getSelectionModel().select(1);
            }
        });
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox v = new VBox(8, ringkasan, tabs);
        BorderPane.setMargin(v, new Insets(0, 0, 0, 14));
        return v;
    }

    /** A tab whose title counts its list's items. */
    private static Tab tab(String id, String kunci, ObservableList<?> isi, javafx.scene.Node konten) {
        Tab t = new Tab();
        t.setId(id);
        if (isi == null) {
            t.setText(Messages.get(kunci));
        } else {
            t.textProperty().bind(Bindings.createStringBinding(() -> Messages.get(kunci) + " (" + isi.size() + ")", isi));
        }
        t.setContent(konten);
        return t;
    }

    private TableView<ImporViewModel.KolomBerkas> tabelKolom() {
        TableView<ImporViewModel.KolomBerkas> t = new TableView<>(vm.kolom());
        t.setId("impor-kolom");
        t.getStyleClass().add(Styles.DENSE);
        t.setEditable(true);
        t.setPlaceholder(new Label(Messages.get("impor.kolomKosong")));
        TableColumn<ImporViewModel.KolomBerkas, String> judul = kolom("impor.kolomBerkas", k -> k.judul(), 260);
        TableColumn<ImporViewModel.KolomBerkas, Enum<?>> dibaca = new TableColumn<>(Messages.get("impor.dibacaSebagai"));
        dibaca.setPrefWidth(260);
        dibaca.setSortable(false);
        dibaca.setCellValueFactory(d -> d.getValue().dibacaProperty());
        // the known columns of the register chosen: the list changes with it
        ObservableList<Enum<?>> pilihan = FXCollections.observableArrayList();
        Runnable isiPilihan = () -> {
            List<Enum<?>> l = new ArrayList<>();
            l.add(null);
            l.addAll(vm.registerProperty().get().kolom());
            pilihan.setAll(l);
        };
        isiPilihan.run();
        vm.registerProperty().addListener((o, a, b) -> isiPilihan.run());
        StringConverter<Enum<?>> teks = new StringConverter<>() {
            @Override
            public String toString(Enum<?> k) {
                return k == null ? Messages.get("impor.tidakDibaca") : ImporViewModel.Register.label(k);
            }

            @Override
            public Enum<?> fromString(String s) {
                return null;
            }
        };
        dibaca.setCellFactory(ComboBoxTableCell.forTableColumn(teks, pilihan));
        dibaca.setEditable(true);
        t.getColumns().add(judul);
        t.getColumns().add(dibaca);
        return t;
    }

    private TableView<ImporPmks.SaranDesa> tabelDesa() {
        TableView<ImporPmks.SaranDesa> t = new TableView<>(vm.saranDesa());
        t.setId("impor-desa");
        t.getStyleClass().add(Styles.DENSE);
        t.setPlaceholder(new Label(Messages.get("impor.desaKosong")));
        t.getColumns().add(kolom("impor.desaDiBerkas", ImporPmks.SaranDesa::teks, 200));
        t.getColumns().add(kolom("impor.desaMungkin", s -> s.saran().nama(), 200));
        t.getColumns().add(kolom("impor.desaBaris", s -> String.valueOf(s.baris()), 80));
        TableColumn<ImporPmks.SaranDesa, ImporPmks.SaranDesa> aksi = new TableColumn<>();
        aksi.setPrefWidth(170);
        aksi.setSortable(false);
        aksi.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyObjectWrapper<>(d.getValue()));
        aksi.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ImporPmks.SaranDesa s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setGraphic(null);
                    return;
                }
                Button b = new Button(Messages.get("impor.terimaSaran", s.saran().nama()));
                b.getStyleClass().add(Styles.SMALL);
                b.setId("impor-terima-" + getIndex());
                b.setOnAction(e -> vm.terimaSaran(s));
                b.disableProperty().bind(vm.membacaProperty().or(vm.mengimporProperty()));
                setGraphic(b);
            }
        });
        t.getColumns().add(aksi);
        return t;
    }

    private TableView<Tolakan> tabelTolak() {
        TableView<Tolakan> t = new TableView<>(vm.tolak());
        t.setId("impor-tolak");
        t.getStyleClass().add(Styles.DENSE);
        t.setPlaceholder(new Label(Messages.get("impor.tolakKosong")));
        t.getColumns().add(kolom("impor.tolakBaris", x -> String.valueOf(x.baris()), 70));
        t.getColumns().add(kolom("impor.tolakKolom", Tolakan::kolom, 130));
        TableColumn<Tolakan, String> alasan = kolom("impor.tolakAlasan", Tolakan::alasan, 500);
        alasan.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                // the reason says how to fix the row: read whole, on as many lines as it takes
                setWrapText(true);
                setText(empty ? null : s);
            }
        });
        t.getColumns().add(alasan);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return t;
    }

    private ListView<String> daftarPeringatan() {
        ListView<String> l = new ListView<>(vm.peringatan());
        l.setId("impor-peringatan");
        l.setPlaceholder(new Label(Messages.get("impor.peringatanKosong")));
        return l;
    }

    private TableView<RiwayatImpor> tabelRiwayat() {
        TableView<RiwayatImpor> t = new TableView<>(vm.riwayat());
        t.setId("impor-riwayat");
        t.getStyleClass().add(Styles.DENSE);
        t.setPlaceholder(new Label(Messages.get("impor.riwayatKosong")));
        t.getColumns().add(kolom("impor.riwayatWaktu", ImporViewModel::waktu, 130));
        t.getColumns().add(kolom("impor.riwayatBerkas", RiwayatImpor::namaBerkas, 240));
        t.getColumns().add(kolom("impor.riwayatBaris", r -> String.valueOf(r.baris()), 70));
        t.getColumns().add(kolom("impor.riwayatDitambah", r -> String.valueOf(r.ditambah()), 80));
        t.getColumns().add(kolom("impor.riwayatDiperbarui", r -> String.valueOf(r.diperbarui()), 90));
        t.getColumns().add(kolom("impor.riwayatDilewati", r -> String.valueOf(r.dilewati()), 80));
        t.getColumns().add(kolom("impor.riwayatDitolak", r -> String.valueOf(r.ditolak()), 80));
        t.getColumns().add(kolom("impor.riwayatPengguna", RiwayatImpor::pengguna, 110));
        return t;
    }

    private static <S> TableColumn<S, String> kolom(String kunci, Function<S, String> nilai, double lebar) {
        TableColumn<S, String> c = new TableColumn<>(Messages.get(kunci));
        c.setPrefWidth(lebar);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(nilai.apply(d.getValue())));
        return c;
    }

    private HBox aksi() {
        Label pesan = new Label();
        pesan.setId("impor-pesan");
        pesan.setWrapText(true);
        pesan.textProperty().bind(vm.pesanProperty());
        HBox.setHgrow(pesan, Priority.ALWAYS);
        pesan.setMaxWidth(Double.MAX_VALUE);
        ProgressBar bar = new ProgressBar();
        bar.setId("impor-kemajuan");
        bar.setPrefWidth(200);
        bar.progressProperty().bind(Bindings.when(vm.membacaProperty()).then(-1.0).otherwise(vm.kemajuanProperty()));
        var sibuk = vm.membacaProperty().or(vm.mengimporProperty());
        bar.visibleProperty().bind(sibuk);
        Button batal = new Button(Messages.get("impor.batal"));
        batal.setId("impor-batal");
        batal.setOnAction(e -> vm.batalkan());
        batal.visibleProperty().bind(sibuk);
        var adaTolak = Bindings.isNotEmpty(vm.tolak());
        Button simpanTolak = new Button(Messages.get("impor.simpanTolak"));
        simpanTolak.setId("impor-simpan-tolak");
        simpanTolak.setOnAction(e -> vm.simpanTolakan());
        simpanTolak.disableProperty().bind(adaTolak.not());
        Button bukaTolak = new Button(Messages.get("impor.bukaTolak"));
        bukaTolak.setId("impor-buka-tolak");
        bukaTolak.setTooltip(new Tooltip(Messages.get("impor.bukaTolakKet")));
        bukaTolak.setOnAction(e -> vm.bukaTolakan());
        bukaTolak.disableProperty().bind(adaTolak.not());
        Button impor = new Button(Messages.get("impor.tombolImpor"));
        impor.setId("impor-jalankan");
        impor.getStyleClass().add(Styles.SUCCESS);
        impor.setDefaultButton(false);
        impor.setOnAction(e -> vm.impor());
        impor.disableProperty().bind(vm.bisaImporProperty().not());
        for (javafx.scene.control.Control c : List.of(batal, bukaTolak, simpanTolak, impor)) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox h = new HBox(10, pesan, bar, batal, bukaTolak, simpanTolak, impor);
        h.setAlignment(Pos.CENTER_RIGHT);
        h.setPadding(new Insets(10, 0, 0, 0));
        return h;
    }
}
