package id.kesos.ui.rekap;

import id.kesos.core.validasi.TahunData;
import atlantafx.base.theme.Styles;
import id.kesos.core.cetak.Kertas;
import id.kesos.core.i18n.Messages;
import id.kesos.core.pmks.JenisPmks;
import id.kesos.core.rekap.Lembar;
import id.kesos.core.rekap.Penandatangan;
import id.kesos.core.rekap.RekapService.Format;
import id.kesos.core.rekap.RekapService.Jenis;
import id.kesos.ui.Formulir;
import id.kesos.ui.Gaya;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Rekap & Ekspor: the recap and its options at the left, its preview as a table at the right (a tab
 * per sheet, the two-row header as nested columns), and the actions: Simpan Excel, Buka, Simpan PDF,
 * with a progress bar and Batal while a file is written.
 */
public final class RekapView extends BorderPane {
    private static final NumberFormat ANGKA = NumberFormat.getIntegerInstance(Locale.forLanguageTag("id"));
    private static final javafx.scene.input.KeyCombination SIMPAN = new javafx.scene.input.KeyCodeCombination(
            javafx.scene.input.KeyCode.S, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);
    private final RekapViewModel vm;
    private final TabPane lembar = new TabPane();
    /** The status choice as an object property, held here: a bidirectional binding keeps only weak references. */
    private final javafx.beans.property.ObjectProperty<Boolean> usulan;

    public RekapView(RekapViewModel vm) {
        this.vm = vm;
        this.usulan = vm.usulanProperty().asObject();
        getStyleClass().add(Gaya.PAGE);
        setId("rekap-halaman");
        // the margins of the other pages: nothing touches the window's edge at 1280x720
        setPadding(new Insets(20, 24, 12, 24));

        Label judul = new Label(Messages.get("nav.rekap"));
        judul.getStyleClass().add(Styles.TITLE_2);
        Region spasi = new Region();
        HBox.setHgrow(spasi, Priority.ALWAYS);
        HBox atas = new HBox(10, judul, spasi);
        atas.setAlignment(Pos.CENTER_LEFT);
        atas.setPadding(new Insets(0, 0, 10, 0));
        setTop(atas);

        setLeft(opsi());
        lembar.setId("rekap-pratinjau");
        lembar.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // while a recap is read, the old one gives way at once to a clear "preparing" in its place
        ProgressIndicator memuat = new ProgressIndicator();
        memuat.setPrefSize(28, 28);
        Label kosong = new Label(Messages.get("rekap.memuatPratinjau"));
        kosong.setId("rekap-memuat-teks");
        kosong.getStyleClass().add(Styles.TEXT_MUTED);
        VBox menunggu = new VBox(8, memuat, kosong);
        menunggu.setId("rekap-memuat");
        menunggu.setAlignment(Pos.CENTER);
        StackPane tengah = new StackPane(menunggu, lembar);
        menunggu.visibleProperty().bind(vm.memuatProperty().or(Bindings.isEmpty(lembar.getTabs())));
        lembar.visibleProperty().bind(menunggu.visibleProperty().not());
        BorderPane.setMargin(tengah, new Insets(0, 0, 0, 14));
        setCenter(tengah);
        setBottom(aksi());
        vm.pratinjau().addListener((ListChangeListener<RekapViewModel.Pratinjau>) c -> tampilkan());
        vm.mulai();
    }

