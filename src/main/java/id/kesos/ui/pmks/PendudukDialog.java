package id.kesos.ui.pmks;

import atlantafx.base.theme.Styles;
import id.kesos.core.AppInfo;
import id.kesos.core.i18n.Messages;
import id.kesos.core.penduduk.JenisKelamin;
import id.kesos.core.penduduk.Penduduk;
import id.kesos.core.penduduk.Penduduk.Field;
import id.kesos.core.penduduk.Tanggal;
import id.kesos.core.pmks.AlasanTidakAktif;
import id.kesos.core.pmks.Bantuan;
import id.kesos.core.pmks.DetailPenduduk;
import id.kesos.core.pmks.EntriPmks;
import id.kesos.core.pmks.JenisPmks;
import id.kesos.core.pmks.ProgramBantuan;
import id.kesos.core.pmks.RiwayatStatus;
import id.kesos.core.pmks.StatusPmks;
import id.kesos.core.pmks.SumberData;
import id.kesos.core.psks.RingkasPsks;
import id.kesos.core.pmks.SumberDana;
import id.kesos.core.wilayah.Wilayah;
import id.kesos.ui.BagianRegister;
import id.kesos.ui.Formulir;
import id.kesos.ui.Gaya;
import id.kesos.ui.dialog.DialogService;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A person in a window of their own: a new person with a first type, or an existing one with their
 * types (status and history), aid, and the actions on them. Enter saves, Esc closes.
 */
public final class PendudukDialog {
    private final PendudukViewModel vm;
    private final DialogService dialogs;
    private final Window owner;
    private final ObservableList<JenisPmks> jenis;
    private final ObservableList<RingkasPsks> petugas;
    private final Stage stage = new Stage();
    private final VBox bagianDetail = new VBox(10);

