package id.kesos.ui.rapat;

import atlantafx.base.theme.Styles;
import id.kesos.core.cetak.Kertas;
import id.kesos.core.i18n.Messages;
import id.kesos.core.kantor.ProfilKantor;
import id.kesos.core.penduduk.JenisKelamin;
import id.kesos.core.penduduk.Tanggal;
import id.kesos.core.psks.RingkasPsks;
import id.kesos.core.rapat.BarisRapat;
import id.kesos.core.rapat.JabatanDesa;
import id.kesos.core.rapat.PerangkatDesa;
import id.kesos.core.rapat.RapatService;
import id.kesos.core.rapat.StatusTindakLanjut;
import id.kesos.core.rapat.TindakLanjutTerbuka;
import id.kesos.core.wilayah.Wilayah;
import id.kesos.ui.BagianRegister;
import id.kesos.ui.Formulir;
import id.kesos.ui.Gaya;
import id.kesos.ui.dialog.DialogService;
import id.kesos.ui.task.TaskRunner;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The meetings page: the meetings (newest first), the open follow-ups of all meetings with their
 * tracking, the village officials list. Enter or a double click opens a meeting; Ctrl+N starts one.
 */
public final class RapatView extends BorderPane {
    private final RapatService svc;
    private final Supplier<ProfilKantor> profil;
    private final Supplier<Kertas> kertas;
    private final Supplier<List<RingkasPsks>> pilar;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ObservableList<BarisRapat> rapat = FXCollections.observableArrayList();
    private final ObservableList<TindakLanjutTerbuka> terbuka = FXCollections.observableArrayList();
    private final TableView<BarisRapat> tabel = new TableView<>(rapat);
    private final Label ringkasan = new Label();