    private ScrollPane opsi() {
        ComboBox<Jenis> jenis = Formulir.combo("rekap-jenis", "", j -> Messages.get(j.labelKey()));
        jenis.setItems(FXCollections.observableArrayList(Jenis.values()));
        jenis.valueProperty().bindBidirectional(vm.jenisProperty());
        Spinner<Integer> tahun = new Spinner<>(TahunData.PALING_AWAL,
                TahunData.palingAkhir(), vm.tahunProperty().get());
        tahun.setId("rekap-tahun");
        tahun.setEditable(true);
        tahun.getValueFactory().valueProperty().bindBidirectional(vm.tahunProperty());
        ComboBox<Boolean> status = Formulir.combo("rekap-status", "", u -> Messages.get(u ? "rekap.statusSemua" : "rekap.statusVerifikasi"));
        status.setItems(FXCollections.observableArrayList(false, true));
        status.valueProperty().bindBidirectional(usulan);
        ComboBox<Kertas> kertas = Formulir.combo("rekap-kertas", "", k -> Messages.get(k.labelKey()));
        kertas.setItems(FXCollections.observableArrayList(Kertas.values()));
        kertas.valueProperty().bindBidirectional(vm.kertasProperty());
        ComboBox<Penandatangan> ttd = Formulir.combo("rekap-ttd", "", p -> Messages.get(p.labelKey()));
        ttd.setItems(FXCollections.observableArrayList(Penandatangan.values()));
        ttd.valueProperty().bindBidirectional(vm.ttdProperty());
        CheckBox sensitif = new CheckBox(Messages.get("rekap.sembunyikanSensitif"));
        sensitif.setId("rekap-sensitif");
        sensitif.setWrapText(true);
        sensitif.selectedProperty().bindBidirectional(vm.sembunyikanSensitifProperty());
        sensitif.setTooltip(new Tooltip(Messages.get("rekap.sembunyikanSensitifKet")));
        CheckBox samar = new CheckBox(Messages.get("rekap.samarkan"));
        samar.setId("rekap-samarkan");
        samar.setWrapText(true);
        samar.selectedProperty().bindBidirectional(vm.samarkanProperty());
        samar.setTooltip(new Tooltip(Messages.get("rekap.samarkanKet")));
        samar.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.jenisProperty().get() != null && vm.jenisProperty().get().berisiNama(),
                vm.jenisProperty()));
        samar.managedProperty().bind(samar.visibleProperty());
        CheckBox perJenis = new CheckBox(Messages.get("rekap.lembarPerJenis"));
        perJenis.setId("rekap-per-jenis");
        perJenis.selectedProperty().bindBidirectional(vm.lembarPerJenisProperty());
        ComboBox<JenisPmks> filter = Formulir.combo("rekap-filter-jenis", Messages.get("pmks.semuaJenis"), JenisPmks::toString);
        filter.setItems(Formulir.denganSemua(vm.daftarJenisPmks()));
        filter.valueProperty().bindBidirectional(vm.filterJenisProperty());
        CheckBox rincian = new CheckBox(Messages.get("rekap.rincianDesa"));
        rincian.setId("rekap-rincian-desa");
        rincian.selectedProperty().bindBidirectional(vm.rincianDesaProperty());

        var bnba = vm.jenisProperty().isEqualTo(Jenis.BNBA_PMKS);
        VBox bidangFilter = Formulir.bidang(Messages.get("rekap.filterJenis"), filter, null, null, null);
        for (javafx.scene.Node n : List.of(sensitif, perJenis, bidangFilter)) {
            n.visibleProperty().bind(bnba);
            n.managedProperty().bind(bnba);
        }
        perJenis.disableProperty().bind(vm.filterJenisProperty().isNotNull());
        rincian.visibleProperty().bind(vm.jenisProperty().isEqualTo(Jenis.REKAP_PMKS_JENIS));
        rincian.managedProperty().bind(rincian.visibleProperty());
        status.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.jenisProperty().get() == null
                || !vm.jenisProperty().get().pakaiStatus(), vm.jenisProperty()));

        Label templat = new Label();
        templat.setId("rekap-templat");
        templat.setWrapText(true);
        templat.textProperty().bind(Bindings.createStringBinding(() -> vm.namaTemplatProperty().get().isEmpty()
                ? Messages.get("rekap.formatBawaan") : Messages.get("rekap.templatDinas", vm.namaTemplatProperty().get()),
                vm.namaTemplatProperty()));
        CheckBox pakai = new CheckBox(Messages.get("rekap.pakaiTemplat"));
        pakai.setId("rekap-pakai-templat");
        pakai.selectedProperty().bindBidirectional(vm.pakaiTemplatProperty());
        pakai.visibleProperty().bind(vm.namaTemplatProperty().isNotEmpty());
        pakai.managedProperty().bind(pakai.visibleProperty());
        Button pasang = new Button(Messages.get("rekap.pasangTemplat"));
        pasang.setId("rekap-pasang-templat");
        pasang.setOnAction(e -> vm.pasangTemplat());
        Button hapus = new Button(Messages.get("rekap.hapusTemplat"));
        hapus.setId("rekap-hapus-templat");
        hapus.setOnAction(e -> vm.hapusTemplat());
        hapus.visibleProperty().bind(vm.namaTemplatProperty().isNotEmpty());
        hapus.managedProperty().bind(hapus.visibleProperty());
        Label templatJudul = new Label(Messages.get("rekap.formatJudul"));
        templatJudul.getStyleClass().add(Styles.TEXT_BOLD);

        Label kirimJudul = new Label(Messages.get("rekap.kirimJudul"));
        kirimJudul.getStyleClass().add(Styles.TEXT_BOLD);
        Label kirimKet = new Label(Messages.get("rekap.kirimKet"));
        kirimKet.setWrapText(true);
        kirimKet.getStyleClass().add(Styles.TEXT_SMALL);
        Button kirim = new Button(Messages.get("rekap.kirim"));
        kirim.setId("rekap-kirim-dinas");
        kirim.setOnAction(e -> vm.kirimKeDinas());
        kirim.disableProperty().bind(vm.mengeksporProperty());

        VBox box = new VBox(6,
                Formulir.bidang(Messages.get("rekap.jenis"), jenis, null, null, null),
                Formulir.bidang(Messages.get("rekap.tahun"), tahun, null, null, null),
                Formulir.bidang(Messages.get("rekap.status"), status, null, null, null),
                Formulir.bidang(Messages.get("rekap.kertas"), kertas, null, null, null),
                Formulir.bidang(Messages.get("rekap.ttd"), ttd, null, null, null),
                sensitif, samar, perJenis, bidangFilter, rincian, new Region(), templatJudul, templat, pakai, new HBox(6, pasang, hapus),
                new Region(), kirimJudul, kirimKet, kirim);
        box.setPadding(new Insets(0, 12, 0, 0));
        box.setPrefWidth(290);
        ScrollPane sp = new ScrollPane(box);
        sp.setFitToWidth(true);
        sp.setPrefWidth(310);
        sp.getStyleClass().add("edge-to-edge");
        return sp;
    }

    private HBox aksi() {
        Button excel = new Button(Messages.get("rekap.simpanExcel"));
        excel.setId("rekap-simpan-excel");
        excel.getStyleClass().add(Styles.ACCENT);
        // Ctrl+S, not Enter: Enter confirms a typed year without opening a save dialog
        excel.setTooltip(new Tooltip(Messages.get("rekap.simpanPintasan")));
        excel.setOnAction(e -> vm.simpan(Format.XLSX));
        // on the window, not on the page: it works right after Ctrl+5 brought the page up, before any click in it
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(SIMPAN, () -> {
                    if (getParent() != null && isVisible() && !vm.mengeksporProperty().get()) {
                        vm.simpan(Format.XLSX);
                    }
                });
            }
        });
        Button buka = new Button(Messages.get("rekap.buka"));
        buka.setId("rekap-buka");
        buka.setTooltip(new Tooltip(Messages.get("rekap.bukaKet")));
        buka.setOnAction(e -> vm.buka());
        Button pdf = new Button(Messages.get("rekap.simpanPdf"));
        pdf.setId("rekap-simpan-pdf");
        pdf.setOnAction(e -> vm.simpan(Format.PDF));
        for (Button b : List.of(excel, buka, pdf)) {
            b.disableProperty().bind(vm.mengeksporProperty());
            // the buttons keep their words; the message beside them wraps instead
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        ProgressBar bar = new ProgressBar();
        bar.setId("rekap-kemajuan");
        bar.setPrefWidth(220);
        bar.progressProperty().bind(vm.kemajuanProperty());
        bar.visibleProperty().bind(vm.mengeksporProperty());
        Button batal = new Button(Messages.get("rekap.batal"));
        batal.setId("rekap-batal");
        batal.setOnAction(e -> vm.batalkan());
        batal.visibleProperty().bind(vm.mengeksporProperty());
        Label pesan = new Label();
        pesan.setId("rekap-pesan");
        pesan.setWrapText(true);
        pesan.textProperty().bind(vm.pesanProperty());
        HBox.setHgrow(pesan, Priority.ALWAYS);
        pesan.setMaxWidth(Double.MAX_VALUE);
        HBox h = new HBox(10, pesan, bar, batal, pdf, buka, excel);
        h.setAlignment(Pos.CENTER_RIGHT);
        h.setPadding(new Insets(10, 0, 0, 0));
        return h;
    }

    /** One tab per sheet; the selected tab stays selected when the preview is read again. */
    private void tampilkan() {
        int dipilih = Math.max(0, lembar.getSelectionModel().getSelectedIndex());
        List<Tab> tabs = new ArrayList<>();
        for (RekapViewModel.Pratinjau p : vm.pratinjau()) {
            Label ket = new Label(p.lengkap() ? "" : Messages.get("rekap.pratinjauSebagian", RekapViewModel.BATAS_PRATINJAU,
                    p.lembar().perkiraanBaris() < 0 ? "?" : ANGKA.format(p.lembar().perkiraanBaris())));
            ket.getStyleClass().add(Styles.TEXT_MUTED);
            ket.setVisible(!p.lengkap());
            ket.setManaged(!p.lengkap());
            VBox isi = new VBox(4, judul(p.lembar()), tabel(p), ket);
            VBox.setVgrow(isi.getChildren().get(1), Priority.ALWAYS);
            isi.setPadding(new Insets(6, 0, 0, 0));
            Tab t = new Tab(p.lembar().nama(), isi);
            tabs.add(t);
        }
        lembar.getTabs().setAll(tabs);
        if (dipilih < tabs.size()) {
            lembar.getSelectionModel().select(dipilih);
        }
    }

    private static Label judul(Lembar l) {
        Label j = new Label(String.join("\n", l.judul()));
        j.getStyleClass().add(Styles.TEXT_BOLD);
        j.setWrapText(true);
        return j;
    }

    private static TableView<Object[]> tabel(RekapViewModel.Pratinjau p) {
        Lembar l = p.lembar();
        TableView<Object[]> t = new TableView<>();
        t.setId("rekap-tabel-" + l.nama().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT));
        t.getStyleClass().add(Styles.DENSE);
        t.getStyleClass().add("rekap-tabel");
        Map<Integer, TableColumn<Object[], String>> daun = new HashMap<>();
        List<Object[]> baris = new ArrayList<>(p.baris());
        if (p.jumlah() != null) {
            baris.add(p.jumlah());
        }
        for (int i = 0; i < l.kolom().size(); i++) {
            int kol = i;
            TableColumn<Object[], String> c = kolom(l, i);
            // as wide as its widest value among the first rows (a NIK's 16 digits whole), at most 320 px; measured on
            // the FX thread for every sheet of the preview, so over the first 50 rows only
            double isi = lebarTeks(baris.stream().limit(50).map(r -> kol < r.length && r[kol] != null
                    ? r[kol] instanceof Number n ? ANGKA.format(n.longValue()) : r[kol].toString() : ""));
            c.setPrefWidth(Math.min(320, Math.max(c.getPrefWidth(), isi)));
            daun.put(i, c);
        }
        // and as wide as the longest word of its header
        for (Lembar.Kepala k : l.kepala()) {
            double kata = lebarTeks(java.util.Arrays.stream(k.teks().split(" ")).map(w -> w + "  "));
            double ada = 0;
            for (int i = k.kolom(); i < k.kolom() + k.lebar(); i++) {
                ada += daun.get(i).getPrefWidth();
            }
            if (kata > ada) {
                for (int i = k.kolom(); i < k.kolom() + k.lebar(); i++) {
                    daun.get(i).setPrefWidth(daun.get(i).getPrefWidth() + (kata - ada) / k.lebar());
                }
            }
        }
        for (Lembar.Kepala k : l.kepala()) {
            if (k.baris() != 0) {
                continue;
            }
            if (k.tinggi() == 2) {
                TableColumn<Object[], String> c = daun.get(k.kolom());
                judulKolom(c, k.teks(), c.getPrefWidth());
                t.getColumns().add(c);
            } else {
                TableColumn<Object[], String> induk = new TableColumn<>();
                double lebar = 0;
                for (Lembar.Kepala b : l.kepala()) {
                    if (b.baris() == 1 && b.kolom() >= k.kolom() && b.kolom() < k.kolom() + k.lebar()) {
                        TableColumn<Object[], String> c = daun.get(b.kolom());
                        judulKolom(c, b.teks(), c.getPrefWidth());
                        induk.getColumns().add(c);
                        lebar += c.getPrefWidth();
                    }
                }
                judulKolom(induk, k.teks(), lebar);
                t.getColumns().add(induk);
            }
        }
        t.setItems(FXCollections.observableArrayList(baris));
        Object[] jumlah = p.jumlah();
        t.setRowFactory(v -> new TableRow<>() {
            @Override
            protected void updateItem(Object[] item, boolean empty) {
                super.updateItem(item, empty);
                setStyle(item != null && item == jumlah ? "-fx-font-weight: bold;" : "");
            }
        });
        return t;
    }

    /**
     * A column's header broken at spaces into lines that fit {@code lebar} (at most three; a single word is never
     * cut), so "1. Anak Balita Telantar" over its L, P and Jml columns is read whole instead of "1. Anak Balit...".
     */
    private static void judulKolom(TableColumn<Object[], String> c, String teks, double lebar) {
        javafx.scene.text.Text ukur = new javafx.scene.text.Text();
        ukur.setFont(javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(), javafx.scene.text.FontWeight.BOLD,
                UKURAN_TEKS));
        List<String> baris = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        for (String kata : teks.split(" ")) {
            String coba = b.isEmpty() ? kata : b + " " + kata;
            ukur.setText(coba);
            if (!b.isEmpty() && ukur.getLayoutBounds().getWidth() > lebar - 14 && baris.size() < 2) {
                baris.add(b.toString());
                b = new StringBuilder(kata);
            } else {
                b = new StringBuilder(coba);
            }
        }
        baris.add(b.toString());
        c.setText(String.join("\n", baris));
    }

    /** The width the widest of {@code teks} takes in the table's font, plus the cell's padding. */
    private static double lebarTeks(java.util.stream.Stream<String> teks) {
        javafx.scene.text.Text ukur = new javafx.scene.text.Text();
        ukur.setFont(javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(), UKURAN_TEKS));
        double w = 0;
        for (String t : (Iterable<String>) teks::iterator) {
            ukur.setText(t);
            w = Math.max(w, ukur.getLayoutBounds().getWidth());
        }
        return w + 20;
    }

    /** The theme's text size (AtlantaFX: 14 px), which the table's cells and headers use. */
    private static final double UKURAN_TEKS = 14;

    private static TableColumn<Object[], String> kolom(Lembar l, int i) {
        Lembar.Kolom k = l.kolom().get(i);
        TableColumn<Object[], String> c = new TableColumn<>();
        c.setSortable(false);
        c.setPrefWidth(Math.max(46, k.lebar() * 8.2));
        c.setCellValueFactory(d -> {
            Object v = i < d.getValue().length ? d.getValue()[i] : null;
            return new ReadOnlyStringWrapper(v instanceof Number n ? ANGKA.format(n.longValue()) : v == null ? "" : v.toString());
        });
        if (k.rata() != Lembar.Rata.KIRI) {
            String gaya = k.rata() == Lembar.Rata.KANAN ? "-fx-alignment: CENTER-RIGHT;" : "-fx-alignment: CENTER;";
            c.setCellFactory(x -> {
                TableCell<Object[], String> cell = new TableCell<>() {
                    @Override
                    protected void updateItem(String item, boolean empty) {
                        super.updateItem(item, empty);
                        setText(empty ? null : item);
                    }
                };
                cell.setStyle(gaya);
                return cell;
            });
        }
        return c;
    }
}
