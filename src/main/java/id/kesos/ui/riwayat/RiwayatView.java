package id.kesos.ui.riwayat;

import atlantafx.base.theme.Styles;
import id.kesos.core.i18n.Messages;
import id.kesos.core.penduduk.Tanggal;
import id.kesos.core.riwayat.RiwayatService;
import id.kesos.core.riwayat.RiwayatService.Isian;
import id.kesos.core.riwayat.RiwayatService.Perubahan;
import id.kesos.ui.Formulir;
import id.kesos.ui.Gaya;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * "Riwayat perubahan": who changed what and when, and which name lists and backups left the program. Filters
 * above, the changes newest first, and below them the chosen change's fields: before and after side by side,
 * the changed ones in bold.
 */
public final class RiwayatView extends BorderPane {
    private static final DateTimeFormatter WAKTU = DateTimeFormatter.ofPattern("dd-MM-yyyy HH.mm");
    private final RiwayatViewModel vm;
    private final TableView<Perubahan> tabel = new TableView<>();
    private final TableView<Isian> rincian = new TableView<>();

    public RiwayatView(RiwayatViewModel vm) {
        this.vm = vm;
        getStyleClass().add(Gaya.PAGE);
        setId("riwayat-halaman");

        Label judul = new Label(Messages.get("riwayat.judul"));
        judul.getStyleClass().add(Styles.TITLE_2);
        ProgressIndicator sibuk = new ProgressIndicator();
        sibuk.setPrefSize(20, 20);
        sibuk.visibleProperty().bind(vm.sibukProperty());
        Button muatUlang = new Button(Messages.get("pmks.muatUlang"));
        muatUlang.setId("riwayat-muat-ulang");
        muatUlang.setOnAction(e -> vm.buka());
        Region spasi = new Region();
        HBox.setHgrow(spasi, Priority.ALWAYS);
        Button reset = new Button(Messages.get("pmks.reset"));
        reset.setId("riwayat-reset");
        reset.setOnAction(e -> vm.reset());
        HBox baris1 = new HBox(10, judul, spasi, sibuk, reset, muatUlang);
        baris1.setAlignment(Pos.CENTER_LEFT);
        Label penjelasan = new Label(Messages.get("riwayat.penjelasan"));
        penjelasan.setWrapText(true);
        penjelasan.getStyleClass().add(Styles.TEXT_MUTED);

        ComboBox<String> pengguna = Formulir.combo("riwayat-pengguna", Messages.get("riwayat.semuaPengguna"), s -> s);
        pengguna.setItems(Formulir.denganSemua(vm.daftarPengguna()));
        pengguna.valueProperty().bindBidirectional(vm.penggunaProperty());
        DatePicker dari = tanggal("riwayat-dari", Messages.get("riwayat.dari"));
        dari.valueProperty().bindBidirectional(vm.dariProperty());
        DatePicker sampai = tanggal("riwayat-sampai", Messages.get("riwayat.sampai"));
        sampai.valueProperty().bindBidirectional(vm.sampaiProperty());
        ComboBox<RiwayatService.Register> register = Formulir.combo("riwayat-register", Messages.get("riwayat.semuaBagian"),
                RiwayatService.Register::label);
        register.getItems().add(null);
        register.getItems().addAll(RiwayatService.Register.values());
        register.valueProperty().bindBidirectional(vm.registerProperty());
        TextField nik = new TextField();
        nik.setId("riwayat-nik");
        nik.setPromptText(Messages.get("riwayat.nikPetunjuk"));
        nik.setPrefColumnCount(15);
        nik.textProperty().bindBidirectional(vm.nikProperty());
        nik.setOnAction(e -> vm.muat());
        nik.setTooltip(new Tooltip(Messages.get("riwayat.nikKet")));
        pengguna.setPrefWidth(190);
        register.setPrefWidth(200);
        FlowPane filter = new FlowPane(8, 8, pengguna, dari, sampai, register, nik);
        Label galat = new Label();
        galat.setId("riwayat-galat");
        galat.getStyleClass().add(Styles.DANGER);
        galat.textProperty().bind(vm.galatFilterProperty());
        galat.managedProperty().bind(galat.textProperty().isNotEmpty());
        galat.visibleProperty().bind(galat.managedProperty());

        VBox atas = new VBox(10, baris1, penjelasan, filter, galat);
        atas.setPadding(new Insets(20, 24, 10, 24));
        setTop(atas);

        bangunTabel();
        bangunRincian();
        SplitPane tengah = new SplitPane(tabel, rincian);
        tengah.setOrientation(Orientation.VERTICAL);
        tengah.setDividerPositions(0.58);
        VBox bungkus = new VBox(tengah);
        VBox.setVgrow(tengah, Priority.ALWAYS);
        bungkus.setPadding(new Insets(0, 24, 0, 24));
        setCenter(bungkus);

        Label ringkasan = new Label();
        ringkasan.setId("riwayat-ringkasan");
        ringkasan.textProperty().bind(vm.ringkasanProperty());
        Button sebelumnya = new Button(Messages.get("pmks.sebelumnya"));
        sebelumnya.setId("riwayat-sebelumnya");
        sebelumnya.disableProperty().bind(vm.adaSebelumnyaProperty().not());
        sebelumnya.setOnAction(e -> vm.sebelumnya());
        Button berikutnya = new Button(Messages.get("pmks.berikutnya"));
        berikutnya.setId("riwayat-berikutnya");
        berikutnya.disableProperty().bind(vm.adaBerikutnyaProperty().not());
        berikutnya.setOnAction(e -> vm.berikutnya());
        Region s2 = new Region();
        HBox.setHgrow(s2, Priority.ALWAYS);
        HBox bawah = new HBox(10, ringkasan, s2, sebelumnya, berikutnya);
        bawah.setAlignment(Pos.CENTER_LEFT);
        bawah.setPadding(new Insets(8, 24, 12, 24));
        setBottom(bawah);

        // back on the page: what others (or this window's other pages) changed meanwhile shows at once
        parentProperty().addListener((o, a, b) -> {
            if (b != null && a == null && !vm.baris().isEmpty()) {
                vm.muat();
            }
        });
        vm.buka();
    }

