package id.kesos.ui;

import id.kesos.core.Layanan;
import id.kesos.core.i18n.Messages;
import id.kesos.ui.task.TaskRunner;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * With users on: who is working, asked before any page shows. A wrong name or password is said under the fields after
 * a pause (the message does not tell which was wrong); five in a row lock the name for a while.
 */
final class MasukAwal {
    private MasukAwal() {
    }

    static void tanya(Window pemilik, Layanan l, TaskRunner tasks, Runnable masuk) {
        Dialog<ButtonType> dlg = new Dialog<>();
        dlg.initOwner(pemilik);
        dlg.setTitle(Messages.get("masuk.judul"));
        dlg.setHeaderText(Messages.get("masuk.pesan"));
        TextField nama = new TextField();
        nama.setId("masuk-nama");
        PasswordField sandi = new PasswordField();
        sandi.setId("masuk-sandi");
        Label galat = id.kesos.ui.Formulir.galatDialog("masuk-galat");
        VBox isi = new VBox(6, new Label(Messages.get("masuk.nama")), nama, new Label(Messages.get("masuk.sandi")), sandi, galat);
        isi.setPrefWidth(400);
        dlg.getDialogPane().setContent(isi);
        ButtonType ok = new ButtonType(Messages.get("masuk.tombol"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keluar = new ButtonType(Messages.get("sandi.awalKeluar"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dlg.getDialogPane().getButtonTypes().addAll(ok, keluar);
        Button tombol = (Button) dlg.getDialogPane().lookupButton(ok);
        tombol.setId("masuk-ok");
        boolean[] sibuk = {false};
        tombol.disableProperty().bind(nama.textProperty().isEmpty().or(sandi.textProperty().isEmpty()));
        tombol.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            if (sibuk[0]) {
                return;
            }
            sibuk[0] = true;
            String n = nama.getText();
            char[] s = sandi.getText().toCharArray();
            galat.setText(Messages.get("masuk.memeriksa"));
            tasks.jalankan(() -> l.pengguna().masuk(n, s), p -> {
                sibuk[0] = false;
                dlg.setResult(ok);
                dlg.close();
                masuk.run();
            }, x -> {
                sibuk[0] = false;
                galat.setText(x.getMessage());
                sandi.clear();
                sandi.requestFocus();
            });
        });
        dlg.setOnCloseRequest(e -> {
            if (dlg.getResult() != ok) {
                Platform.exit();
            }
        });
        dlg.show();
        Platform.runLater(nama::requestFocus);
    }
}
