package id.kesos.ui;

import atlantafx.base.theme.Styles;
import id.kesos.core.KesosException;
import id.kesos.core.Layanan;
import id.kesos.core.db.Brankas;
import id.kesos.core.db.DataDir;
import id.kesos.core.db.KataSandiException;
import id.kesos.core.i18n.Messages;
import id.kesos.ui.task.TaskRunner;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The start of an encrypted folder: the data password, asked until it opens the data (a wrong one is said under the
 * field after a pause, and asked again) or the user leaves. The data opens in the background meanwhile the window waits.
 */
final class SandiAwal {
    private SandiAwal() {
    }

    static void tanya(Window pemilik, DataDir d, CompletableFuture<Layanan> layanan, TaskRunner tasks) {
        Dialog<ButtonType> dlg = new Dialog<>();
        dlg.initOwner(pemilik);
        dlg.setTitle(Messages.get("sandi.awalJudul"));
        dlg.setHeaderText(Messages.get("sandi.awalPesan", d));
        PasswordField sandi = new PasswordField();
        sandi.setId("sandi-awal");
        sandi.setPromptText(Messages.get("sandi.awalPetunjuk"));
        Label galat = id.kesos.ui.Formulir.galatDialog("sandi-awal-galat");
        ProgressIndicator sibuk = new ProgressIndicator();
        sibuk.setPrefSize(18, 18);
        sibuk.setVisible(false);
        Label lupa = new Label(Messages.get("sandi.awalLupa"));
        lupa.setWrapText(true);
        lupa.getStyleClass().add(Styles.TEXT_MUTED);
        VBox isi = new VBox(8, new HBox(8, sandi, sibuk), galat, lupa);
        isi.setPrefWidth(460);
        javafx.scene.layout.HBox.setHgrow(sandi, javafx.scene.layout.Priority.ALWAYS);
        dlg.getDialogPane().setContent(isi);
        ButtonType buka = new ButtonType(Messages.get("sandi.awalBuka"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keluar = new ButtonType(Messages.get("sandi.awalKeluar"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dlg.getDialogPane().getButtonTypes().addAll(buka, keluar);
        Button tombol = (Button) dlg.getDialogPane().lookupButton(buka);
        tombol.setId("sandi-awal-buka");
        tombol.disableProperty().bind(sandi.textProperty().isEmpty().or(sibuk.visibleProperty()));
        tombol.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog stays until the data opens
            char[] s = sandi.getText().toCharArray();
            sibuk.setVisible(true);
            galat.setText("");
            tasks.jalankan(() -> {
                Brankas.simpan(d, s);
                java.util.Arrays.fill(s, '\0');
                return Layanan.bukaTanpaMasuk(d);
            }, l -> {
                sibuk.setVisible(false);
                dlg.setResult(buka);
                dlg.close();
                layanan.complete(l);
            }, x -> {
                sibuk.setVisible(false);
                if (x instanceof KataSandiException k && k.salah()) {
                    galat.setText(k.getMessage());
                    sandi.clear();
                    sandi.requestFocus();
                    return;
                }
                dlg.setResult(buka);
                dlg.close();
                layanan.completeExceptionally(x instanceof KesosException ? x : new KesosException(String.valueOf(x.getMessage()), x));
            });
        });
        dlg.setOnCloseRequest(e -> {
            if (dlg.getResult() != buka && !layanan.isDone()) {
                layanan.cancel(false);
                Platform.exit();
            }
        });
        dlg.show();
        Platform.runLater(sandi::requestFocus);
    }
}
