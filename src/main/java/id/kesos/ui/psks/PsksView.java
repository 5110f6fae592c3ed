package id.kesos.ui.psks;

import atlantafx.base.theme.Styles;
import id.kesos.core.i18n.Messages;
import id.kesos.core.psks.BarisPsks;
import id.kesos.core.psks.Bentuk;
import id.kesos.core.psks.JenisPsks;
import id.kesos.core.psks.Legalitas;
import id.kesos.core.wilayah.Wilayah;
import id.kesos.ui.Formulir;
import id.kesos.ui.Gaya;
import id.kesos.ui.BagianRegister;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The PSKS page: search as you type, filters, the list; Enter or double-click opens a record, Ctrl+N adds one. */
public final class PsksView extends BorderPane {
    private final PsksViewModel vm;
    private final TextField cari = new TextField();
    private final TableView<BarisPsks> tabel = new TableView<>();

    public PsksView(PsksViewModel vm) {
        this.vm = vm;
        getStyleClass().add(Gaya.PAGE);
        setId("psks-halaman");

        Label judul = new Label(Messages.get("psks.judul"));
        judul.getStyleClass().add(Styles.TITLE_2);
        cari.setId("psks-cari");
        cari.setPromptText(Messages.get("psks.cariPetunjuk"));
        cari.setPrefColumnCount(24);
        BagianRegister.kolomCari(cari, vm.teksProperty(), tabel, vm::muat);
        Button tambah = new Button(Messages.get("psks.tambah"));
        tambah.setId("psks-tambah");
        tambah.getStyleClass().add(Styles.ACCENT);
        tambah.setTooltip(new Tooltip(Messages.get("pmks.tambahPintasan")));
        tambah.setOnAction(e -> buka(null));
        Button jenisLain = new Button(Messages.get("psks.tambahJenis"));
        jenisLain.setId("psks-tambah-jenis");
        jenisLain.setOnAction(e -> dialogJenis());
        Button muatUlang = new Button(Messages.get("pmks.muatUlang"));
        muatUlang.setOnAction(e -> vm.muat());
        ProgressIndicator sibuk = new ProgressIndicator();
        sibuk.setPrefSize(20, 20);
        sibuk.visibleProperty().bind(vm.sibukProperty());
        Region spasi = new Region();
        HBox.setHgrow(spasi, Priority.ALWAYS);
        HBox baris1 = new HBox(10, judul, spasi, sibuk, muatUlang, jenisLain, tambah);
        baris1.setAlignment(Pos.CENTER_LEFT);

        ComboBox<JenisPsks> jenis = Formulir.combo("psks-filter-jenis", Messages.get("psks.semuaJenis"), PsksDialog::jenis);
        jenis.setItems(Formulir.denganSemua(vm.daftarJenis()));
        jenis.valueProperty().bindBidirectional(vm.jenisProperty());
        jenis.setPrefWidth(280);
        ComboBox<Wilayah> desa = Formulir.combo("psks-filter-desa", Messages.get("pmks.semuaDesa"), Wilayah::nama);
        desa.setItems(Formulir.denganSemua(vm.pilihanDesa()));
        desa.valueProperty().bindBidirectional(vm.desaProperty());
        ComboBox<Boolean> aktif = Formulir.combo("psks-filter-aktif", Messages.get("psks.semuaStatus"),
                b -> Messages.get(b ? "psks.hanyaAktif" : "psks.hanyaNonaktif"));
        aktif.getItems().addAll(null, true, false);
        aktif.valueProperty().bindBidirectional(vm.aktifProperty());
        ComboBox<Legalitas> legalitas = Formulir.combo("psks-filter-legalitas", Messages.get("psks.semuaLegalitas"),
                l -> Messages.get(l.labelKey()));
        legalitas.getItems().add(null);
        legalitas.getItems().addAll(Legalitas.values());
        legalitas.valueProperty().bindBidirectional(vm.legalitasProperty());
        Button reset = new Button(Messages.get("pmks.reset"));
        reset.setOnAction(e -> vm.reset());
        FlowPane filter = new FlowPane(8, 8, cari, jenis, desa, aktif, legalitas, reset);

        VBox atas = new VBox(10, baris1, filter);
        atas.setPadding(new Insets(20, 24, 10, 24));
        setTop(atas);

        bangunTabel();
        VBox tengah = new VBox(tabel);
        VBox.setVgrow(tabel, Priority.ALWAYS);
        tengah.setPadding(new Insets(0, 24, 0, 24));
        setCenter(tengah);

        Label ringkasan = new Label();
        ringkasan.setId("psks-ringkasan");
        ringkasan.textProperty().bind(vm.ringkasanProperty());
        HBox bawah = new HBox(10, ringkasan);
        bawah.setAlignment(Pos.CENTER_LEFT);
        bawah.setPadding(new Insets(8, 24, 12, 24));
        setBottom(bawah);

        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), () -> {
                    if (getParent() != null && isVisible()) {
                        buka(null);
                    }
                });
            }
        });
        vm.buka();
    }

    private void bangunTabel() {
        tabel.setId("psks-tabel");
        tabel.setItems(vm.baris());
        tabel.setPlaceholder(new Label(Messages.get("psks.kosong")));
        tabel.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tabel.getColumns().add(kolom("psks.kolomJenis", 80, BarisPsks::jenisSingkatan));
        tabel.getColumns().add(kolom("psks.kolomNama", 230, BarisPsks::nama));
        tabel.getColumns().add(kolom("pmks.kolomNik", 170, b -> b.nik() == null ? "" : b.nik()));
        tabel.getColumns().add(kolom("pmks.kolomJk", 45, b -> b.jk() == null ? "" : b.jk().name()));
        tabel.getColumns().add(kolom("pmks.kolomDesa", 130, b -> b.desaKode() == null ? Messages.get("psks.tingkatKecamatan") : b.desaNama()));
        tabel.getColumns().add(kolom("psks.kolomTelepon", 135, b -> b.telepon() == null ? "" : b.telepon()));
        tabel.getColumns().add(kolom("psks.kolomLegalitas", 140, b -> Messages.get(b.legalitas().labelKey())));
        tabel.getColumns().add(kolom("pmks.kolomStatus", 90, b -> Messages.get(b.aktif() ? "psks.aktif" : "psks.kolomNonaktif")));
        // an inactive pillar stays listed, greyed
        BagianRegister.bukaBaris(tabel, () -> new TableRow<>() {
            @Override
            protected void updateItem(BarisPsks item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("nonaktif"), !empty && item != null && !item.aktif());
            }
        }, b -> buka(b.id()));
    }

    private static TableColumn<BarisPsks, String> kolom(String key, double lebar, Function<BarisPsks, String> nilai) {
        TableColumn<BarisPsks, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(nilai.apply(d.getValue())));
        c.setPrefWidth(lebar);
        return c;
    }

    /** Opens a record, or (id null) a new one of the type chosen in the filter, if any. */
    public void buka(Long id) {
        new PsksDialog(vm.form(), getScene() == null ? null : getScene().getWindow(), vm.daftarJenis()).tampilkan(id, vm.jenisProperty().get());
    }

    /** A "pilar lain" type: name, abbreviation, form. Stays open until saved. */
    private void dialogJenis() {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(getScene().getWindow());
        d.setTitle(Messages.get("psks.tambahJenis"));
        d.setHeaderText(Messages.get("psks.tambahJenisPenjelasan"));
        TextField nama = new TextField();
        nama.setId("jenis-psks-nama");
        nama.setPromptText(Messages.get("psks.contohJenis"));
        TextField singkatan = new TextField();
        singkatan.setId("jenis-psks-singkatan");
        ComboBox<Bentuk> bentuk = Formulir.combo("jenis-psks-bentuk", "", b -> Messages.get(b.labelKey()));
        bentuk.getItems().addAll(Bentuk.values());
        bentuk.setValue(Bentuk.PERSEORANGAN);
        StringProperty galat = new SimpleStringProperty("");
        VBox isi = new VBox(6, Formulir.bidang(Messages.get("psks.jenisNama"), nama, null, null, null),
                Formulir.bidang(Messages.get("psks.jenisSingkatan"), singkatan, null, null, null),
                Formulir.bidang(Messages.get("psks.bentuk"), bentuk, null, null, null), Formulir.galatLabel(galat, "galat-jenis-psks"));
        isi.setPrefWidth(440);
        d.getDialogPane().setContent(isi);
        ButtonType ok = new ButtonType(Messages.get("pmks.simpan"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(Messages.get("tombol.batal"), ButtonBar.ButtonData.CANCEL_CLOSE));
        BagianRegister.tetapTerbuka(d, ok, "jenis-psks-simpan",
                () -> vm.tambahJenis(nama.getText(), singkatan.getText(), bentuk.getValue(), d::close, galat::set));
        d.show();
        javafx.application.Platform.runLater(nama::requestFocus);
    }
}
