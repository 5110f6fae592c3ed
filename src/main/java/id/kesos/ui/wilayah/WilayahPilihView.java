package id.kesos.ui.wilayah;

import id.kesos.core.i18n.Messages;
import id.kesos.core.wilayah.Tingkat;
import id.kesos.core.wilayah.Wilayah;
import id.kesos.ui.DaftarCari;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Three searchable lists side by side (provinsi, kabupaten/kota, kecamatan) and the desa of the choice. */
public final class WilayahPilihView extends HBox {
    private final DaftarCari<Wilayah> provinsi;

    public WilayahPilihView(WilayahPilihViewModel vm) {
        setSpacing(12);
        provinsi = kolom(Messages.get("wilayah.provinsi"), "provinsi", vm.provinsi(), vm.provinsiTerpilihProperty(),
                Messages.get("app.memuat"));
        DaftarCari<Wilayah> kabupaten = kolom(Messages.get("wilayah.kabupaten"), "kabupaten", vm.kabupaten(),
                vm.kabupatenTerpilihProperty(), Messages.get("wilayah.pilihProvinsiDulu"));
        DaftarCari<Wilayah> kecamatan = kolom(Messages.get("wilayah.kecamatan"), "kecamatan", vm.kecamatan(),
                vm.kecamatanTerpilihProperty(), Messages.get("wilayah.pilihKabupatenDulu"));
        provinsi.setSetelahPilih(() -> Platform.runLater(kabupaten.fieldCari()::requestFocus));
        kabupaten.setSetelahPilih(() -> Platform.runLater(kecamatan.fieldCari()::requestFocus));
        kabupaten.disableProperty().bind(vm.provinsiTerpilihProperty().isNull());
        kecamatan.disableProperty().bind(vm.kabupatenTerpilihProperty().isNull());

        Label judulDesa = new Label();
        judulDesa.getStyleClass().add("title-4");
        judulDesa.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("wilayah.desaJudul", vm.desa().size()),
                vm.desa()));
        ListView<Wilayah> desa = new ListView<>(vm.desa());
        desa.setId("desa-daftar");
        desa.setFocusTraversable(false);
        Label desaKosong = new Label(Messages.get("wilayah.desaKosong"));
        desaKosong.setWrapText(true);
        desa.setPlaceholder(desaKosong);
        desa.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Wilayah w, boolean empty) {
                super.updateItem(w, empty);
                setText(empty || w == null ? null : Messages.get(w.tingkat() == Tingkat.KELURAHAN ? "wilayah.kelurahanItem"
                        : "wilayah.item", w.nama(), w.kode()));
            }
        });
        VBox.setVgrow(desa, Priority.ALWAYS);
        VBox kolomDesa = new VBox(6, judulDesa, desa);
        for (VBox v : new VBox[] {provinsi, kabupaten, kecamatan, kolomDesa}) {
            HBox.setHgrow(v, Priority.ALWAYS);
            v.setPrefWidth(240);
            v.setMinWidth(160);
        }
        getChildren().addAll(provinsi, kabupaten, kecamatan, kolomDesa);
    }

    private static DaftarCari<Wilayah> kolom(String judul, String id, ObservableList<Wilayah> items,
            ObjectProperty<Wilayah> terpilih, String kosong) {
        DaftarCari<Wilayah> d = new DaftarCari<>(judul, id, items, Wilayah::cocok,
                w -> Messages.get("wilayah.item", w.nama(), w.kode()), kosong);
        d.terpilihProperty().addListener((o, a, b) -> {
            if (b != null && !Objects.equals(terpilih.get(), b)) {
                terpilih.set(b);
            }
        });
        terpilih.addListener((o, a, b) -> {
            if (!Objects.equals(d.terpilihProperty().get(), b)) {
                d.pilih(b);
            }
        });
        return d;
    }

    /** Puts the cursor in the provinsi search field. */
    public void fokus() {
        provinsi.fieldCari().requestFocus();
    }
}
