package id.kesos.ui.psks;

import atlantafx.base.theme.Styles;
import id.kesos.core.AppInfo;
import id.kesos.core.i18n.Messages;
import id.kesos.core.penduduk.JenisKelamin;
import id.kesos.core.penduduk.Tanggal;
import id.kesos.core.psks.Bentuk;
import id.kesos.core.psks.DetailPsks;
import id.kesos.core.psks.JenisPsks;
import id.kesos.core.psks.Klasifikasi;
import id.kesos.core.psks.Legalitas;
import id.kesos.core.psks.Pendampingan;
import id.kesos.core.psks.Pendidikan;
import id.kesos.core.psks.Psks;
import id.kesos.core.psks.Psks.Field;
import id.kesos.core.wilayah.Wilayah;
import id.kesos.ui.Formulir;
import id.kesos.ui.BagianRegister;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A PSKS record's window: the type, then the form of its kind (person, family, institution,
 * business), the person's other registers, deactivation. Same conventions as the PMKS person
 * window: a message under each field as it is left, warnings to accept, Esc closes, Ctrl+S saves.
 */
public final class PsksDialog {
    private final PsksFormViewModel vm;
    private final Window owner;
    private final ObservableList<JenisPsks> jenis;
    private final Stage stage = new Stage();

    public PsksDialog(PsksFormViewModel vm, Window owner, ObservableList<JenisPsks> jenis) {
        this.vm = vm;
        this.owner = owner;
        this.jenis = jenis;
    }

