package id.kesos.ui.kantor;

import id.kesos.core.i18n.Messages;
import id.kesos.core.kantor.Kantor.Field;
import id.kesos.ui.Formulir;
import id.kesos.ui.Gaya;
import id.kesos.ui.dialog.DialogService;
import id.kesos.ui.task.TaskRunner;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The office profile form, used by the first-run wizard and by Pengaturan: label, field and the
 * field's message under it, shown once the user leaves the field.
 */
public final class KantorFormView extends GridPane {
    private final KantorFormViewModel vm;
    private final TextField pertama;

    public KantorFormView(KantorFormViewModel vm, TaskRunner tasks, DialogService dialogs) {
        this.vm = vm;
        getStyleClass().add(Gaya.FORM);
        setHgap(16);
        setVgap(2);
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        c.setPercentWidth(50);
        getColumnConstraints().addAll(c, c);

        pertama = field(Field.NAMA_CAMAT, 0, 0, 1, "kantor.contohNama");
        field(Field.NIP_CAMAT, 0, 1, 1, "kantor.contohNip");
        field(Field.PANGKAT_CAMAT, 0, 2, 1, "kantor.contohPangkat");
        field(Field.NAMA_KASIE, 1, 0, 1, "kantor.contohNama");
        field(Field.NIP_KASIE, 1, 1, 1, "kantor.contohNip");
        field(Field.PANGKAT_KASIE, 1, 2, 1, "kantor.contohPangkat");
        field(Field.ALAMAT, 0, 3, 2, "kantor.contohAlamat");
        field(Field.KODE_POS, 0, 4, 1, "kantor.contohKodePos");
        field(Field.TELEPON, 1, 4, 1, "kantor.contohTelepon");
        field(Field.EMAIL, 0, 5, 1, "kantor.contohEmail");
        add(logo(tasks, dialogs), 1, 5);
    }

    private TextField field(Field f, int col, int row, int span, String contohKey) {
        TextField tf = new TextField();
        tf.setId("kantor-" + f.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        tf.setPromptText(Messages.get(contohKey));
        tf.textProperty().bindBidirectional(vm.nilai(f));
        add(Formulir.bidang(Messages.get(f.labelKey()), tf, vm.galat(f), galatId(f), () -> vm.periksa(f)), col, row, span, 1);
        return tf;
    }

    private Label galatLabel(Field f) {
        return Formulir.galatLabel(vm.galat(f), galatId(f));
    }

    private static String galatId(Field f) {
        return "galat-" + f.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private VBox logo(TaskRunner tasks, DialogService dialogs) {
        Label label = new Label(Messages.get(Field.LOGO.labelKey()));
        ImageView preview = new ImageView();
        preview.setFitHeight(48);
        preview.setFitWidth(48);
        preview.setPreserveRatio(true);
        preview.imageProperty().bind(Bindings.createObjectBinding(() -> vm.logoProperty().get() == null ? null
                : new Image(new ByteArrayInputStream(vm.logoProperty().get())), vm.logoProperty()));
        Button pilih = new Button(Messages.get("kantor.logoPilih"));
        pilih.setId("kantor-logo-pilih");
        pilih.setOnAction(e -> dialogs.pilihGambar(Messages.get("kantor.logoPilihJudul"))
                .ifPresent(path -> tasks.jalankan(() -> Files.readAllBytes(path), vm.logoProperty()::set, dialogs::galat)));
        Button hapus = new Button(Messages.get("kantor.logoHapus"));
        hapus.disableProperty().bind(vm.logoProperty().isNull());
        hapus.setOnAction(e -> vm.logoProperty().set(null));
        Label keterangan = new Label(Messages.get("kantor.logoKeterangan"));
        keterangan.getStyleClass().add("text-muted");
        keterangan.setWrapText(true);
        HBox baris = new HBox(8, preview, pilih, hapus);
        baris.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new VBox(4, label, baris, keterangan, galatLabel(Field.LOGO));
    }

    public void fokus() {
        pertama.requestFocus();
    }
}