    public RapatView(RapatService svc, Supplier<ProfilKantor> profil, Supplier<Kertas> kertas, Supplier<List<RingkasPsks>> pilar,
            TaskRunner tasks, DialogService dialogs) {
        this.svc = svc;
        this.profil = profil;
        this.kertas = kertas;
        this.pilar = pilar;
        this.tasks = tasks;
        this.dialogs = dialogs;
        getStyleClass().add(Gaya.PAGE);
        setId("rapat-halaman");
        Label judul = new Label(Messages.get("rapat.halamanJudul"));
        judul.getStyleClass().add(Styles.TITLE_2);
        Button baru = new Button(Messages.get("rapat.baru"));
        baru.setId("rapat-baru");
        baru.getStyleClass().add(Styles.ACCENT);
        baru.setOnAction(e -> buka(null));
        Button perangkat = new Button(Messages.get("rapat.perangkatDesa"));
        perangkat.setId("rapat-perangkat");
        perangkat.setOnAction(e -> dialogPerangkat());
        Button muatUlang = new Button(Messages.get("pmks.muatUlang"));
        muatUlang.setOnAction(e -> muat());
        Region spasi = new Region();
        HBox.setHgrow(spasi, Priority.ALWAYS);
        HBox atas = new HBox(10, judul, spasi, muatUlang, perangkat, baru);
        atas.setAlignment(Pos.CENTER_LEFT);
        atas.setPadding(new Insets(20, 24, 10, 24));
        setTop(atas);

        tabel.setId("rapat-tabel");
        tabel.setPlaceholder(new Label(Messages.get("rapat.kosong")));
        tabel.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tabel.getColumns().add(kolom("rapat.tanggal", 100, b -> Tanggal.format(b.tanggal())));
        tabel.getColumns().add(kolom("rapat.judul", 360, b -> b.judul() == null ? Messages.get("rapat.tanpaJudul") : b.judul()));
        tabel.getColumns().add(kolom("rapat.jenis", 170, b -> Messages.get(b.jenis().labelKey())));
        tabel.getColumns().add(kolom("rapat.kolomHadir", 90, b -> b.hadir() + " / " + b.peserta()));
        tabel.getColumns().add(kolom("rapat.kolomTerbuka", 110, b -> String.valueOf(b.tindakLanjutTerbuka())));
        tabel.getColumns().add(kolom("pmks.kolomStatus", 80, b -> Messages.get(b.status().labelKey())));
        BagianRegister.bukaBaris(tabel, b -> buka(b.id()));
        ringkasan.setId("rapat-ringkasan");

        TableView<TindakLanjutTerbuka> tl = new TableView<>(terbuka);
        tl.setId("rapat-tindak-lanjut-terbuka");
        tl.setPlaceholder(new Label(Messages.get("rapat.tidakAdaTindakLanjut")));
        tl.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tl.getColumns().add(kolomTl("tindakLanjut.uraian", 330, t -> t.tindakLanjut().uraian()));
        tl.getColumns().add(kolomTl("tindakLanjut.penanggungJawab", 160, t -> t.tindakLanjut().penanggungJawab()));
        tl.getColumns().add(kolomTl("rapat.batasWaktu", 100, t -> Tanggal.format(t.tindakLanjut().batasWaktu())
                + (t.lewat(LocalDate.now()) ? "  \u26a0" : "")));
        tl.getColumns().add(kolomTl("rapat.statusTindakLanjut", 100, t -> Messages.get(t.tindakLanjut().status().labelKey())));
        tl.getColumns().add(kolomTl("rapat.dariRapat", 100, t -> Tanggal.format(t.tanggalRapat())));
        tl.setPrefHeight(200);
        BagianRegister.bukaBaris(tl, this::dialogTindakLanjut);
        Label judulTl = new Label(Messages.get("rapat.tindakLanjutTerbuka"));
        judulTl.getStyleClass().add(Styles.TITLE_4);
        Label petunjuk = new Label(Messages.get("rapat.tindakLanjutPetunjuk"));
        petunjuk.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox tengah = new VBox(8, tabel, ringkasan, judulTl, petunjuk, tl);
        VBox.setVgrow(tabel, Priority.ALWAYS);
        tengah.setPadding(new Insets(0, 24, 16, 24));
        setCenter(tengah);
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), () -> {
                    if (getParent() != null && isVisible()) {
                        buka(null);
                    }
                });
            }
        });
        muat();
    }

    private static TableColumn<BarisRapat, String> kolom(String key, double lebar, Function<BarisRapat, String> f) {
        TableColumn<BarisRapat, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        c.setPrefWidth(lebar);
        return c;
    }

    private static TableColumn<TindakLanjutTerbuka, String> kolomTl(String key, double lebar, Function<TindakLanjutTerbuka, String> f) {
        TableColumn<TindakLanjutTerbuka, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        c.setPrefWidth(lebar);
        return c;
    }

    /** The meeting list and the open follow-ups, read together. */
    private record Daftar(List<BarisRapat> rapat, List<TindakLanjutTerbuka> terbuka) {
    }

    /** What a meeting's window needs before it opens. */
    private record Pembuka(ProfilKantor profil, Kertas kertas, List<RingkasPsks> pilar, List<PerangkatDesa> perangkat) {
    }

    public void muat() {
        tasks.jalankan(() -> new Daftar(svc.daftar(), svc.tindakLanjutTerbuka(null)), r -> {
            List<BarisRapat> a = r.rapat();
            List<TindakLanjutTerbuka> b = r.terbuka();
            rapat.setAll(a);
            terbuka.setAll(b);
            long lewat = b.stream().filter(t -> t.lewat(LocalDate.now())).count();
            ringkasan.setText(Messages.get("rapat.ringkasan", a.size(), b.size(), lewat));
        }, dialogs::galat);
    }

    /** Opens a meeting, or a new one (id null). */
    public void buka(Long id) {
        tasks.jalankan(() -> new Pembuka(profil.get(), kertas.get(), pilar.get(), svc.perangkatDesa()), r -> {
            RapatFormViewModel vm = new RapatFormViewModel(svc, r.profil(), r.kertas(), tasks, dialogs);
            vm.setSesudahBerubah(this::muat);
            new RapatDialog(vm, tasks, dialogs, getScene() == null ? null : getScene().getWindow(), r.pilar(), r.perangkat()).tampilkan(id);
        }, dialogs::galat);
    }

    /** Tracks one follow-up: its status and a note; allowed after its meeting is final. */
    private void dialogTindakLanjut(TindakLanjutTerbuka t) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(getScene().getWindow());
        d.setTitle(Messages.get("rapat.ubahTindakLanjut"));
        d.setHeaderText(t.tindakLanjut().uraian());
        ComboBox<StatusTindakLanjut> st = Formulir.combo("tl-status", "", s -> Messages.get(s.labelKey()));
        st.getItems().addAll(StatusTindakLanjut.values());
        st.setValue(t.tindakLanjut().status());
        TextField catatan = new TextField(t.tindakLanjut().catatan() == null ? "" : t.tindakLanjut().catatan());
        catatan.setId("tl-catatan");
        StringProperty galat = new SimpleStringProperty("");
        VBox isi = new VBox(6, Formulir.bidang(Messages.get("rapat.statusTindakLanjut"), st, null, null, null),
                Formulir.bidang(Messages.get("tindakLanjut.catatan"), catatan, null, null, null), Formulir.galatLabel(galat, "galat-tl"));
        isi.setPrefWidth(440);
        d.getDialogPane().setContent(isi);
        ButtonType ok = new ButtonType(Messages.get("pmks.simpan"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(Messages.get("tombol.batal"), ButtonBar.ButtonData.CANCEL_CLOSE));
        BagianRegister.tetapTerbuka(d, ok, "tl-simpan", () -> tasks.jalankan(() -> svc.ubahTindakLanjut(t.tindakLanjut().id(), st.getValue(),
                catatan.getText()), x -> {
                    d.close();
                    muat();
                }, e -> galat.set(e.getMessage())));
        d.show();
    }

    /** The village officials: add or correct one; deactivate who left office. */
    private void dialogPerangkat() {
        // the office profile is read in the background too (it is a database read)
        tasks.jalankan(() -> new Object[] {svc.perangkatDesa(), profil.get()}, hasil -> {
            @SuppressWarnings("unchecked")
            List<PerangkatDesa> daftar = (List<PerangkatDesa>) hasil[0];
            ProfilKantor p = (ProfilKantor) hasil[1];
            Dialog<ButtonType> d = new Dialog<>();
            d.initOwner(getScene().getWindow());
            d.setTitle(Messages.get("rapat.perangkatDesa"));
            d.setHeaderText(Messages.get("rapat.perangkatPenjelasan"));
            ObservableList<PerangkatDesa> isiTabel = FXCollections.observableArrayList(daftar);
            TableView<PerangkatDesa> t = new TableView<>(isiTabel);
            t.setId("perangkat-tabel");
            Function<String, String> namaDesa = kode -> p.desa().stream().filter(w -> w.kode().equals(kode)).map(Wilayah::nama).findFirst()
                    .orElse(kode);
            t.getColumns().add(kolomP("penduduk.desa", 130, x -> namaDesa.apply(x.desaKode())));
            t.getColumns().add(kolomP("perangkat.jabatan", 150, x -> Messages.get(x.jabatan().labelKey())));
            t.getColumns().add(kolomP("perangkat.nama", 200, PerangkatDesa::nama));
            t.getColumns().add(kolomP("rapat.lp", 40, x -> x.jk() == null ? "" : x.jk().name()));
            t.getColumns().add(kolomP("perangkat.telepon", 130, x -> x.telepon() == null ? "" : x.telepon()));
            t.getColumns().add(kolomP("pmks.kolomStatus", 80, x -> Messages.get(x.aktif() ? "psks.aktif" : "psks.kolomNonaktif")));
            t.setPrefHeight(320);
            t.setPrefWidth(860);
            ComboBox<Wilayah> desa = Formulir.combo("perangkat-desa", Messages.get("penduduk.desa"), Wilayah::nama);
            desa.getItems().addAll(p.desa());
            ComboBox<JabatanDesa> jabatan = Formulir.combo("perangkat-jabatan", Messages.get("perangkat.jabatan"), j -> Messages.get(j.labelKey()));
            jabatan.getItems().addAll(JabatanDesa.values());
            TextField nama = new TextField();
            nama.setId("perangkat-nama");
            nama.setPromptText(Messages.get("perangkat.nama"));
            nama.setPrefColumnCount(14);
            desa.setPrefWidth(150);
            jabatan.setPrefWidth(150);
            ComboBox<JenisKelamin> jk = Formulir.jenisKelamin("perangkat-jk", new javafx.beans.property.SimpleObjectProperty<>());
            TextField hp = new TextField();
            hp.setId("perangkat-hp");
            hp.setPromptText(Messages.get("perangkat.telepon"));
            jk.setPromptText(Messages.get("rapat.lp"));
            jk.setPrefWidth(140);
            hp.setPrefColumnCount(9);
            javafx.scene.control.CheckBox aktif = new javafx.scene.control.CheckBox(Messages.get("psks.aktif"));
            aktif.setSelected(true);
            PerangkatDesa[] dipilih = {null};
            t.getSelectionModel().selectedItemProperty().addListener((o, a, x) -> {
                dipilih[0] = x;
                if (x != null) {
                    desa.setValue(p.desa().stream().filter(w -> w.kode().equals(x.desaKode())).findFirst().orElse(null));
                    jabatan.setValue(x.jabatan());
                    nama.setText(x.nama());
                    jk.setValue(x.jk());
                    hp.setText(x.telepon() == null ? "" : x.telepon());
                    aktif.setSelected(x.aktif());
                }
            });
            StringProperty galat = new SimpleStringProperty("");
            Button simpan = new Button(Messages.get("pmks.simpan"));
            simpan.setId("perangkat-simpan");
            Button kosongkan = new Button(Messages.get("rapat.perangkatBaru"));
            kosongkan.setOnAction(e -> {
                t.getSelectionModel().clearSelection();
                dipilih[0] = null;
                nama.clear();
                hp.clear();
                jk.setValue(null);
                aktif.setSelected(true);
                nama.requestFocus();
            });
            simpan.setOnAction(e -> {
                PerangkatDesa x = dipilih[0];
                PerangkatDesa baru = new PerangkatDesa(x == null ? null : x.id(), desa.getValue() == null ? null : desa.getValue().kode(),
                        jabatan.getValue(), nama.getText(), jk.getValue(), hp.getText(), aktif.isSelected(), x == null ? 0 : x.version());
                tasks.jalankan(() -> {
                    svc.simpanPerangkat(baru);
                    return svc.perangkatDesa();
                }, l -> {
                    isiTabel.setAll(l);
                    galat.set("");
                    kosongkan.fire();
                }, err -> galat.set(err.getMessage()));
            });
            HBox form = new HBox(8, desa, jabatan, nama, jk, hp);
            form.setAlignment(Pos.CENTER_LEFT);
            HBox aksi = new HBox(12, aktif, kosongkan, simpan);
            aksi.setAlignment(Pos.CENTER_LEFT);
            VBox isi = new VBox(8, t, form, aksi, Formulir.galatLabel(galat, "galat-perangkat"));
            isi.setMinWidth(860);
            d.getDialogPane().setContent(isi);
            d.setResizable(true);
            d.getDialogPane().getButtonTypes().add(new ButtonType(Messages.get("tombol.tutup"), ButtonBar.ButtonData.CANCEL_CLOSE));
            d.show();
        }, dialogs::galat);
    }

    private static TableColumn<PerangkatDesa, String> kolomP(String key, double lebar, Function<PerangkatDesa, String> f) {
        TableColumn<PerangkatDesa, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        c.setPrefWidth(lebar);
        return c;
    }
}
