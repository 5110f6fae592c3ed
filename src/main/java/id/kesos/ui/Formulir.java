package id.kesos.ui;

import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Form building blocks shared by every form: label, field, and the field's message under it. */
public final class Formulir {
    private Formulir() {
    }

    /**
     * Label, field, and the message under it (with id {@code galatId}); {@code saatKeluar} runs when
     * the user leaves the field.
     */
    public static VBox bidang(String label, Control input, StringProperty galat, String galatId, Runnable saatKeluar) {
        Label l = new Label(label);
        l.setLabelFor(input);
        input.setMaxWidth(Double.MAX_VALUE);
        if (saatKeluar != null) {
            input.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    saatKeluar.run();
                }
            });
        }
        VBox box = new VBox(4, l, input);
        if (galat != null) {
            box.getChildren().add(galatLabel(galat, galatId));
        }
        box.setPadding(new Insets(0, 0, 6, 0));
        return box;
    }

    /** A red message that takes no space while empty. */
    public static Label galatLabel(StringProperty galat, String id) {
        Label err = new Label();
        if (id != null) {
            err.setId(id);
        }
        err.getStyleClass().add(Gaya.FIELD_ERROR);
        err.setWrapText(true);
        err.textProperty().bind(galat);
        err.visibleProperty().bind(galat.isNotEmpty());
        err.managedProperty().bind(err.visibleProperty());
        return err;
    }
}
