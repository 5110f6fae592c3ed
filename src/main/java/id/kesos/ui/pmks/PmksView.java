package id.kesos.ui.pmks;

import atlantafx.base.theme.Styles;
import id.kesos.core.i18n.Messages;
import id.kesos.core.penduduk.JenisKelamin;
import id.kesos.core.penduduk.Tanggal;
import id.kesos.core.pmks.BarisPmks;
import id.kesos.core.pmks.JenisPmks;
import id.kesos.core.pmks.StatusPmks;
import id.kesos.core.pmks.Urutan;
import id.kesos.core.wilayah.Wilayah;
import id.kesos.ui.Formulir;
import id.kesos.ui.Gaya;
import id.kesos.ui.BagianRegister;
import id.kesos.ui.dialog.DialogService;
import id.kesos.ui.task.TaskRunner;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
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

/** The PMKS page: search as you type, filters, a sortable paged table; Enter or double-click opens the person. */
public final class PmksView extends BorderPane {
    private final PmksViewModel vm;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final TextField cari = new TextField();
    private final TableView<BarisPmks> tabel = new TableView<>();

    public PmksView(PmksViewModel vm, TaskRunner tasks, DialogService dialogs) {
        this.vm = vm;
        this.tasks = tasks;
        this.dialogs = dialogs;
        getStyleClass().add(Gaya.PAGE);
        setId("pmks-halaman");

        Label judul = new Label(Messages.get("pmks.judul"));
        judul.getStyleClass().add(Styles.TITLE_2);
        cari.setId("pmks-cari");
        cari.setPromptText(Messages.get("pmks.cariPetunjuk"));
        cari.setPrefColumnCount(28);
        BagianRegister.kolomCari(cari, vm.teksProperty(), tabel, vm::cariUlang);
        Button tambah = new Button(Messages.get("pmks.tambah"));
        tambah.setId("pmks-tambah");
        tambah.getStyleClass().add(Styles.ACCENT);
        tambah.setTooltip(new Tooltip(Messages.get("pmks.tambahPintasan")));
        tambah.setOnAction(e -> bukaOrang(null));
        Button kelompok = new Button(Messages.get("kelompok.tambah"));
        kelompok.setId("pmks-tambah-kelompok");
        kelompok.setOnAction(e -> dialogKelompok());
        Button muatUlang = new Button(Messages.get("pmks.muatUlang"));
        muatUlang.setId("pmks-muat-ulang");
        muatUlang.setOnAction(e -> vm.muatUlang());
        ProgressIndicator sibuk = new ProgressIndicator();
        sibuk.setPrefSize(20, 20);
        sibuk.visibleProperty().bind(vm.sibukProperty());
        Label ringkasan = new Label();
        ringkasan.setId("pmks-ringkasan");
        ringkasan.textProperty().bind(vm.ringkasanProperty());
        Region spasi = new Region();
        HBox.setHgrow(spasi, Priority.ALWAYS);
        HBox baris1 = new HBox(10, judul, spasi, sibuk, muatUlang, kelompok, tambah);
        baris1.setAlignment(Pos.CENTER_LEFT);

        ComboBox<Wilayah> desa = Formulir.combo("pmks-filter-desa", Messages.get("pmks.semuaDesa"), Pilihan::desa);
        desa.setItems(Formulir.denganSemua(vm.daftarDesa()));
        desa.valueProperty().bindBidirectional(vm.desaProperty());
        ComboBox<JenisPmks> jenis = Formulir.combo("pmks-filter-jenis", Messages.get("pmks.semuaJenis"), Pilihan::jenis);
        jenis.setItems(Formulir.denganSemua(vm.daftarJenis()));
        jenis.valueProperty().bindBidirectional(vm.jenisProperty());
        jenis.setPrefWidth(260);
        ComboBox<StatusPmks> status = Formulir.combo("pmks-filter-status", Messages.get("pmks.semuaStatus"), Pilihan::status);
        status.getItems().addAll(Arrays.asList(StatusPmks.values()));
        status.valueProperty().bindBidirectional(vm.statusProperty());
        ComboBox<Integer> tahun = Formulir.combo("pmks-filter-tahun", Messages.get("pmks.semuaTahun"), String::valueOf);
        int ini = LocalDate.now().getYear();
        for (int t = ini + 1; t >= ini - 6; t--) {
            tahun.getItems().add(t);
        }
        tahun.valueProperty().bindBidirectional(vm.tahunProperty());
        ComboBox<JenisKelamin> jk = Formulir.combo("pmks-filter-jk", Messages.get("pmks.semuaJk"), Formulir::teksJk);
        jk.getItems().addAll(JenisKelamin.values());
        jk.valueProperty().bindBidirectional(vm.jkProperty());
        ComboBox<String> spm = Formulir.combo("pmks-filter-spm", Messages.get("pmks.semuaSpm"), Pilihan::spm);
        spm.getItems().addAll("anak_telantar", "lansia_telantar", "disabilitas_telantar", "tuna_sosial", "korban_bencana");
        spm.valueProperty().bindBidirectional(vm.spmProperty());
        ComboBox<Boolean> bantuan = Formulir.combo("pmks-filter-bantuan", Messages.get("pmks.semuaBantuan"),
                b -> Messages.get(b ? "pmks.sudahBantuan" : "pmks.belumBantuan"));
        bantuan.getItems().addAll(true, false);
        bantuan.valueProperty().bindBidirectional(vm.bantuanProperty());
        for (ComboBox<?> c : List.of(status, tahun, jk, spm, bantuan)) {
            c.getItems().add(0, null);
        }
        Button reset = new Button(Messages.get("pmks.reset"));
        reset.setOnAction(e -> vm.reset());
        FlowPane filter = new FlowPane(8, 8, cari, desa, jenis, status, tahun, jk, spm, bantuan, reset);

        // a data-quality check opened from Beranda: which one, and the way back to the whole register
        Label hanya = new Label();
        hanya.setId("pmks-hanya");
        hanya.setWrapText(true);
        hanya.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("pmks.hanya", vm.hanyaJudulProperty().get()),
                vm.hanyaJudulProperty()));
        Button semua = new Button(Messages.get("pmks.semuaData"));
        semua.setId("pmks-semua-data");
        semua.setOnAction(e -> vm.semuaData());
        HBox pita = new HBox(10, hanya, semua);
        pita.setAlignment(Pos.CENTER_LEFT);
        pita.getStyleClass().add(Gaya.PITA);
        pita.setPadding(new Insets(6, 10, 6, 10));
        pita.visibleProperty().bind(vm.hanyaJudulProperty().isNotEmpty());
        pita.managedProperty().bind(pita.visibleProperty());

        VBox atas = new VBox(10, baris1, filter, pita);
        atas.setPadding(new Insets(20, 24, 10, 24));
        setTop(atas);

        bangunTabel();
        VBox tengah = new VBox(tabel);
        VBox.setVgrow(tabel, Priority.ALWAYS);
        tengah.setPadding(new Insets(0, 24, 0, 24));
        setCenter(tengah);

        Button sebelum = new Button(Messages.get("pmks.sebelumnya"));
        sebelum.setId("pmks-sebelumnya");
        sebelum.disableProperty().bind(vm.offsetProperty().isEqualTo(0));
        sebelum.setOnAction(e -> vm.halamanSebelumnya());
        Button berikut = new Button(Messages.get("pmks.berikutnya"));
        berikut.setId("pmks-berikutnya");
        berikut.disableProperty().bind(vm.offsetProperty().add(PmksViewModel.PER_HALAMAN).greaterThanOrEqualTo(vm.totalProperty()));
        berikut.setOnAction(e -> vm.halamanBerikut());
        Label tanda = new Label(Messages.get("pmks.tandaSensitif"));
        tanda.getStyleClass().add(Styles.TEXT_MUTED);
        Region spasi2 = new Region();
        HBox.setHgrow(spasi2, Priority.ALWAYS);
        HBox bawah = new HBox(10, ringkasan, tanda, spasi2, sebelum, berikut);
        bawah.setAlignment(Pos.CENTER_LEFT);
        bawah.setPadding(new Insets(8, 24, 12, 24));
        setBottom(bawah);

        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), () -> {
                    if (getParent() != null && isVisible()) {
                        bukaOrang(null);
                    }
                });
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), cari::requestFocus);
            }
        });
        vm.buka();
    }

    private void bangunTabel() {
        tabel.setId("pmks-tabel");
        tabel.setItems(vm.baris());
        tabel.setPlaceholder(new Label(Messages.get("pmks.kosong")));
        tabel.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tabel.getColumns().add(kolom("pmks.kolomNik", Urutan.NIK, 165, b -> b.nik() == null ? "-" : b.nik()));
        TableColumn<BarisPmks, String> nama = kolom("pmks.kolomNama", Urutan.NAMA, 220, BarisPmks::nama);
        tabel.getColumns().add(nama);
        tabel.getColumns().add(kolom("pmks.kolomJk", null, 45, b -> b.jk() == null ? "" : b.jk().name()));
        tabel.getColumns().add(kolom("pmks.kolomLahir", null, 100, b -> Tanggal.format(b.tanggalLahir())));
        tabel.getColumns().add(kolom("pmks.kolomDesa", Urutan.DESA, 120, BarisPmks::desaNama));
        TableColumn<BarisPmks, String> jenis = kolom("pmks.kolomJenis", Urutan.JENIS, 110,
                b -> b.jenisSingkatan() + (b.sensitif() ? "  \u26a0" : ""));
        jenis.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                BarisPmks b = empty || getTableRow() == null ? null : getTableRow().getItem();
                getStyleClass().remove("kesos-sensitif");
                setTooltip(null);
                if (b != null) {
                    // the short name's key: the type's full name ("FM" is Fakir Miskin), and the sensitive mark's meaning
                    String namaJenis = vm.daftarJenis().stream().filter(j -> j.kode().equals(b.jenisKode())).map(j -> j.kode() + " " + j.nama())
                            .findFirst().orElse(b.jenisKode());
                    if (b.sensitif()) {
                        getStyleClass().add("kesos-sensitif");
                        namaJenis += "\n" + Messages.get("pmks.sensitif");
                    }
                    setTooltip(new Tooltip(namaJenis));
                }
            }
        });
        tabel.getColumns().add(jenis);
        tabel.getColumns().add(kolom("pmks.kolomTahun", Urutan.TAHUN, 65, b -> String.valueOf(b.tahun())));
        tabel.getColumns().add(kolom("pmks.kolomStatus", Urutan.STATUS, 110, b -> Messages.get(b.status().labelKey())));
        tabel.getColumns().add(kolom("pmks.kolomBantuan", null, 95, b -> b.adaBantuan() ? Messages.get("pmks.ya") : ""));
        tabel.setSortPolicy(t -> {
            if (!t.getSortOrder().isEmpty()) {
                TableColumn<BarisPmks, ?> c = t.getSortOrder().getFirst();
                if (c.getUserData() instanceof Urutan u) {
                    vm.urutkan(u, c.getSortType() == TableColumn.SortType.ASCENDING);
                }
            }
            return true;
        });
        BagianRegister.bukaBaris(tabel, this::bukaBaris);
    }

    private static TableColumn<BarisPmks, String> kolom(String key, Urutan urutan, double lebar, Function<BarisPmks, String> nilai) {
        TableColumn<BarisPmks, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(nilai.apply(d.getValue())));
        c.setPrefWidth(lebar);
        c.setSortable(urutan != null);
        c.setUserData(urutan);
        return c;
    }

    private void bukaBaris(BarisPmks b) {
        if (b.pendudukId() != null) {
            bukaOrang(b.pendudukId());
        } else if (b.kelompokId() != null) {
            vm.detailKelompok(b.kelompokId(), this::dialogDetailKelompok);
        }
    }

    /** A group's record: its data, each type with status and history, and the actions on them. */
    private void dialogDetailKelompok(id.kesos.core.pmks.DetailKelompok dk) {
        javafx.scene.control.Dialog<javafx.scene.control.ButtonType> d = new javafx.scene.control.Dialog<>();
        d.initOwner(getScene().getWindow());
        id.kesos.core.pmks.Kelompok k = dk.kelompok();
        d.setTitle(k.nama());
        d.setHeaderText(Messages.get("kelompok.info", k.nama(), dk.desaNama(), k.jumlahKk(), k.jumlahJiwa(),
                k.lokasi() == null ? "" : k.lokasi()));
        VBox isi = new VBox(8);
        for (id.kesos.core.pmks.DetailPenduduk.Entri de : dk.entri()) {
            Label jenis = new Label(Messages.get("pmks.entriJudul", de.jenis().nama(), de.jenis().singkatan(), de.entri().tahun()));
            jenis.getStyleClass().add(Styles.TEXT_BOLD);
            Label status = new Label(Messages.get("pmks.statusBaris", Messages.get(de.entri().status().labelKey()),
                    de.entri().alasanStatus() == null ? "" : " \u2013 " + de.entri().alasanStatus()));
            Button ubah = new Button(Messages.get("pmks.ubahStatus"));
            ubah.setOnAction(e -> PendudukDialog.dialogStatus(d.getDialogPane().getScene().getWindow(), k.nama(), de,
                    (ke, alasan) -> vm.ubahStatus(de.entri(), ke, alasan, d::close)));
            Button hapus = new Button(Messages.get("pmks.hapus"));
            hapus.getStyleClass().add(Styles.DANGER);
            hapus.setOnAction(e -> {
                if (dialogs.konfirmasi(Messages.get("pmks.hapusJudul"), Messages.get("pmks.hapusPesan", de.jenis().nama(),
                        de.entri().tahun(), k.nama()), Messages.get("pmks.hapusTombol", k.nama()))) {
                    vm.hapus(de.entri(), d::close);
                }
            });
            VBox kartu = new VBox(4, jenis, status, new HBox(8, ubah, hapus));
            kartu.getStyleClass().add(Gaya.CARD);
            kartu.setPadding(new Insets(10));
            isi.getChildren().add(kartu);
        }
        isi.setPrefWidth(560);
        d.getDialogPane().setContent(isi);
        d.getDialogPane().getButtonTypes().add(new javafx.scene.control.ButtonType(Messages.get("tombol.tutup"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        d.show();
    }

    /** Opens a person (or a new, empty form when {@code pendudukId} is null). */
    public void bukaOrang(Long pendudukId) {
        new PendudukDialog(vm.formOrang(), dialogs, getScene() == null ? null : getScene().getWindow(), vm.daftarJenis(),
                vm.daftarPetugas()).tampilkan(pendudukId);
    }

    /** A group (KAT, Kelompok Minoritas) without a single NIK: name, place, desa, families and people. */
    private void dialogKelompok() {
        KelompokFormViewModel f = vm.formKelompok();
        javafx.scene.control.Dialog<javafx.scene.control.ButtonType> d = new javafx.scene.control.Dialog<>();
        d.initOwner(getScene().getWindow());
        d.setTitle(Messages.get("kelompok.judul"));
        d.setHeaderText(Messages.get("kelompok.judul"));
        ComboBox<JenisPmks> jenis = Formulir.combo("kelompok-jenis", "", Pilihan::jenis);
        jenis.getItems().addAll(f.jenisPilihan());
        jenis.valueProperty().bindBidirectional(f.jenis());
        TextField nama = teks("kelompok-nama", f.nama());
        TextField lokasi = teks("kelompok-lokasi", f.lokasi());
        ComboBox<Wilayah> desa = Formulir.combo("kelompok-desa", "", Pilihan::desa);
        desa.getItems().addAll(f.desaPilihan());
        desa.valueProperty().bindBidirectional(f.desa());
        TextField kk = teks("kelompok-kk", f.jumlahKk());
        TextField jiwa = teks("kelompok-jiwa", f.jumlahJiwa());
        TextField tahun = teks("kelompok-tahun", f.tahun());
        VBox isi = new VBox(6, Formulir.bidang(Messages.get("entri.jenis"), jenis, null, null, null),
                Formulir.bidang(Messages.get("kelompok.nama"), nama, null, null, null),
                Formulir.bidang(Messages.get("kelompok.lokasi"), lokasi, null, null, null),
                Formulir.bidang(Messages.get("penduduk.desa"), desa, null, null, null),
                Formulir.bidang(Messages.get("kelompok.jumlahKk"), kk, null, null, null),
                Formulir.bidang(Messages.get("kelompok.jumlahJiwa"), jiwa, null, null, null),
                Formulir.bidang(Messages.get("entri.tahun"), tahun, null, null, null),
                Formulir.galatLabel(f.galat(), "galat-kelompok"));
        isi.setPrefWidth(460);
        javafx.scene.control.ButtonType ok = new javafx.scene.control.ButtonType(Messages.get("pmks.simpan"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, new javafx.scene.control.ButtonType(Messages.get("tombol.batal"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().setContent(isi);
        // the dialog stays open until the group is saved; the reason shows under the fields
        BagianRegister.tetapTerbuka(d, ok, "kelompok-simpan", () -> f.simpan(() -> {
            d.close();
            vm.muat();
        }));
        d.show();
    }

    private static TextField teks(String id, javafx.beans.property.StringProperty nilai) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(nilai);
        return t;
    }
}