    /** Opens a stored record, or (id null) a new one of type {@code awal}. */
    public void tampilkan(Long id, JenisPsks awal) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Messages.get(id == null ? "psks.tambahJudul" : "psks.detailJudul") + " \u2013 " + AppInfo.NAME);

        Label judul = new Label();
        judul.setId("psks-judul");
        judul.getStyleClass().add(Styles.TITLE_3);
        judul.textProperty().bind(Bindings.createStringBinding(() -> vm.detailProperty().get() == null
                ? Messages.get("psks.tambahJudul") : vm.detailProperty().get().psks().namaTampil(), vm.detailProperty()));
        Label keterangan = new Label();
        keterangan.setId("psks-keterangan");
        keterangan.setWrapText(true);
        keterangan.textProperty().bind(Bindings.createStringBinding(() -> keterangan(vm.detailProperty().get()), vm.detailProperty()));
        keterangan.visibleProperty().bind(keterangan.textProperty().isNotEmpty());
        keterangan.managedProperty().bind(keterangan.visibleProperty());
        Label info = new Label();
        info.setId("psks-info");
        info.setWrapText(true);
        info.getStyleClass().add(Styles.ACCENT);
        info.textProperty().bind(vm.infoProperty());
        info.visibleProperty().bind(info.textProperty().isNotEmpty());
        info.managedProperty().bind(info.visibleProperty());

        ComboBox<JenisPsks> j = Formulir.combo("psks-jenis", "", PsksDialog::jenis);
        j.setItems(jenis);
        j.valueProperty().bindBidirectional(vm.jenisProperty());
        vm.detailProperty().addListener((o, a, d) -> {
            // a stored record keeps its form: only types of the same form are offered
            if (d != null) {
                j.setItems(jenis.filtered(x -> x.bentuk() == d.jenis().bentuk()));
            }
        });
        j.setPromptText(Messages.get("psks.pilihJenis"));
        Label petunjuk = new Label(Messages.get("psks.pilihJenisPetunjuk"));
        petunjuk.setWrapText(true);
        petunjuk.getStyleClass().add(Styles.TEXT_MUTED);
        petunjuk.visibleProperty().bind(vm.bentukProperty().isNull());
        petunjuk.managedProperty().bind(petunjuk.visibleProperty());
        GridPane atas = Formulir.grid3();
        atas.add(Formulir.bidang(Messages.get(Field.JENIS.labelKey()), j, vm.galat(Field.JENIS), "galat-psks-jenis", null), 0, 0, 2, 1);

        VBox isi = new VBox(10, judul, keterangan, info, atas, petunjuk, bagianOrang(), bagianKeluarga(), bagianLembaga(), bagianUsaha(),
                catatan());
        isi.setPadding(new Insets(16, 20, 16, 20));
        ScrollPane scroll = Formulir.ikutiFokus(new ScrollPane(isi));
        scroll.setFitToWidth(true);

        BorderPane akar = new BorderPane(scroll);
        akar.setTop(BagianRegister.kotak(vm.peringatan(), "psks", vm::terimaPeringatan, vm::tutupPeringatan));
        akar.setBottom(tombol());
        Scene scene = new Scene(akar, 980, 700);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> vm.simpan(false));
        stage.setScene(scene);
        stage.show();
        if (id != null) {
            // the first field of the record's form, once it is loaded
            vm.detailProperty().addListener(new javafx.beans.value.ChangeListener<DetailPsks>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends DetailPsks> o, DetailPsks a, DetailPsks d) {
                    vm.detailProperty().removeListener(this);
                    Platform.runLater(() -> scene.lookup(fokusPertama()).requestFocus());
                }
            });
            vm.muat(id);
        } else {
            vm.baru(awal);
        }
        if (id == null) {
            Platform.runLater(() -> (awal == null ? j : scene.lookup(fokusPertama())).requestFocus());
        }
    }

    private String fokusPertama() {
        Bentuk b = vm.bentukProperty().get();
        return b == null || b == Bentuk.PERSEORANGAN ? "#psks-orang-nik" : "#psks-" + awalan(b) + "-nama";
    }

    private static String awalan(Bentuk b) {
        return switch (b) {
            case PERSEORANGAN -> "orang";
            case KELUARGA -> "keluarga";
            case LEMBAGA -> "lembaga";
            case BADAN_USAHA -> "usaha";
        };
    }

    public static String jenis(JenisPsks j) {
        return (j.resmi() ? j.nomor() + ". " : "") + j.nama() + " (" + j.singkatan() + ")" + (j.resmi() ? ""
                : " \u2013 " + Messages.get("psks.pilarLain"));
    }

    /** Status and the person's other registers, under the title. */
    private static String keterangan(DetailPsks d) {
        if (d == null) {
            return "";
        }
        List<String> baris = new ArrayList<>();
        Psks p = d.psks();
        baris.add(p.aktif() ? Messages.get("psks.statusAktif", d.desaNama())
                : Messages.get("psks.statusNonaktif", Tanggal.format(p.nonaktifTanggal()), p.nonaktifAlasan(), d.desaNama()));
        if (!d.peranLain().isEmpty()) {
            baris.add(Messages.get("psks.jugaSebagai", d.peranLain().stream().map(r -> r.nama() + " (" + r.singkatan() + ")"
                    + (r.aktif() ? "" : " \u2013 " + Messages.get("psks.nonaktif"))).collect(Collectors.joining(", "))));
        }
        if (!d.pmks().isEmpty()) {
            baris.add(Messages.get("psks.jugaPmks", String.join(", ", d.pmks())));
        }
        return String.join("\n", baris);
    }

    private VBox bagian(String judulKey, Bentuk b, Node... isi) {
        Label l = new Label(Messages.get(judulKey));
        l.getStyleClass().add(Styles.TITLE_4);
        VBox v = new VBox(6, l);
        v.getChildren().addAll(isi);
        v.visibleProperty().bind(vm.bentukProperty().isEqualTo(b));
        v.managedProperty().bind(v.visibleProperty());
        return v;
    }

    private Node bagianOrang() {
        GridPane g = Formulir.grid3();
        int[] pos = {0};
        TextField nik = teks(g, pos, Field.NIK, "psks-orang-nik", null);
        nik.setPromptText(Messages.get("pmks.contohNik"));
        nik.focusedProperty().addListener((o, a, b) -> {
            if (!b) {
                vm.cariNik();
            }
        });
        teks(g, pos, Field.NAMA, "psks-orang-nama", null);
        ComboBox<JenisKelamin> jk = Formulir.jenisKelamin("psks-orang-jk", vm.jkProperty());
        Formulir.taruh(g, pos, Formulir.bidang(Messages.get(Field.JENIS_KELAMIN.labelKey()), jk, vm.galat(Field.JENIS_KELAMIN), "galat-psks-orang-jk",
                null));
        teks(g, pos, Field.TANGGAL_LAHIR, "psks-orang-tanggal-lahir", null).setPromptText(Messages.get("pmks.contohTanggal"));
        Formulir.taruh(g, pos, desa("psks-orang-desa", true));
        teks(g, pos, Field.ALAMAT, "psks-orang-alamat", null);
        teks(g, pos, Field.TELEPON, "psks-orang-telepon", null);
        teks(g, pos, Field.EMAIL, "psks-orang-email", null);
        ComboBox<Pendidikan> pend = Formulir.combo("psks-orang-pendidikan", "", p -> Messages.get(p.labelKey()));
        pend.getItems().addAll(Pendidikan.values());
        pend.valueProperty().bindBidirectional(vm.pendidikanProperty());
        Formulir.taruh(g, pos, Formulir.bidang(Messages.get(Field.PENDIDIKAN.labelKey()), pend, null, null, null));
        teks(g, pos, Field.MULAI_AKTIF, "psks-orang-mulai-aktif", null);
        teks(g, pos, Field.NOMOR_SK, "psks-orang-nomor-sk", null);
        ComboBox<Legalitas> leg = Formulir.combo("psks-orang-legalitas", "", l -> Messages.get(l.labelKey()));
        leg.getItems().addAll(Legalitas.untukOrang());
        leg.valueProperty().bindBidirectional(vm.legalitasProperty());
        Formulir.taruh(g, pos, Formulir.bidang(Messages.get(Field.LEGALITAS.labelKey()), leg, vm.galat(Field.LEGALITAS), "galat-psks-orang-legalitas",
                null));

        FlowPane damping = new FlowPane(14, 6);
        for (Pendampingan p : Pendampingan.values()) {
            CheckBox c = new CheckBox(Messages.get(p.labelKey()));
            c.setId("psks-pendampingan-" + p.kode());
            c.selectedProperty().bindBidirectional(vm.pendampingan(p));
            damping.getChildren().add(c);
        }
        Label lDamping = new Label(Messages.get(Field.PENDAMPINGAN.labelKey()));
        return bagian("psks.bagianOrang", Bentuk.PERSEORANGAN, g, new VBox(4, lDamping, damping), diklat());
    }

    /** The training list: one row per training, a button to add a row, the rows' message under them. */
    private Node diklat() {
        Label l = new Label(Messages.get(Field.DIKLAT.labelKey()));
        l.getStyleClass().add(Styles.TEXT_BOLD);
        VBox baris = new VBox(4);
        Runnable bangun = () -> {
            baris.getChildren().clear();
            for (int i = 0; i < vm.diklat().size(); i++) {
                PsksFormViewModel.BarisDiklat b = vm.diklat().get(i);
                TextField nama = new TextField();
                nama.setId("psks-diklat-nama-" + i);
                nama.setPromptText(Messages.get("psks.diklatNama"));
                nama.textProperty().bindBidirectional(b.nama());
                TextField oleh = new TextField();
                oleh.setId("psks-diklat-penyelenggara-" + i);
                oleh.setPromptText(Messages.get("psks.diklatPenyelenggara"));
                oleh.textProperty().bindBidirectional(b.penyelenggara());
                TextField tahun = new TextField();
                tahun.setId("psks-diklat-tahun-" + i);
                tahun.setPromptText(Messages.get("psks.diklatTahun"));
                tahun.setPrefColumnCount(5);
                tahun.textProperty().bindBidirectional(b.tahun());
                tahun.focusedProperty().addListener((o, a, f) -> {
                    if (!f) {
                        vm.periksa(Field.DIKLAT);
                    }
                });
                Button hapus = new Button("\u2715");
                hapus.setId("psks-diklat-hapus-" + i);
                hapus.getStyleClass().add(Styles.FLAT);
                hapus.setOnAction(e -> vm.hapusDiklat(b));
                HBox.setHgrow(nama, Priority.ALWAYS);
                HBox.setHgrow(oleh, Priority.ALWAYS);
                baris.getChildren().add(new HBox(8, nama, oleh, tahun, hapus));
            }
        };
        vm.diklat().addListener((ListChangeListener<PsksFormViewModel.BarisDiklat>) c -> bangun.run());
        bangun.run();
        Button tambah = new Button(Messages.get("psks.tambahDiklat"));
        tambah.setId("psks-diklat-tambah");
        tambah.setOnAction(e -> {
            vm.tambahDiklat();
            Platform.runLater(() -> baris.getChildren().getLast().lookup("TextField").requestFocus());
        });
        return new VBox(4, l, baris, Formulir.galatLabel(vm.galat(Field.DIKLAT), "galat-psks-diklat"), tambah);
    }

    private Node bagianKeluarga() {
        GridPane g = Formulir.grid3();
        int[] pos = {0};
        teks(g, pos, Field.NAMA, "psks-keluarga-nama", "psks.kepalaKeluarga");
        teks(g, pos, Field.NO_KK, "psks-keluarga-kk", null).setPromptText(Messages.get("pmks.contohNik"));
        Formulir.taruh(g, pos, desa("psks-keluarga-desa", true));
        teks(g, pos, Field.ALAMAT, "psks-keluarga-alamat", null);
        teks(g, pos, Field.TELEPON, "psks-keluarga-telepon", null);
        return bagian("psks.bagianKeluarga", Bentuk.KELUARGA, g, area(Field.URAIAN, "psks-keluarga-uraian", null));
    }

    private Node bagianLembaga() {
        GridPane g = Formulir.grid3();
        int[] pos = {0};
        teks(g, pos, Field.NAMA, "psks-lembaga-nama", "psks.namaLembaga");
        teks(g, pos, Field.KETUA, "psks-lembaga-ketua", null);
        Formulir.taruh(g, pos, desa("psks-lembaga-desa", false));
        teks(g, pos, Field.ALAMAT, "psks-lembaga-alamat", null);
        teks(g, pos, Field.TELEPON, "psks-lembaga-telepon", null);
        teks(g, pos, Field.EMAIL, "psks-lembaga-email", null);
        teks(g, pos, Field.TAHUN_BERDIRI, "psks-lembaga-tahun-berdiri", null);
        teks(g, pos, Field.JUMLAH_PENGURUS, "psks-lembaga-pengurus", null);
        teks(g, pos, Field.JUMLAH_ANGGOTA, "psks-lembaga-anggota", null);
        teks(g, pos, Field.NOMOR_SK, "psks-lembaga-nomor-sk", "psks.nomorSkLembaga");
        teks(g, pos, Field.AKTA_NOTARIS, "psks-lembaga-akta", null);
        teks(g, pos, Field.NOMOR_TANDA_DAFTAR, "psks-lembaga-tanda-daftar", null);
        ComboBox<Klasifikasi> kl = Formulir.combo("psks-lembaga-klasifikasi", Messages.get("psks.belumDiklasifikasi"),
                k -> Messages.get(k.labelKey()));
        kl.setItems(Formulir.denganSemua(javafx.collections.FXCollections.observableArrayList(Klasifikasi.values())));
        kl.valueProperty().bindBidirectional(vm.klasifikasiProperty());
        VBox klBox = Formulir.bidang(Messages.get(Field.KLASIFIKASI.labelKey()), kl, null, null, null);
        BooleanBinding kt = Bindings.createBooleanBinding(() -> vm.jenisProperty().get() != null && vm.jenisProperty().get().berklasifikasi(),
                vm.jenisProperty());
        klBox.visibleProperty().bind(kt);
        Formulir.taruh(g, pos, klBox);
        Label catatanLegal = new Label(Messages.get("psks.legalitasLembaga"));
        catatanLegal.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        catatanLegal.setWrapText(true);
        return bagian("psks.bagianLembaga", Bentuk.LEMBAGA, g, catatanLegal, area(Field.BIDANG, "psks-lembaga-bidang", null));
    }

    private Node bagianUsaha() {
        GridPane g = Formulir.grid3();
        int[] pos = {0};
        teks(g, pos, Field.NAMA, "psks-usaha-nama", "psks.namaUsaha");
        teks(g, pos, Field.BIDANG, "psks-usaha-bidang", "psks.bidangUsaha");
        teks(g, pos, Field.NARAHUBUNG, "psks-usaha-narahubung", null);
        teks(g, pos, Field.TELEPON, "psks-usaha-telepon", null);
        teks(g, pos, Field.EMAIL, "psks-usaha-email", null);
        Formulir.taruh(g, pos, desa("psks-usaha-desa", false));
        teks(g, pos, Field.ALAMAT, "psks-usaha-alamat", null);
        return bagian("psks.bagianUsaha", Bentuk.BADAN_USAHA, g, area(Field.DUKUNGAN, "psks-usaha-dukungan", null));
    }

    private Node catatan() {
        VBox v = area(Field.CATATAN, "psks-catatan", null);
        v.visibleProperty().bind(vm.bentukProperty().isNotNull());
        v.managedProperty().bind(v.visibleProperty());
        return v;
    }

    /** The desa choice; {@code wajib} false offers "Tingkat kecamatan" (no desa) first. */
    private VBox desa(String id, boolean wajib) {
        ComboBox<Wilayah> c = Formulir.combo(id, Messages.get("psks.tingkatKecamatan"), Wilayah::nama);
        ObservableList<Wilayah> daftar = javafx.collections.FXCollections.observableArrayList(vm.desa());
        c.setItems(wajib ? daftar : Formulir.denganSemua(daftar));
        c.valueProperty().bindBidirectional(vm.desaProperty());
        return Formulir.bidang(Messages.get(Field.DESA.labelKey()), c, vm.galat(Field.DESA), "galat-" + id, null);
    }

    private TextField teks(GridPane g, int[] pos, Field f, String id, String labelKey) {
        TextField tf = new TextField();
        tf.setId(id);
        tf.textProperty().bindBidirectional(vm.nilai(f));
        Formulir.taruh(g, pos, Formulir.bidang(Messages.get(labelKey == null ? f.labelKey() : labelKey), tf, vm.galat(f), "galat-" + id,
                () -> vm.periksa(f)));
        return tf;
    }

    private VBox area(Field f, String id, String labelKey) {
        TextArea ta = new TextArea();
        ta.setId(id);
        ta.setPrefRowCount(3);
        ta.setWrapText(true);
        ta.textProperty().bindBidirectional(vm.nilai(f));
        return Formulir.bidang(Messages.get(labelKey == null ? f.labelKey() : labelKey), ta, vm.galat(f), "galat-" + id, () -> vm.periksa(f));
    }

    private HBox tombol() {
        Button nonaktif = new Button();
        nonaktif.setId("psks-nonaktifkan");
        nonaktif.textProperty().bind(Bindings.createStringBinding(() -> vm.detailProperty().get() != null
                && !vm.detailProperty().get().psks().aktif() ? Messages.get("psks.aktifkan") : Messages.get("psks.nonaktifkan"),
                vm.detailProperty()));
        nonaktif.visibleProperty().bind(vm.detailProperty().isNotNull());
        nonaktif.managedProperty().bind(nonaktif.visibleProperty());
        nonaktif.setOnAction(e -> {
            if (vm.detailProperty().get().psks().aktif()) {
                dialogNonaktif();
            } else {
                vm.aktifkan(vm.pesanProperty()::set);
            }
        });
        return BagianRegister.barisTombol("psks", vm.pesanProperty(), vm.sibukProperty(), stage::close, () -> vm.simpan(false), nonaktif);
    }

    /** Date and reason of the deactivation; the dialog stays open until the change is saved. */
    private void dialogNonaktif() {
        DetailPsks d = vm.detailProperty().get();
        Dialog<ButtonType> dlg = new Dialog<>();
        dlg.initOwner(stage);
        dlg.setTitle(Messages.get("psks.nonaktifkanOk"));
        dlg.setHeaderText(Messages.get("psks.nonaktifkanJudul", d.psks().namaTampil(), d.jenis().nama()));
        TextField tanggal = new TextField(Tanggal.format(LocalDate.now()));
        tanggal.setId("psks-nonaktif-tanggal");
        ComboBox<String> alasan = new ComboBox<>();
        alasan.setId("psks-nonaktif-alasan");
        alasan.setEditable(true);
        alasan.getItems().addAll(Arrays.stream(Messages.get("psks.alasanContoh").split("\\|")).toList());
        alasan.setMaxWidth(Double.MAX_VALUE);
        StringProperty galat = new SimpleStringProperty("");
        VBox isi = new VBox(6, Formulir.bidang(Messages.get("psks.nonaktifTanggal"), tanggal, null, null, null),
                Formulir.bidang(Messages.get("psks.nonaktifAlasan"), alasan, null, null, null), Formulir.galatLabel(galat, "galat-psks-nonaktif"));
        isi.setPrefWidth(440);
        dlg.getDialogPane().setContent(isi);
        ButtonType ok = new ButtonType(Messages.get("psks.nonaktifkanOk"), ButtonBar.ButtonData.OK_DONE);
        dlg.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(Messages.get("tombol.batal"), ButtonBar.ButtonData.CANCEL_CLOSE));
        BagianRegister.tetapTerbuka(dlg, ok, "psks-nonaktif-simpan",
                () -> vm.nonaktifkan(tanggal.getText(), alasan.getEditor().getText(), dlg::close, galat::set));
        dlg.show();
        Platform.runLater(alasan::requestFocus);
    }
}