    private static DatePicker tanggal(String id, String petunjuk) {
        DatePicker d = new DatePicker();
        d.setId(id);
        d.setPromptText(petunjuk);
        d.setPrefWidth(170);
        d.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate t) {
                return t == null ? "" : Tanggal.format(t);
            }

            @Override
            public LocalDate fromString(String s) {
                return s == null || s.isBlank() ? null : Tanggal.parse(s).orElse(null);
            }
        });
        return d;
    }

    private void bangunTabel() {
        tabel.setId("riwayat-tabel");
        tabel.setItems(vm.baris());
        tabel.setPlaceholder(new Label(Messages.get("riwayat.kosong")));
        tabel.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tabel.getColumns().add(kolom("riwayat.kolomWaktu", 150, p -> p.waktu().atZoneSameInstant(ZoneId.systemDefault()).format(WAKTU)));
        tabel.getColumns().add(kolom("riwayat.kolomPengguna", 100, Perubahan::pengguna));
        tabel.getColumns().add(kolom("riwayat.kolomBagian", 180, p -> p.register() == null ? p.tabel() : p.register().label()));
        tabel.getColumns().add(kolom("riwayat.kolomAksi", 100, RiwayatView::aksi));
        tabel.getColumns().add(kolom("riwayat.kolomData", 220, Perubahan::subjek));
        tabel.getColumns().add(kolom("riwayat.kolomPerubahan", 300, Perubahan::ringkasan));
        tabel.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.terpilihProperty().set(b);
            }
        });
        vm.terpilihProperty().addListener((o, a, b) -> {
            if (b != null && tabel.getSelectionModel().getSelectedItem() != b) {
                tabel.getSelectionModel().select(b);
            }
            rincian.setItems(b == null ? FXCollections.observableArrayList() : isian(b));
        });
    }

    /** The chosen change's fields: for a change every field, the changed ones first; for an addition what was given. */
    private static ObservableList<Isian> isian(Perubahan p) {
        List<Isian> berubah = p.yangBerubah();
        ObservableList<Isian> out = FXCollections.observableArrayList(berubah);
        if (p.aksi() == id.kesos.core.audit.AuditLog.Aksi.UBAH) {
            p.isian().stream().filter(i -> !i.berubah() && (i.lama() != null || i.baru() != null)).forEach(out::add);
        }
        return out;
    }

    private void bangunRincian() {
        rincian.setId("riwayat-rincian");
        rincian.setPlaceholder(new Label(Messages.get("riwayat.pilihPerubahan")));
        rincian.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Isian, String> kolom = new TableColumn<>(Messages.get("riwayat.kolomIsian"));
        kolom.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().kolom()));
        kolom.setPrefWidth(220);
        TableColumn<Isian, String> lama = new TableColumn<>(Messages.get("riwayat.kolomLama"));
        lama.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().lama()));
        lama.setPrefWidth(330);
        TableColumn<Isian, String> baru = new TableColumn<>(Messages.get("riwayat.kolomBaru"));
        baru.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().baru()));
        baru.setPrefWidth(330);
        for (TableColumn<Isian, String> c : List.of(lama, baru)) {
            c.setCellFactory(x -> new TableCell<>() {
                @Override
                protected void updateItem(String s, boolean empty) {
                    super.updateItem(s, empty);
                    setText(empty || s == null ? "" : s);
                    setTooltip(empty || s == null || s.length() < 40 ? null : new Tooltip(s));
                }
            });
        }
        rincian.getColumns().addAll(List.of(kolom, lama, baru));
        rincian.setRowFactory(x -> new TableRow<>() {
            @Override
            protected void updateItem(Isian i, boolean empty) {
                super.updateItem(i, empty);
                setStyle(!empty && i != null && i.berubah() ? "-fx-font-weight: bold;" : "");
            }
        });
    }

    static String aksi(Perubahan p) {
        return Messages.get(switch (p.aksi()) {
            case TAMBAH -> "riwayat.aksiTambah";
            case UBAH -> "riwayat.aksiUbah";
            case HAPUS -> "riwayat.aksiHapus";
            case EKSPOR -> "riwayat.aksiEkspor";
        });
    }

    private static TableColumn<Perubahan, String> kolom(String key, double lebar, Function<Perubahan, String> nilai) {
        TableColumn<Perubahan, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(nilai.apply(d.getValue())));
        c.setPrefWidth(lebar);
        return c;
    }
}
