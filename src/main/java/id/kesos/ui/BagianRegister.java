package id.kesos.ui;

import atlantafx.base.theme.Styles;
import id.kesos.core.i18n.Messages;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The shared pieces of a register's window and list: the warnings to accept, the search-as-you-type field. */
public final class BagianRegister {
    private BagianRegister() {
    }

    /**
     * The band above a form listing the warnings of a refused save, with "Simpan juga" (save anyway,
     * id {@code idPrefix-simpan-juga}) and "Periksa lagi"; hidden while there are none. The list's label
     * has id {@code idPrefix-peringatan}.
     */
    public static VBox kotak(ObservableList<String> peringatan, String idPrefix, Runnable terima, Runnable tutup) {
        Label judul = new Label(Messages.get("peringatan.judul"));
        judul.getStyleClass().add(Styles.TEXT_BOLD);
        Label daftar = new Label();
        daftar.setId(idPrefix + "-peringatan");
        daftar.setWrapText(true);
        daftar.textProperty().bind(Bindings.createStringBinding(
                () -> peringatan.stream().map(s -> "\u2022 " + s).collect(Collectors.joining("\n")), peringatan));
        Button simpan = new Button(Messages.get("pmks.simpanJuga"));
        simpan.setId(idPrefix + "-simpan-juga");
        simpan.getStyleClass().add(Styles.WARNING);
        simpan.setOnAction(e -> terima.run());
        Button periksa = new Button(Messages.get("pmks.periksaLagi"));
        periksa.setOnAction(e -> tutup.run());
        VBox w = new VBox(6, judul, daftar, new HBox(8, simpan, periksa));
        w.getStyleClass().add("kesos-peringatan");
        w.setPadding(new Insets(10, 20, 10, 20));
        w.visibleProperty().bind(Bindings.isNotEmpty(peringatan));
        w.managedProperty().bind(w.visibleProperty());
        return w;
    }

    /**
     * Makes {@code cari} a search-as-you-type field over {@code teks}: {@code cariUlang} runs once the
     * typing pauses (150 ms); the Down key moves into the first row of {@code tabel}.
     */
    public static void kolomCari(TextField cari, StringProperty teks, TableView<?> tabel, Runnable cariUlang) {
        javafx.animation.PauseTransition jeda = new javafx.animation.PauseTransition(javafx.util.Duration.millis(150));
        jeda.setOnFinished(e -> cariUlang.run());
        cari.textProperty().bindBidirectional(teks);
        cari.textProperty().addListener((o, a, b) -> jeda.playFromStart());
        cari.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !tabel.getItems().isEmpty()) {
                tabel.requestFocus();
                tabel.getSelectionModel().selectFirst();
                e.consume();
            }
        });
    }

    /**
     * The bar under a record's window: the last message (id {@code idPrefix-pesan}), a busy sign, then
     * {@code lain} (extra buttons), Tutup (Esc) and Simpan (Enter, id {@code idPrefix-simpan}, off while busy).
     */
    public static HBox barisTombol(String idPrefix, StringProperty pesan, javafx.beans.property.BooleanProperty sibuk, Runnable tutup,
            Runnable simpan, javafx.scene.Node... lain) {
        Label teks = new Label();
        teks.setId(idPrefix + "-pesan");
        teks.setWrapText(true);
        teks.textProperty().bind(pesan);
        javafx.scene.control.ProgressIndicator tanda = new javafx.scene.control.ProgressIndicator();
        tanda.setPrefSize(20, 20);
        tanda.visibleProperty().bind(sibuk);
        Button tombolTutup = new Button(Messages.get("tombol.tutup"));
        tombolTutup.setCancelButton(true);
        tombolTutup.setOnAction(e -> tutup.run());
        Button tombolSimpan = new Button(Messages.get("pmks.simpan"));
        tombolSimpan.setId(idPrefix + "-simpan");
        tombolSimpan.getStyleClass().add(Styles.ACCENT);
        tombolSimpan.setDefaultButton(true);
        tombolSimpan.disableProperty().bind(sibuk);
        tombolSimpan.setOnAction(e -> simpan.run());
        javafx.scene.layout.Region spasi = new javafx.scene.layout.Region();
        HBox.setHgrow(spasi, javafx.scene.layout.Priority.ALWAYS);
        HBox.setHgrow(teks, javafx.scene.layout.Priority.SOMETIMES);
        HBox h = new HBox(10, teks, spasi, tanda);
        h.getChildren().addAll(lain);
        h.getChildren().addAll(tombolTutup, tombolSimpan);
        h.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        h.setPadding(new Insets(10, 20, 12, 20));
        h.getStyleClass().add("kesos-action-bar");
        return h;
    }

    /**
     * A dialog whose OK button (id {@code okId}) does not close it: {@code simpan} runs instead and
     * closes it once the save succeeded, so a refusal can be shown and corrected in place.
     */
    public static void tetapTerbuka(javafx.scene.control.Dialog<?> d, javafx.scene.control.ButtonType ok, String okId, Runnable simpan) {
        Button b = (Button) d.getDialogPane().lookupButton(ok);
        b.setId(okId);
        b.addEventFilter(javafx.event.ActionEvent.ACTION, ev -> {
            ev.consume();
            simpan.run();
        });
    }

    /** A list's row opens with a double click, or with Enter on the selected row. */
    public static <T> void bukaBaris(TableView<T> tabel, java.util.function.Consumer<T> buka) {
        bukaBaris(tabel, javafx.scene.control.TableRow::new, buka);
    }

    /** The same, with rows made by {@code barisBaru} (e.g. rows that style themselves). */
    public static <T> void bukaBaris(TableView<T> tabel, java.util.function.Supplier<javafx.scene.control.TableRow<T>> barisBaru,
            java.util.function.Consumer<T> buka) {
        tabel.setRowFactory(t -> {
            javafx.scene.control.TableRow<T> row = barisBaru.get();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    buka.accept(row.getItem());
                }
            });
            return row;
        });
        tabel.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && tabel.getSelectionModel().getSelectedItem() != null) {
                buka.accept(tabel.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
    }
}