    public PendudukDialog(PendudukViewModel vm, DialogService dialogs, Window owner, ObservableList<JenisPmks> jenis,
            ObservableList<RingkasPsks> petugas) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.owner = owner;
        this.jenis = jenis;
        this.petugas = petugas;
    }

    public void tampilkan(Long pendudukId) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Messages.get(pendudukId == null ? "pmks.tambahJudul" : "pmks.detailJudul") + " \u2013 " + AppInfo.NAME);

        Label judul = new Label(Messages.get(pendudukId == null ? "pmks.tambahJudul" : "pmks.detailJudul"));
        judul.getStyleClass().add(Styles.TITLE_3);
        judul.textProperty().bind(Bindings.createStringBinding(() -> vm.detailProperty().get() == null
                ? Messages.get("pmks.tambahJudul") : vm.detailProperty().get().penduduk().nama(), vm.detailProperty()));

        VBox isi = new VBox(12, judul, formPenduduk());
        VBox bagianEntri = new VBox(8, subjudul("pmks.entriBaru"), new EntriFormView(vm.entri(), jenis, petugas, "entri"));
        bagianEntri.visibleProperty().bind(vm.detailProperty().isNull());
        bagianEntri.managedProperty().bind(bagianEntri.visibleProperty());
        bagianDetail.visibleProperty().bind(vm.detailProperty().isNotNull());
        bagianDetail.managedProperty().bind(bagianDetail.visibleProperty());
        isi.getChildren().addAll(bagianEntri, bagianDetail);
        isi.setPadding(new Insets(16, 20, 16, 20));
        ScrollPane scroll = id.kesos.ui.Formulir.ikutiFokus(new ScrollPane(isi));
        scroll.setFitToWidth(true);

        BorderPane akar = new BorderPane(scroll);
        akar.setTop(kotakPeringatan());
        akar.setBottom(tombol());
        vm.detailProperty().addListener((o, a, d) -> tampilkanDetail(d));

        Scene scene = new Scene(akar, 980, 680);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.show();
        if (pendudukId != null) {
            vm.muat(pendudukId);
        }
        Platform.runLater(() -> scene.lookup("#penduduk-nik").requestFocus());
    }

    private GridPane formPenduduk() {
        PendudukFormViewModel f = vm.form();
        GridPane g = Formulir.grid3();
        int[] pos = {0};
        teks(g, pos, Field.NIK, "penduduk-nik", "pmks.contohNik");
        teks(g, pos, Field.NAMA, "penduduk-nama", null);
        ComboBox<JenisKelamin> jk = Formulir.jenisKelamin("penduduk-jk", f.jkProperty());
        Formulir.taruh(g, pos, Formulir.bidang(Messages.get(Field.JENIS_KELAMIN.labelKey()), jk, f.galat(Field.JENIS_KELAMIN),
                "galat-penduduk-jk", () -> f.periksa(Field.JENIS_KELAMIN)));
        teks(g, pos, Field.TEMPAT_LAHIR, "penduduk-tempat-lahir", null);
        teks(g, pos, Field.TANGGAL_LAHIR, "penduduk-tanggal-lahir", "pmks.contohTanggal");
        teks(g, pos, Field.NO_KK, "penduduk-kk", "pmks.contohNik");
        ComboBox<Wilayah> desa = Formulir.combo("penduduk-desa", "", Pilihan::desa);
        desa.setItems(vm.desa());
        desa.valueProperty().bindBidirectional(f.desaProperty());
        Formulir.taruh(g, pos, Formulir.bidang(Messages.get(Field.DESA.labelKey()), desa, f.galat(Field.DESA), "galat-penduduk-desa",
                () -> f.periksa(Field.DESA)));
        teks(g, pos, Field.ALAMAT, "penduduk-alamat", null);
        teks(g, pos, Field.DUSUN, "penduduk-dusun", null);
        teks(g, pos, Field.RT, "penduduk-rt", null);
        teks(g, pos, Field.RW, "penduduk-rw", null);
        teks(g, pos, Field.NAMA_IBU, "penduduk-nama-ibu", null);
        Formulir.taruh(g, pos, Formulir.bidang(Messages.get(Field.HUBUNGAN_KELUARGA.labelKey()),
                Formulir.hubunganKeluarga("penduduk-hubungan", f.nilai(Field.HUBUNGAN_KELUARGA)), f.galat(Field.HUBUNGAN_KELUARGA),
                "galat-penduduk-hubungan", () -> f.periksa(Field.HUBUNGAN_KELUARGA)));
        teks(g, pos, Field.TELEPON, "penduduk-telepon", null);
        teks(g, pos, Field.CATATAN, "penduduk-catatan", null);
        return g;
    }

    private void teks(GridPane g, int[] pos, Field field, String id, String contohKey) {
        TextField tf = new TextField();
        tf.setId(id);
        if (contohKey != null) {
            tf.setPromptText(Messages.get(contohKey));
        }
        tf.textProperty().bindBidirectional(vm.form().nilai(field));
        Formulir.taruh(g, pos, Formulir.bidang(Messages.get(field.labelKey()), tf, vm.form().galat(field), "galat-" + id,
                () -> vm.form().periksa(field)));
    }

    private static Label subjudul(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add(Styles.TITLE_4);
        return l;
    }

    /** Warnings to accept, or the person the NIK belongs to. */
    private VBox kotakPeringatan() {
        VBox w = BagianRegister.kotak(vm.peringatan(), "penduduk", vm::terimaPeringatan, vm::tutupPeringatan);

        Button buka = new Button();
        buka.setId("penduduk-buka-duplikat");
        Button tambahkan = new Button();
        tambahkan.setId("penduduk-tambahkan-duplikat");
        tambahkan.getStyleClass().add(Styles.ACCENT);
        vm.duplikatProperty().addListener((o, a, p) -> {
            if (p != null) {
                buka.setText(Messages.get("pmks.bukaDataDuplikat", p.nama()));
                tambahkan.setText(Messages.get("pmks.tambahkanKeDuplikat", p.nama()));
            }
        });
        buka.setOnAction(e -> vm.muat(vm.duplikatProperty().get().id()));
        tambahkan.setOnAction(e -> vm.tambahJenis(vm.duplikatProperty().get().id(), false));
        HBox dup = new HBox(8, buka, tambahkan);
        dup.setPadding(new Insets(10, 20, 10, 20));
        dup.getStyleClass().add("kesos-peringatan");
        dup.visibleProperty().bind(vm.duplikatProperty().isNotNull().and(vm.detailProperty().isNull()));
        dup.managedProperty().bind(dup.visibleProperty());
        return new VBox(w, dup);
    }

    private HBox tombol() {
        return BagianRegister.barisTombol("penduduk", vm.pesanProperty(), vm.sibukProperty(), stage::close, () -> vm.simpan(false));
    }

    private void tampilkanDetail(DetailPenduduk d) {
        bagianDetail.getChildren().clear();
        if (d == null) {
            return;
        }
        Button tambahJenis = new Button(Messages.get("pmks.tambahJenis"));
        tambahJenis.setId("penduduk-tambah-jenis");
        tambahJenis.setOnAction(e -> dialogTambahJenis(d.penduduk()));
        HBox kepala = new HBox(10, subjudul("pmks.daftarJenis"), tambahJenis);
        kepala.setAlignment(Pos.CENTER_LEFT);
        bagianDetail.getChildren().add(kepala);
        for (DetailPenduduk.Entri e : d.entri()) {
            bagianDetail.getChildren().add(kartuEntri(d.penduduk(), e));
        }
        Button tambahBantuan = new Button(Messages.get("pmks.tambahBantuan"));
        tambahBantuan.setId("penduduk-tambah-bantuan");
        tambahBantuan.setOnAction(e -> dialogBantuan(d.penduduk()));
        HBox kepalaBantuan = new HBox(10, subjudul("pmks.bantuanJudul"), tambahBantuan);
        kepalaBantuan.setAlignment(Pos.CENTER_LEFT);
        bagianDetail.getChildren().add(kepalaBantuan);
        NumberFormat rupiah = NumberFormat.getIntegerInstance(Messages.locale());
        if (d.bantuan().isEmpty()) {
            bagianDetail.getChildren().add(new Label(Messages.get("pmks.belumAdaBantuan")));
        }
        for (Bantuan b : d.bantuan()) {
            bagianDetail.getChildren().add(new Label(Messages.get("pmks.bantuanBaris", Tanggal.format(b.tanggal()),
                    Messages.get(b.program().labelKey()), b.nilaiRupiah() == null ? b.barang() : Messages.get("pmks.rupiah", rupiah.format(b.nilaiRupiah())),
                    Messages.get(b.sumberDana().labelKey()))));
        }
    }

    /** The entry's linked pillar, under the name the PSKS register has for them now. */
    private java.util.Optional<RingkasPsks> petugas(EntriPmks e) {
        return e.petugasPsksId() == null ? java.util.Optional.empty()
                : petugas.stream().filter(r -> r.id() == e.petugasPsksId()).findFirst();
    }

    private VBox kartuEntri(Penduduk p, DetailPenduduk.Entri de) {
        EntriPmks e = de.entri();
        JenisPmks j = de.jenis();
        Label nama = new Label(Messages.get("pmks.entriJudul", j.nama(), j.singkatan(), e.tahun()) + (j.sensitif() ? "  \u26a0 "
                + Messages.get("pmks.sensitif") : ""));
        nama.getStyleClass().add(Styles.TEXT_BOLD);
        if (j.sensitif()) {
            nama.getStyleClass().add("kesos-sensitif");
        }
        Label status = new Label(Messages.get("pmks.statusBaris", Messages.get(e.status().labelKey()),
                e.alasanStatus() == null ? "" : " \u2013 " + e.alasanStatus()));
        status.setId("entri-status-" + e.id());
        String pendata = petugas(e).map(RingkasPsks::toString).orElse(e.petugasPendata());
        if (pendata != null) {
            status.setText(status.getText() + "   \u2022   " + Messages.get("entri.pendataOleh", pendata));
        }
        DateTimeFormatter waktu = DateTimeFormatter.ofPattern("dd-MM-yyyy HH.mm");
        Label riwayat = new Label(de.riwayat().stream().map(r -> riwayat(r, waktu)).collect(Collectors.joining("\n")));
        riwayat.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Button ubah = new Button(Messages.get("pmks.ubahStatus"));
        ubah.setId("entri-ubah-status-" + e.id());
        ubah.setOnAction(x -> dialogStatus(p, de));
        Button ubahData = new Button(Messages.get("pmks.ubahEntri"));
        ubahData.setId("entri-ubah-" + e.id());
        ubahData.setOnAction(x -> dialogUbahEntri(de));
        Button hapus = new Button(Messages.get("pmks.hapus"));
        hapus.setId("entri-hapus-" + e.id());
        hapus.getStyleClass().add(Styles.DANGER);
        hapus.setOnAction(x -> {
            if (dialogs.konfirmasi(Messages.get("pmks.hapusJudul"), Messages.get("pmks.hapusPesan", j.nama(), e.tahun(), p.nama()),
                    Messages.get("pmks.hapusTombol", p.nama()))) {
                vm.hapus(e);
            }
        });
        VBox v = new VBox(4, nama, status, riwayat, new HBox(8, ubah, ubahData, hapus));
        v.getStyleClass().add(Gaya.CARD);
        v.setPadding(new Insets(10));
        return v;
    }

    private static String riwayat(RiwayatStatus r, DateTimeFormatter f) {
        return Messages.get("pmks.riwayatBaris", r.waktu().format(f), r.pengguna(),
                r.dari() == null ? "-" : Messages.get(r.dari().labelKey()), Messages.get(r.ke().labelKey()),
                r.alasan() == null ? "" : " (" + r.alasan() + ")");
    }

    private void dialogTambahJenis(Penduduk p) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(stage);
        d.setTitle(Messages.get("pmks.tambahJenis"));
        d.setHeaderText(Messages.get("pmks.tambahJenisUntuk", p.nama()));
        ButtonType simpan = new ButtonType(Messages.get("pmks.simpan"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(simpan, new ButtonType(Messages.get("tombol.batal"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().lookupButton(simpan).setId("entri-simpan");
        d.getDialogPane().setContent(new EntriFormView(vm.entri(), jenis, petugas, "jenis-baru"));
        d.getDialogPane().setPrefWidth(720);
        d.showAndWait().filter(b -> b == simpan).ifPresent(b -> vm.tambahJenis(p.id(), false));
    }

    /** Edits an entry's data in a dialog that stays open until it is saved or cancelled. */
    private void dialogUbahEntri(DetailPenduduk.Entri de) {
        EntriFormViewModel form = new EntriFormViewModel();
        form.isi(de.entri(), de.jenis(), petugas(de.entri()).orElse(null));
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(stage);
        d.setTitle(Messages.get("pmks.ubahEntri"));
        d.setHeaderText(Messages.get("pmks.entriJudul", de.jenis().nama(), de.jenis().singkatan(), de.entri().tahun()));
        ButtonType simpan = new ButtonType(Messages.get("pmks.simpan"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(simpan, new ButtonType(Messages.get("tombol.batal"), ButtonBar.ButtonData.CANCEL_CLOSE));
        StringProperty galat = new SimpleStringProperty("");
        EntriFormView view = new EntriFormView(form, jenis, petugas, "ubah-entri");
        view.add(Formulir.galatLabel(galat, "galat-ubah-entri"), 0, 4, 3, 1);
        d.getDialogPane().setContent(view);
        d.getDialogPane().setPrefWidth(720);
        BagianRegister.tetapTerbuka(d, simpan, "ubah-entri-simpan", () -> vm.ubahEntri(form, d::close, galat::set));
        d.show();
    }

    private void dialogStatus(Penduduk p, DetailPenduduk.Entri de) {
        dialogStatus(stage, p.nama(), de, (ke, alasan) -> vm.ubahStatus(de.entri(), ke, alasan,
                m -> dialogs.galat(Messages.get("galat.judul"), m)));
    }

    /** Asks for the new status and its reason; {@code simpan} gets them. Shared by people and groups. */
    static void dialogStatus(Window owner, String nama, DetailPenduduk.Entri de,
            java.util.function.BiConsumer<StatusPmks, String> simpan) {
        EntriPmks e = de.entri();
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Messages.get("pmks.ubahStatus"));
        d.setHeaderText(Messages.get("pmks.ubahStatusUntuk", nama, de.jenis().nama(), e.tahun(), Messages.get(e.status().labelKey())));
        ComboBox<StatusPmks> ke = Formulir.combo("status-ke", "", Pilihan::status);
        e.status().tujuan().stream().sorted().forEach(ke.getItems()::add);
        ke.getSelectionModel().selectFirst();
        ComboBox<String> alasan = new ComboBox<>();
        alasan.setId("status-alasan");
        alasan.setEditable(true);
        alasan.setMaxWidth(Double.MAX_VALUE);
        ke.valueProperty().addListener((o, a, b) -> {
            alasan.getItems().clear();
            if (b == StatusPmks.TIDAK_AKTIF) {
                for (AlasanTidakAktif x : AlasanTidakAktif.values()) {
                    alasan.getItems().add(Messages.get(x.labelKey()));
                }
            }
        });
        if (ke.getValue() == StatusPmks.TIDAK_AKTIF) {
            for (AlasanTidakAktif x : AlasanTidakAktif.values()) {
                alasan.getItems().add(Messages.get(x.labelKey()));
            }
        }
        StringProperty galat = new SimpleStringProperty("");
        VBox isi = new VBox(8, Formulir.bidang(Messages.get("pmks.statusBaru"), ke, null, null, null),
                Formulir.bidang(Messages.get("pmks.alasan"), alasan, galat, "galat-status-alasan", null));
        isi.setPrefWidth(480);
        ButtonType ok = new ButtonType(Messages.get("pmks.simpanStatus"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(Messages.get("tombol.batal"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().setContent(isi);
        Button okBtn = (Button) d.getDialogPane().lookupButton(ok);
        okBtn.setId("status-simpan");
        okBtn.addEventFilter(javafx.event.ActionEvent.ACTION, ev -> {
            String a = alasan.getEditor().getText();
            if (ke.getValue() != null && ke.getValue().butuhAlasan() && (a == null || a.isBlank())) {
                galat.set(Messages.get("status.alasanWajib", Messages.get(ke.getValue().labelKey())));
                ev.consume();
            }
        });
        d.showAndWait().filter(b -> b == ok).ifPresent(b -> simpan.accept(ke.getValue(), alasan.getEditor().getText()));
    }

    /** Aid the person received; the dialog stays open until it is stored, the reason under the fields. */
    private void dialogBantuan(Penduduk p) {
        BantuanFormViewModel f = vm.formBantuan(p.id());
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(stage);
        d.setTitle(Messages.get("pmks.tambahBantuan"));
        d.setHeaderText(Messages.get("pmks.tambahBantuanUntuk", p.nama()));
        ComboBox<ProgramBantuan> program = Formulir.combo("bantuan-program", "", x -> Messages.get(x.labelKey()));
        program.getItems().addAll(ProgramBantuan.values());
        program.valueProperty().bindBidirectional(f.program());
        TextField tanggal = teksBantuan("bantuan-tanggal", f.tanggal());
        TextField nilai = teksBantuan("bantuan-nilai", f.nilai());
        nilai.setPromptText(Messages.get("pmks.contohRupiah"));
        TextField barang = teksBantuan("bantuan-barang", f.barang());
        ComboBox<SumberDana> dana = Formulir.combo("bantuan-dana", "", x -> Messages.get(x.labelKey()));
        dana.getItems().addAll(SumberDana.values());
        dana.valueProperty().bindBidirectional(f.sumber());
        TextField ket = teksBantuan("bantuan-keterangan", f.keterangan());
        VBox isi = new VBox(6, Formulir.bidang(Messages.get("bantuan.program"), program, null, null, null),
                Formulir.bidang(Messages.get("bantuan.tanggal"), tanggal, null, null, null),
                Formulir.bidang(Messages.get("pmks.nilaiRupiah"), nilai, null, null, null),
                Formulir.bidang(Messages.get("pmks.barang"), barang, null, null, null),
                Formulir.bidang(Messages.get("bantuan.sumberDana"), dana, null, null, null),
                Formulir.bidang(Messages.get("entri.keterangan"), ket, null, null, null), Formulir.galatLabel(f.galat(), "galat-bantuan"));
        isi.setPrefWidth(460);
        ButtonType ok = new ButtonType(Messages.get("pmks.simpan"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(Messages.get("tombol.batal"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().setContent(isi);
        id.kesos.ui.BagianRegister.tetapTerbuka(d, ok, "bantuan-simpan", () -> f.simpan(d::close));
        d.show();
    }

    private static TextField teksBantuan(String id, StringProperty nilai) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(nilai);
        return t;
    }

    /** The entry form: type, year, status, source, date, officer, remarks, and the family fields when needed. */
    static final class EntriFormView extends GridPane {
        /** {@code id} prefixes the ids of the fields (the form appears in the person's window and in a dialog). */
        EntriFormView(EntriFormViewModel e, ObservableList<JenisPmks> jenis, ObservableList<RingkasPsks> petugas, String id) {
            Formulir.tigaKolom(this);
            ComboBox<JenisPmks> j = Formulir.combo(id + "-jenis", "", Pilihan::jenis);
            j.setItems(jenis);
            j.valueProperty().bindBidirectional(e.jenisProperty());
            j.setCellFactory(v -> new ListCell<>() {
                @Override
                protected void updateItem(JenisPmks item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : Pilihan.jenis(item));
                }
            });
            add(Formulir.bidang(Messages.get(EntriPmks.Field.JENIS.labelKey()), j, e.galat(EntriPmks.Field.JENIS), "galat-" + id + "-jenis",
                    null), 0, 0, 2, 1);
            add(teks(e, EntriPmks.Field.TAHUN, id + "-tahun"), 2, 0);
            ComboBox<StatusPmks> st = Formulir.combo(id + "-status", "", Pilihan::status);
            st.getItems().addAll(StatusPmks.USULAN, StatusPmks.TERVERIFIKASI);
            st.valueProperty().bindBidirectional(e.statusProperty());
            st.setDisable(!"entri".equals(id) && !"jenis-baru".equals(id));
            add(Formulir.bidang(Messages.get(EntriPmks.Field.STATUS.labelKey()), st, null, null, null), 0, 1);
            ComboBox<SumberData> sd = Formulir.combo(id + "-sumber", "", Pilihan::sumber);
            sd.getItems().addAll(SumberData.values());
            sd.valueProperty().bindBidirectional(e.sumberProperty());
            add(Formulir.bidang(Messages.get(EntriPmks.Field.SUMBER.labelKey()), sd, null, null, null), 1, 1);
            add(teks(e, EntriPmks.Field.TANGGAL_PENDATAAN, id + "-tanggal"), 2, 1);
            ComboBox<RingkasPsks> pilar = Formulir.combo(id + "-petugas-psks", Messages.get("entri.petugasBukanPsks"), RingkasPsks::toString);
            pilar.setItems(Formulir.denganSemua(petugas.filtered(r -> r.aktif() || r.equals(e.petugasPsksProperty().get()))));
            pilar.valueProperty().bindBidirectional(e.petugasPsksProperty());
            add(Formulir.bidang(Messages.get("entri.petugasPsks"), pilar, null, null, null), 0, 2);
            VBox lain = teks(e, EntriPmks.Field.PETUGAS, id + "-petugas");
            lain.disableProperty().bind(e.petugasPsksProperty().isNotNull());
            add(lain, 1, 2);
            add(teks(e, EntriPmks.Field.KETERANGAN, id + "-keterangan"), 2, 2);
            VBox kk = teks(e, EntriPmks.Field.KK_KELUARGA, id + "-kk");
            VBox anggota = teks(e, EntriPmks.Field.JUMLAH_ANGGOTA, id + "-anggota");
            for (VBox v : new VBox[] {kk, anggota}) {
                v.visibleProperty().bind(e.perKkProperty());
                v.managedProperty().bind(v.visibleProperty());
            }
            add(kk, 0, 3);
            add(anggota, 1, 3);
        }

        private static VBox teks(EntriFormViewModel e, EntriPmks.Field f, String id) {
            TextField tf = new TextField();
            tf.setId(id);
            tf.textProperty().bindBidirectional(e.nilai(f));
            return Formulir.bidang(Messages.get(f.labelKey()), tf, e.galat(f), "galat-" + id, null);
        }
    }

}
