package id.kesos.ui.rapat;

import id.kesos.core.i18n.Messages;
import id.kesos.core.rapat.JabatanDesa;
import id.kesos.core.rapat.PerangkatDesa;
import id.kesos.core.wilayah.Wilayah;
import id.kesos.ui.Formulir;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The village officials' editor (see {@link PerangkatDesaViewModel}): the list above, one form below. */
final class PerangkatDesaDialog extends Dialog<ButtonType> {

    PerangkatDesaDialog(PerangkatDesaViewModel vm, Window pemilik) {
        initOwner(pemilik);
        setTitle(Messages.get("rapat.perangkatDesa"));
        setHeaderText(Messages.get("rapat.perangkatPenjelasan"));
        TableView<PerangkatDesa> t = new TableView<>(vm.daftar());
        t.setId("perangkat-tabel");
        t.getColumns().add(RapatView.kolom("penduduk.desa", 130, (PerangkatDesa x) -> vm.namaDesa(x.desaKode())));
        t.getColumns().add(RapatView.kolom("perangkat.jabatan", 150, (PerangkatDesa x) -> Messages.get(x.jabatan().labelKey())));
        t.getColumns().add(RapatView.kolom("perangkat.nama", 200, PerangkatDesa::nama));
        t.getColumns().add(RapatView.kolom("rapat.lp", 40, (PerangkatDesa x) -> x.jk() == null ? "" : x.jk().name()));
        t.getColumns().add(RapatView.kolom("perangkat.telepon", 130, (PerangkatDesa x) -> x.telepon() == null ? "" : x.telepon()));
        t.getColumns().add(RapatView.kolom("pmks.kolomStatus", 80,
                (PerangkatDesa x) -> Messages.get(x.aktif() ? "psks.aktif" : "psks.kolomNonaktif")));
        t.setPrefHeight(320);
        t.setPrefWidth(860);
        t.getSelectionModel().selectedItemProperty().addListener((o, a, x) -> {
            if (x != null) {
                vm.pilih(x);
            }
        });
        vm.dipilih().addListener((o, a, x) -> {
            if (x == null) {
                t.getSelectionModel().clearSelection();
            }
        });

        ComboBox<Wilayah> desa = Formulir.combo("perangkat-desa", Messages.get("penduduk.desa"), Wilayah::nama);
        desa.getItems().addAll(vm.desaPilihan());
        desa.valueProperty().bindBidirectional(vm.desa());
        desa.setPrefWidth(150);
        ComboBox<JabatanDesa> jabatan = Formulir.combo("perangkat-jabatan", Messages.get("perangkat.jabatan"), j -> Messages.get(j.labelKey()));
        jabatan.getItems().addAll(JabatanDesa.values());
        jabatan.valueProperty().bindBidirectional(vm.jabatan());
        jabatan.setPrefWidth(150);
        TextField nama = new TextField();
        nama.setId("perangkat-nama");
        nama.setPromptText(Messages.get("perangkat.nama"));
        nama.setPrefColumnCount(14);
        nama.textProperty().bindBidirectional(vm.nama());
        var jk = Formulir.jenisKelamin("perangkat-jk", vm.jk());
        jk.setPromptText(Messages.get("rapat.lp"));
        jk.setPrefWidth(140);
        TextField hp = new TextField();
        hp.setId("perangkat-hp");
        hp.setPromptText(Messages.get("perangkat.telepon"));
        hp.setPrefColumnCount(9);
        hp.textProperty().bindBidirectional(vm.telepon());
        CheckBox aktif = new CheckBox(Messages.get("psks.aktif"));
        aktif.selectedProperty().bindBidirectional(vm.aktif());

        Button simpan = new Button(Messages.get("pmks.simpan"));
        simpan.setId("perangkat-simpan");
        simpan.setOnAction(e -> vm.simpan(nama::requestFocus));
        Button kosongkan = new Button(Messages.get("rapat.perangkatBaru"));
        kosongkan.setOnAction(e -> {
            vm.kosongkan();
            nama.requestFocus();
        });
        HBox form = new HBox(8, desa, jabatan, nama, jk, hp);
        form.setAlignment(Pos.CENTER_LEFT);
        HBox aksi = new HBox(12, aktif, kosongkan, simpan);
        aksi.setAlignment(Pos.CENTER_LEFT);
        VBox isi = new VBox(8, t, form, aksi, Formulir.galatLabel(vm.galat(), "galat-perangkat"));
        isi.setMinWidth(860);
        getDialogPane().setContent(isi);
        setResizable(true);
        getDialogPane().getButtonTypes().add(new ButtonType(Messages.get("tombol.tutup"), ButtonBar.ButtonData.CANCEL_CLOSE));
    }
}
