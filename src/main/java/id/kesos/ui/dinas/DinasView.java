package id.kesos.ui.dinas;

import atlantafx.base.theme.Styles;
import id.kesos.core.AppInfo;
import id.kesos.core.dinas.DinasService;
import id.kesos.core.dinas.ProfilDinas;
import id.kesos.core.dinas.RekapKabupaten;
import id.kesos.core.i18n.Messages;
import id.kesos.core.rekap.RekapService;
import id.kesos.core.validasi.NipValidator;
import id.kesos.core.validasi.TahunData;
import id.kesos.ui.Formulir;
import id.kesos.ui.Gaya;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The window of a Dinas Sosial (Dinas mode): Beranda, Paket masuk (receiving files or a folder, and the status board of
 * the kabupaten's kecamatan), Rekap kabupaten, Ganda and Pengaturan, at Ctrl+1 ... Ctrl+5.
 */
public final class DinasView extends BorderPane {
    /** The pages, in navigation order. */
    enum Halaman {
        BERANDA("nav.beranda", KeyCode.DIGIT1), PAKET("nav.paketMasuk", KeyCode.DIGIT2), REKAP("nav.rekapKabupaten", KeyCode.DIGIT3),
        GANDA("nav.ganda", KeyCode.DIGIT4), PENGATURAN("nav.pengaturan", KeyCode.DIGIT5);

        final String labelKey;
        final KeyCode pintasan;

        Halaman(String labelKey, KeyCode pintasan) {
            this.labelKey = labelKey;
            this.pintasan = pintasan;
        }
    }

    private static final DateTimeFormatter TGL = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    private final DinasViewModel vm;
    private final ProfilDinas profil;
    private final Map<Halaman, Node> halaman = new EnumMap<>(Halaman.class);
    private final Map<Halaman, ToggleButton> tombol = new EnumMap<>(Halaman.class);

    public DinasView(DinasViewModel vm, ProfilDinas profil) {
        this.vm = vm;
        this.profil = profil;
        Label judul = new Label(AppInfo.NAME);
        judul.getStyleClass().add(Gaya.APP_TITLE);
        Label mode = new Label(vm.judul());
        mode.setId("dinas-mode");
        mode.setWrapText(true);
        mode.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox sidebar = new VBox(4, judul, mode);
        sidebar.getStyleClass().add(Gaya.SIDEBAR);
        sidebar.setPadding(new Insets(16, 10, 16, 10));
        sidebar.setPrefWidth(210);
        Region spasi = new Region();
        spasi.setPrefHeight(12);
        sidebar.getChildren().add(spasi);
        ToggleGroup group = new ToggleGroup();
        for (Halaman h : Halaman.values()) {
            ToggleButton b = new ToggleButton(Messages.get(h.labelKey));
            b.setId("dinas-nav-" + h.name().toLowerCase(Locale.ROOT));
            b.getStyleClass().add(Gaya.NAV);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setToggleGroup(group);
            b.setOnAction(e -> tampilkan(h));
            tombol.put(h, b);
            sidebar.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null && a != null) {
                a.setSelected(true);
            }
        });
        setLeft(sidebar);
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                for (Halaman h : Halaman.values()) {
                    scene.getAccelerators().put(new KeyCodeCombination(h.pintasan, KeyCombination.SHORTCUT_DOWN), () -> tampilkan(h));
                }
            }
        });
        tampilkan(Halaman.BERANDA);
        vm.muat();
    }

    void tampilkan(Halaman h) {
        tombol.get(h).setSelected(true);
        setCenter(halaman.computeIfAbsent(h, this::buat));
    }

    private Node buat(Halaman h) {
        return switch (h) {
            case BERANDA -> beranda();
            case PAKET -> paket();
            case REKAP -> rekap();
            case GANDA -> ganda();
            case PENGATURAN -> pengaturan();
        };
    }

    private static VBox halaman(String judul, Node... isi) {
        Label j = new Label(judul);
        j.getStyleClass().add(Styles.TITLE_3);
        VBox box = new VBox(12, j);
        box.getChildren().addAll(isi);
        box.getStyleClass().add(Gaya.PAGE);
        box.setPadding(new Insets(20, 24, 20, 24));
        return box;
    }

    private Spinner<Integer> tahun(String id) {
        Spinner<Integer> s = new Spinner<>(TahunData.PALING_AWAL, TahunData.palingAkhir(), vm.tahunProperty().get());
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(110);
        s.getValueFactory().valueProperty().bindBidirectional(vm.tahunProperty());
        return s;
    }

    private Node beranda() {
        Label ringkasan = new Label();
        ringkasan.setId("dinas-ringkasan");
        ringkasan.getStyleClass().add(Gaya.ANGKA_BESAR);
        ringkasan.setWrapText(true);
        ringkasan.textProperty().bind(vm.ringkasanProperty());
        Label ket = new Label(Messages.get("dinas.berandaKet"));
        ket.setWrapText(true);
        return halaman(vm.judul(), Formulir.bidang(Messages.get("rekap.tahun"), tahun("dinas-beranda-tahun"), null, null, null), ringkasan, ket);
    }

    private Node paket() {
        Button berkas = new Button(Messages.get("dinas.terimaBerkas"));
        berkas.setId("dinas-terima-berkas");
        berkas.getStyleClass().add(Styles.ACCENT);
        berkas.setOnAction(e -> vm.terimaBerkas());
        Button folder = new Button(Messages.get("dinas.terimaFolder"));
        folder.setId("dinas-terima-folder");
        folder.setOnAction(e -> vm.terimaFolder());
        berkas.disableProperty().bind(vm.sibukProperty());
        folder.disableProperty().bind(vm.sibukProperty());
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(vm.kemajuanProperty());
        bar.visibleProperty().bind(vm.sibukProperty());
        Label pesan = new Label();
        pesan.setId("dinas-pesan");
        pesan.setWrapText(true);
        pesan.textProperty().bind(vm.pesanProperty());
        ListView<String> hasil = new ListView<>(vm.hasil());
        hasil.setId("dinas-hasil");
        hasil.setPrefHeight(110);

        TableView<DinasService.StatusKecamatan> t = new TableView<>(vm.status());
        t.setId("dinas-status");
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.getColumns().addAll(List.of(
                kolom(Messages.get("dinas.kolom.kode"), 80, s -> s.kecamatan().kode()),
                kolom(Messages.get("dinas.kolom.kecamatan"), 150, s -> s.kecamatan().nama()),
                kolom(Messages.get("dinas.kolom.status"), 110, s -> Messages.get(s.terkirim() ? "dinas.terkirim" : "dinas.belumKirim")),
                kolom(Messages.get("dinas.kolom.tanggal"), 130, s -> s.terkirim() ? TGL.format(s.paket().dibuat()
                        .atZoneSameInstant(java.time.ZoneId.systemDefault())) : ""),
                kolom(Messages.get("dinas.kolom.dasar"), 120, s -> s.terkirim() ? Messages.get(s.paket().status().equals("semua")
                        ? "rekap.statusSemua" : "rekap.statusVerifikasi") : ""),
                kolom(Messages.get("dinas.kolom.entri"), 70, s -> s.terkirim() ? String.format(Locale.ROOT, "%,d", s.paket().entri()).replace(',', '.') : ""),
                kolom(Messages.get("dinas.kolom.orang"), 70, s -> s.terkirim() ? String.format(Locale.ROOT, "%,d", s.paket().orang()).replace(',', '.') : "")));
        t.setRowFactory(v -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(DinasService.StatusKecamatan s, boolean kosong) {
                super.updateItem(s, kosong);
                getStyleClass().remove("dinas-belum");
                if (!kosong && s != null && !s.terkirim()) {
                    getStyleClass().add("dinas-belum");
                }
            }
        });
        VBox.setVgrow(t, Priority.ALWAYS);
        Label ringkasan = new Label();
        ringkasan.setId("dinas-status-ringkasan");
        ringkasan.textProperty().bind(vm.ringkasanProperty());
        HBox aksi = new HBox(8, berkas, folder, bar);
        HBox atas = new HBox(8, new Label(Messages.get("rekap.tahun")), tahun("dinas-tahun"), ringkasan);
        atas.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label ket = new Label(Messages.get("dinas.paketKet"));
        ket.setWrapText(true);
        return halaman(Messages.get("nav.paketMasuk"), ket, aksi, pesan, hasil, atas, t);
    }

    private static <S> TableColumn<S, String> kolom(String judul, double lebar, Function<S, String> nilai) {
        TableColumn<S, String> c = new TableColumn<>(judul);
        c.setPrefWidth(lebar);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(nilai.apply(d.getValue())));
        return c;
    }

    private Node rekap() {
        ComboBox<RekapKabupaten.Jenis> jenis = Formulir.combo("dinas-rekap-jenis", "", j -> Messages.get(j.labelKey()));
        jenis.setItems(FXCollections.observableArrayList(RekapKabupaten.Jenis.values()));
        jenis.valueProperty().bindBidirectional(vm.jenisProperty());
        jenis.setPrefWidth(320);
        Button excel = new Button(Messages.get("rekap.simpanExcel"));
        excel.setId("dinas-simpan-excel");
        excel.getStyleClass().add(Styles.ACCENT);
        excel.setOnAction(e -> vm.simpanRekap(RekapService.Format.XLSX));
        Button pdf = new Button(Messages.get("rekap.simpanPdf"));
        pdf.setId("dinas-simpan-pdf");
        pdf.setOnAction(e -> vm.simpanRekap(RekapService.Format.PDF));
        excel.disableProperty().bind(vm.sibukProperty());
        pdf.disableProperty().bind(vm.sibukProperty());
        Label pesan = new Label();
        pesan.setId("dinas-rekap-pesan");
        pesan.setWrapText(true);
        pesan.textProperty().bind(vm.pesanProperty());
        Label ket = new Label(Messages.get("dinas.rekapKet"));
        ket.setWrapText(true);
        return halaman(Messages.get("nav.rekapKabupaten"), ket, Formulir.bidang(Messages.get("rekap.jenis"), jenis, null, null, null),
                Formulir.bidang(Messages.get("rekap.tahun"), tahun("dinas-rekap-tahun"), null, null, null), new HBox(8, excel, pdf), pesan);
    }

    private Node ganda() {
        TableView<String[]> t = new TableView<>(vm.ganda());
        t.setId("dinas-ganda");
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        String[] judul = {"dinas.kolom.no", "dinas.kolom.dasar", "dinas.kolom.nik", "dinas.kolom.nama", "dinas.kolom.lahir", null,
            "dinas.kolom.kecamatan", "dinas.kolom.desa", "dinas.kolom.jenis"};
        double[] lebar = {40, 150, 150, 170, 90, 0, 120, 120, 160};
        for (int i = 0; i < judul.length; i++) {
            if (judul[i] != null) {
                int k = i;
                t.getColumns().add(kolom(Messages.get(judul[i]), lebar[i], r -> r[k]));
            }
        }
        VBox.setVgrow(t, Priority.ALWAYS);
        Label pesan = new Label();
        pesan.setId("dinas-ganda-pesan");
        pesan.setWrapText(true);
        pesan.textProperty().bind(vm.pesanGandaProperty());
        Button simpan = new Button(Messages.get("dinas.simpanGanda"));
        simpan.setId("dinas-simpan-ganda");
        simpan.setOnAction(e -> vm.simpanGanda());
        HBox atas = new HBox(8, new Label(Messages.get("rekap.tahun")), tahun("dinas-ganda-tahun"), simpan);
        atas.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label ket = new Label(Messages.get("dinas.gandaKet"));
        ket.setWrapText(true);
        return halaman(Messages.get("nav.ganda"), ket, atas, pesan, t);
    }

    private Node pengaturan() {
        var d = profil.dinas();
        Label isi = new Label(Messages.get("dinas.profil", profil.kabupaten().nama(), profil.provinsi().nama(), d.namaKepala(),
                NipValidator.tampil(d.nipKepala()), d.pangkatKepala() == null ? "-" : d.pangkatKepala(), profil.kecamatan().size()));
        isi.setId("dinas-profil");
        isi.setWrapText(true);
        Label ket = new Label(Messages.get("dinas.pengaturanKet"));
        ket.setWrapText(true);
        return halaman(Messages.get("nav.pengaturan"), isi, ket);
    }
}
