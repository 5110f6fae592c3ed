package id.kesos.ui.pengaturan;

import atlantafx.base.theme.Styles;
import id.kesos.core.i18n.Messages;
import id.kesos.ui.Gaya;
import id.kesos.ui.dialog.DialogService;
import id.kesos.ui.kantor.KantorFormView;
import id.kesos.ui.task.TaskRunner;
import id.kesos.ui.wilayah.WilayahPilihView;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Pengaturan: edit what the first-run wizard asked, plus the language. */
public final class PengaturanView extends BorderPane {
    public PengaturanView(PengaturanViewModel vm, CadanganViewModel cadangan, PenggunaViewModel pengguna, TaskRunner tasks,
            DialogService dialogs) {
        getStyleClass().add(Gaya.PAGE);
        Label judul = new Label(Messages.get("nav.pengaturan"));
        judul.getStyleClass().add(Styles.TITLE_2);

        Label wilayahJudul = new Label(Messages.get("pengaturan.wilayah"));
        wilayahJudul.getStyleClass().add(Styles.TITLE_3);
        WilayahPilihView wilayah = new WilayahPilihView(vm.wilayah());
        wilayah.setPrefHeight(300);
        wilayah.setMinHeight(240);
        Label profilJudul = new Label(Messages.get("pengaturan.profil"));
        profilJudul.getStyleClass().add(Styles.TITLE_3);
        KantorFormView form = new KantorFormView(vm.form(), tasks, dialogs);

        Label bahasaJudul = new Label(Messages.get("pengaturan.bahasa"));
        bahasaJudul.getStyleClass().add(Styles.TITLE_3);
        ComboBox<String> bahasa = new ComboBox<>();
        bahasa.setId("pengaturan-bahasa");
        bahasa.getItems().addAll("id", "en");
        bahasa.setButtonCell(new BahasaCell());
        bahasa.setCellFactory(v -> new BahasaCell());
        bahasa.valueProperty().bindBidirectional(vm.bahasaProperty());
        Label bahasaKet = new Label(Messages.get("pengaturan.bahasaKeterangan"));
        bahasaKet.getStyleClass().add(Styles.TEXT_MUTED);

        Label kertasJudul = new Label(Messages.get("pengaturan.kertas"));
        kertasJudul.getStyleClass().add(Styles.TITLE_3);
        ComboBox<id.kesos.core.cetak.Kertas> kertas = id.kesos.ui.Formulir.combo("pengaturan-kertas", "", k -> Messages.get(k.labelKey()));
        kertas.getItems().addAll(id.kesos.core.cetak.Kertas.values());
        kertas.valueProperty().bindBidirectional(vm.kertasProperty());
        Label kertasKet = new Label(Messages.get("pengaturan.kertasKeterangan"));
        kertasKet.getStyleClass().add(Styles.TEXT_MUTED);
        kertasKet.setWrapText(true);

        Label privasiJudul = new Label(Messages.get("pengaturan.privasi"));
        privasiJudul.getStyleClass().add(Styles.TITLE_3);
        javafx.scene.control.CheckBox samarkan = new javafx.scene.control.CheckBox(Messages.get("pengaturan.samarkan"));
        samarkan.setId("pengaturan-samarkan");
        samarkan.setWrapText(true);
        samarkan.selectedProperty().bindBidirectional(vm.samarkanProperty());
        Label privasiKet = new Label(Messages.get("pengaturan.privasiKeterangan"));
        privasiKet.getStyleClass().add(Styles.TEXT_MUTED);
        privasiKet.setWrapText(true);

        VBox isi = new VBox(12, judul, wilayahJudul, wilayah, profilJudul, form, kertasJudul, new HBox(12, kertas, kertasKet), privasiJudul,
                samarkan, privasiKet, bahasaJudul,
                new HBox(12, bahasa, bahasaKet), bagianCadangan(cadangan), bagianPengguna(pengguna, dialogs));
        isi.setPadding(new Insets(24));
        ScrollPane scroll = id.kesos.ui.Formulir.ikutiFokus(new ScrollPane(isi));
        scroll.setFitToWidth(true);
        setCenter(scroll);
        // what a backup or a restore reports is shown where the user looks, below the buttons
        javafx.scene.Node statusCadangan = isi.lookup("#cadangan-status");
        cadangan.statusProperty().addListener((o, lama, baru) -> javafx.application.Platform.runLater(
                () -> id.kesos.ui.Formulir.tampakkan(scroll, statusCadangan)));

        Label status = new Label();
        status.setId("pengaturan-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        Button batal = new Button(Messages.get("pengaturan.batal"));
        batal.setId("pengaturan-batal");
        batal.setCancelButton(true);
        batal.setOnAction(e -> vm.muat());
        Button simpan = new Button(Messages.get("pengaturan.simpan"));
        simpan.setId("pengaturan-simpan");
        simpan.getStyleClass().add(Styles.ACCENT);
        simpan.setDefaultButton(true);
        simpan.disableProperty().bind(vm.sibukProperty());
        simpan.setOnAction(e -> vm.simpan());
        Region spasi = new Region();
        HBox.setHgrow(spasi, Priority.ALWAYS);
        HBox bawah = new HBox(10, status, spasi, batal, simpan);
        bawah.setAlignment(Pos.CENTER_RIGHT);
        bawah.setPadding(new Insets(10, 24, 12, 24));
        bawah.getStyleClass().add("kesos-action-bar");
        setBottom(bawah);
        vm.muat();
    }

    /** Where backups go, "Cadangkan sekarang" and "Pulihkan dari cadangan...". */
    private static VBox bagianCadangan(CadanganViewModel vm) {
        Label judul = new Label(Messages.get("cadangan.judul"));
        judul.getStyleClass().add(Styles.TITLE_3);
        Label ket = new Label(Messages.get("cadangan.keterangan"));
        ket.getStyleClass().add(Styles.TEXT_MUTED);
        ket.setWrapText(true);
        Label folderLabel = new Label(Messages.get("cadangan.folder"));
        javafx.scene.control.TextField folder = new javafx.scene.control.TextField();
        folder.setId("cadangan-folder");
        folder.setEditable(false);
        folder.textProperty().bind(vm.folderProperty());
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button ubah = new Button(Messages.get("cadangan.ubahFolder"));
        ubah.setId("cadangan-ubah-folder");
        ubah.setOnAction(e -> vm.gantiFolder());
        Button sekarang = new Button(Messages.get("cadangan.sekarang"));
        sekarang.setId("cadangan-sekarang");
        sekarang.disableProperty().bind(vm.sibukProperty());
        sekarang.setOnAction(e -> vm.cadangkanSekarang());
        Button pulihkan = new Button(Messages.get("cadangan.pulihkan"));
        pulihkan.setId("cadangan-pulihkan");
        pulihkan.disableProperty().bind(vm.sibukProperty());
        pulihkan.setOnAction(e -> vm.pulihkan());
        Label status = new Label();
        status.setId("cadangan-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        HBox baris = new HBox(8, folderLabel, folder, ubah);
        baris.setAlignment(Pos.CENTER_LEFT);
        Label log = new Label(Messages.get("pengaturan.log", vm.berkasLog()));
        log.setId("pengaturan-log");
        log.getStyleClass().add(Styles.TEXT_MUTED);
        log.setWrapText(true);
        return new VBox(8, judul, ket, baris, new HBox(8, sekarang, pulihkan), status, log, bagianSandi(vm));
    }

    /** "Pengguna": the users and their roles, adding one and deactivating one (an Admin's, or the first user's). */
    private static VBox bagianPengguna(PenggunaViewModel vm, DialogService dialogs) {
        Label judul = new Label(Messages.get("pengguna.judul"));
        judul.getStyleClass().add(Styles.TITLE_3);
        Label keadaan = new Label();
        keadaan.setId("pengguna-keadaan");
        keadaan.setWrapText(true);
        keadaan.textProperty().bind(vm.keadaanProperty());
        javafx.scene.control.TableView<id.kesos.core.pengguna.PenggunaService.Pengguna> tabel = new javafx.scene.control.TableView<>(vm.daftar());
        tabel.setId("pengguna-tabel");
        tabel.setPrefHeight(160);
        tabel.setPlaceholder(new Label(Messages.get("cli.pengguna.tidakAktif")));
        tabel.setColumnResizePolicy(javafx.scene.control.TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        for (String[] k : new String[][] {{"masuk.nama", "nama"}, {"pengguna.kolomPeran", "peran"}, {"pengguna.kolomStatus", "status"}}) {
            javafx.scene.control.TableColumn<id.kesos.core.pengguna.PenggunaService.Pengguna, String> c =
                    new javafx.scene.control.TableColumn<>(Messages.get(k[0]));
            c.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyObjectWrapper<>(switch (k[1]) {
                case "nama" -> d.getValue().nama();
                case "peran" -> d.getValue().peran().label();
                default -> Messages.get(d.getValue().aktif() ? "cli.pengguna.statusAktif" : "cli.pengguna.statusNonaktif")
                        + (d.getValue().terkunci() ? ", " + Messages.get("cli.pengguna.statusTerkunci") : "");
            }));
            c.setPrefWidth(180);
            tabel.getColumns().add(c);
        }
        Button tambah = new Button(Messages.get("pengguna.tombolTambah"));
        tambah.setId("pengguna-tambah");
        tambah.disableProperty().bind(vm.bolehProperty().not());
        tambah.setOnAction(e -> dialogPengguna(tambah, vm, dialogs));
        Button nonaktif = new Button(Messages.get("pengguna.tombolNonaktif"));
        nonaktif.setId("pengguna-nonaktifkan");
        nonaktif.disableProperty().bind(vm.bolehProperty().not().or(tabel.getSelectionModel().selectedItemProperty().isNull()));
        nonaktif.setOnAction(e -> vm.nonaktifkan(tabel.getSelectionModel().getSelectedItem()));
        vm.muat();
        return new VBox(8, judul, keadaan, tabel, new HBox(8, tambah, nonaktif));
    }

    /** A new user: name, role, password twice. The first one (an Admin) gets the recovery code shown once. */
    private static void dialogPengguna(javafx.scene.Node dari, PenggunaViewModel vm, DialogService dialogs) {
        javafx.scene.control.Dialog<javafx.scene.control.ButtonType> d = new javafx.scene.control.Dialog<>();
        d.initOwner(dari.getScene().getWindow());
        d.setTitle(Messages.get("pengguna.tombolTambah"));
        d.setHeaderText(Messages.get("pengguna.kepalaTambah"));
        javafx.scene.control.TextField nama = new javafx.scene.control.TextField();
        nama.setId("pengguna-nama");
        javafx.scene.control.ComboBox<id.kesos.core.audit.Peran> peran = id.kesos.ui.Formulir.combo("pengguna-peran", "",
                id.kesos.core.audit.Peran::label);
        peran.getItems().addAll(id.kesos.core.audit.Peran.values());
        peran.setValue(vm.daftar().stream().anyMatch(id.kesos.core.pengguna.PenggunaService.Pengguna::aktif) ? id.kesos.core.audit.Peran.OPERATOR
                : id.kesos.core.audit.Peran.ADMIN);
        javafx.scene.control.PasswordField sandi = new javafx.scene.control.PasswordField();
        sandi.setId("pengguna-sandi");
        javafx.scene.control.PasswordField ulang = new javafx.scene.control.PasswordField();
        ulang.setId("pengguna-ulang");
        Label galat = id.kesos.ui.Formulir.galatDialog("pengguna-galat");
        VBox isi = new VBox(6, new Label(Messages.get("masuk.nama")), nama, new Label(Messages.get("pengguna.kolomPeran")), peran,
                new Label(Messages.get("masuk.sandi")), sandi, new Label(Messages.get("sandi.labelUlang")), ulang, galat);
        isi.setPrefWidth(440);
        d.getDialogPane().setContent(isi);
        javafx.scene.control.ButtonType ok = new javafx.scene.control.ButtonType(Messages.get("pengguna.tombolTambahOk"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, new javafx.scene.control.ButtonType(Messages.get("tombol.batal"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        Button tombolOk = (Button) d.getDialogPane().lookupButton(ok);
        tombolOk.setId("pengguna-ok");
        tombolOk.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            String salah = vm.periksa(nama.getText(), peran.getValue(), sandi.getText().toCharArray(), ulang.getText().toCharArray());
            if (salah != null) {
                galat.setText(salah);
                return;
            }
            vm.tambah(nama.getText(), peran.getValue(), sandi.getText().toCharArray(), kode -> {
                d.setResult(ok);
                d.close();
                if (kode != null) {
                    dialogs.galat(Messages.get("pengguna.kodeJudul"), Messages.get("pengguna.kodePesan", kode));
                }
            }, galat::setText);
        });
        d.show();
        javafx.application.Platform.runLater(nama::requestFocus);
    }

    /** "Kata sandi data": whether the data is encrypted, and setting, changing or removing the password. */
    private static VBox bagianSandi(CadanganViewModel vm) {
        Label judul = new Label(Messages.get("sandi.judul"));
        judul.getStyleClass().add(Styles.TITLE_3);
        boolean aktif = vm.terenkripsi();
        Label keadaan = new Label(Messages.get(aktif ? "sandi.keadaanAktif" : "sandi.keadaanTidak"));
        keadaan.setId("sandi-keadaan");
        keadaan.setWrapText(true);
        HBox tombol = new HBox(8);
        for (CadanganViewModel.UbahSandi apa : aktif ? java.util.List.of(CadanganViewModel.UbahSandi.GANTI, CadanganViewModel.UbahSandi.HAPUS)
                : java.util.List.of(CadanganViewModel.UbahSandi.PASANG)) {
            Button b = new Button(Messages.get(switch (apa) {
                case PASANG -> "sandi.tombolPasang";
                case GANTI -> "sandi.tombolGanti";
                case HAPUS -> "sandi.tombolHapus";
            }));
            b.setId("sandi-" + apa.name().toLowerCase(java.util.Locale.ROOT));
            b.disableProperty().bind(vm.sibukProperty());
            b.setOnAction(e -> dialogSandi(b, vm, apa));
            tombol.getChildren().add(b);
        }
        return new VBox(8, judul, keadaan, tombol);
    }

    /** The password dialog: current password (change, remove), the new one twice and the acknowledgement (set, change). */
    private static void dialogSandi(javafx.scene.Node dari, CadanganViewModel vm, CadanganViewModel.UbahSandi apa) {
        javafx.scene.control.Dialog<javafx.scene.control.ButtonType> d = new javafx.scene.control.Dialog<>();
        d.initOwner(dari.getScene().getWindow());
        d.setTitle(Messages.get("sandi.judul"));
        d.setHeaderText(Messages.get(switch (apa) {
            case PASANG -> "sandi.kepalaPasang";
            case GANTI -> "sandi.kepalaGanti";
            case HAPUS -> "sandi.kepalaHapus";
        }));
        javafx.scene.control.PasswordField lama = new javafx.scene.control.PasswordField();
        lama.setId("sandi-lama");
        javafx.scene.control.PasswordField baru = new javafx.scene.control.PasswordField();
        baru.setId("sandi-baru");
        javafx.scene.control.PasswordField ulang = new javafx.scene.control.PasswordField();
        ulang.setId("sandi-ulang");
        javafx.scene.control.CheckBox paham = new javafx.scene.control.CheckBox(Messages.get("sandi.paham"));
        paham.setId("sandi-paham");
        paham.setWrapText(true);
        Label galat = id.kesos.ui.Formulir.galatDialog("sandi-galat");
        VBox isi = new VBox(6);
        if (apa != CadanganViewModel.UbahSandi.PASANG) {
            isi.getChildren().addAll(new Label(Messages.get("sandi.labelLama")), lama);
        }
        if (apa != CadanganViewModel.UbahSandi.HAPUS) {
            Label ket = new Label(Messages.get("sandi.ketBaru", id.kesos.core.db.Enkripsi.PANJANG_MIN));
            ket.getStyleClass().add(Styles.TEXT_MUTED);
            ket.setWrapText(true);
            isi.getChildren().addAll(new Label(Messages.get("sandi.labelBaru")), baru, new Label(Messages.get("sandi.labelUlang")), ulang, ket,
                    paham);
        }
        isi.getChildren().add(galat);
        isi.setPrefWidth(480);
        d.getDialogPane().setContent(isi);
        javafx.scene.control.ButtonType ok = new javafx.scene.control.ButtonType(Messages.get(switch (apa) {
            case PASANG -> "sandi.tombolPasangOk";
            case GANTI -> "sandi.tombolGantiOk";
            case HAPUS -> "sandi.tombolHapusOk";
        }), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, new javafx.scene.control.ButtonType(Messages.get("tombol.batal"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        Button tombolOk = (Button) d.getDialogPane().lookupButton(ok);
        tombolOk.setId("sandi-ok");
        tombolOk.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume(); // closed once the input is found usable
            galat.setText("");
            vm.periksaLaluUbah(apa, lama.getText().toCharArray(), baru.getText().toCharArray(), ulang.getText().toCharArray(),
                    paham.isSelected(), galat::setText, () -> {
                        d.setResult(ok);
                        d.close();
                    });
        });
        d.show();
        javafx.application.Platform.runLater(apa == CadanganViewModel.UbahSandi.PASANG ? baru::requestFocus : lama::requestFocus);
    }

    private static final class BahasaCell extends ListCell<String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : Messages.get("en".equals(item) ? "bahasa.en" : "bahasa.id"));
        }
    }
}
