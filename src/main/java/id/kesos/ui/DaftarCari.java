package id.kesos.ui;

import id.kesos.core.i18n.Messages;
import java.util.function.BiPredicate;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A list to pick from, filtered as the user types: a search field over a (virtualised) list.
 * Down moves from the field into the list; Enter in the field picks the first match.
 */
public final class DaftarCari<T> extends VBox {
    private final TextField cari = new TextField();
    private final ListView<T> list = new ListView<>();
    private final FilteredList<T> filtered;
    private Runnable setelahPilih = () -> { };

    /**
     * @param kosong what the list says while it has no items at all (e.g. "choose a province first")
     */
    public DaftarCari(String judul, String id, ObservableList<T> items, BiPredicate<T, String> cocok,
            Function<T, String> teks, String kosong) {
        getStyleClass().add("kesos-daftar-cari");
        setSpacing(6);
        filtered = new FilteredList<>(items, t -> true);
        Label label = new Label(judul);
        label.setLabelFor(cari);
        label.getStyleClass().add("title-4");
        cari.setPromptText(Messages.get("daftarCari.ketik"));
        cari.setId(id + "-cari");
        list.setId(id + "-daftar");
        list.setItems(filtered);
        list.setCellFactory(v -> new ListCell<>() {
            {
                // a long name ("Daerah Istimewa Yogyakarta") goes on two lines: the list never scrolls sideways
                setWrapText(true);
                prefWidthProperty().bind(v.widthProperty().subtract(18));
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : teks.apply(item));
            }
        });
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(Bindings.createStringBinding(
                () -> items.isEmpty() ? kosong : Messages.get("daftarCari.kosong"), items));
        list.setPlaceholder(placeholder);
        VBox.setVgrow(list, Priority.ALWAYS);
        cari.textProperty().addListener((o, a, b) -> filtered.setPredicate(t -> cocok.test(t, b)));
        cari.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !filtered.isEmpty()) {
                list.requestFocus();
                if (list.getSelectionModel().isEmpty()) {
                    list.getSelectionModel().selectFirst();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && !filtered.isEmpty()) {
                // first Enter picks the best match; an Enter on a match already picked goes on to the form's default button
                T pilihan = list.getSelectionModel().getSelectedItem();
                if (pilihan == null || !filtered.contains(pilihan)) {
                    list.getSelectionModel().selectFirst();
                    e.consume();
                }
                setelahPilih.run();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !list.getSelectionModel().isEmpty()) {
                setelahPilih.run();
            }
        });
        Label jumlah = new Label();
        jumlah.getStyleClass().add("text-muted");
        jumlah.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("daftarCari.jumlah", filtered.size(), items.size()), filtered, items));
        getChildren().addAll(label, cari, list, jumlah);
    }

    public ReadOnlyObjectProperty<T> terpilihProperty() {
        return list.getSelectionModel().selectedItemProperty();
    }

    /** Selects {@code item} (clearing the filter so it is visible), or clears the selection for null. */
    public void pilih(T item) {
        if (item == null) {
            list.getSelectionModel().clearSelection();
            return;
        }
        if (!filtered.contains(item)) {
            cari.clear();
        }
        list.getSelectionModel().select(item);
        Platform.runLater(() -> list.scrollTo(Math.max(0, list.getSelectionModel().getSelectedIndex() - 2)));
    }

    /** Runs after the user confirms a choice with Enter (the next column then takes the cursor). */
    public void setSetelahPilih(Runnable r) {
        setelahPilih = r;
    }

    public TextField fieldCari() {
        return cari;
    }
}
