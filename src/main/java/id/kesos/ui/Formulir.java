package id.kesos.ui;

import id.kesos.core.i18n.Messages;
import id.kesos.core.penduduk.JenisKelamin;
import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;
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

    /** A combo box showing {@code teks} of each value, and {@code semua} for the "all" entry (null). */
    public static <T> ComboBox<T> combo(String id, String semua, Function<T, String> teks) {
        ComboBox<T> c = new ComboBox<>();
        c.setId(id);
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? semua : teks.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        c.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? semua : teks.apply(item));
            }
        });
        return c;
    }

    /** A copy of {@code src} with "all" (null) first, kept in step with {@code src}. */
    public static <T> javafx.collections.ObservableList<T> denganSemua(javafx.collections.ObservableList<T> src) {
        javafx.collections.ObservableList<T> out = javafx.collections.FXCollections.observableArrayList();
        Runnable salin = () -> {
            java.util.List<T> l = new java.util.ArrayList<>();
            l.add(null);
            l.addAll(src);
            out.setAll(l);
        };
        src.addListener((javafx.collections.ListChangeListener<T>) c -> salin.run());
        salin.run();
        return out;
    }

    /** Three equal columns, the layout of every register form. */
    public static javafx.scene.layout.GridPane grid3() {
        javafx.scene.layout.GridPane g = new javafx.scene.layout.GridPane();
        tigaKolom(g);
        return g;
    }

    public static void tigaKolom(javafx.scene.layout.GridPane g) {
        g.setHgap(14);
        g.setVgap(2);
        javafx.scene.layout.ColumnConstraints c = new javafx.scene.layout.ColumnConstraints();
        c.setPercentWidth(33.3);
        g.getColumnConstraints().addAll(c, c, c);
    }

    /** Puts {@code n} in the next cell of a three-column grid, left to right, then down. */
    public static void taruh(javafx.scene.layout.GridPane g, int[] pos, javafx.scene.Node n) {
        g.add(n, pos[0] % 3, pos[0] / 3);
        pos[0]++;
    }

    /** "L \u2013 laki-laki", "P \u2013 perempuan". */
    public static String teksJk(JenisKelamin j) {
        return j + " \u2013 " + Messages.get(j == JenisKelamin.P ? "jk.p" : "jk.l");
    }

    /** A sex choice (L/P) on {@code nilai}; typing L or P chooses. */
    public static ComboBox<JenisKelamin> jenisKelamin(String id,
            javafx.beans.property.ObjectProperty<JenisKelamin> nilai) {
        ComboBox<JenisKelamin> jk = combo(id, "", Formulir::teksJk);
        jk.getItems().addAll(JenisKelamin.values());
        jk.valueProperty().bindBidirectional(nilai);
        jk.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.L) {
                jk.setValue(JenisKelamin.L);
            } else if (e.getCode() == javafx.scene.input.KeyCode.P) {
                jk.setValue(JenisKelamin.P);
            }
        });
        return jk;
    }

    /**
     * Keeps the field that has the keyboard focus in view: tabbing through a long form (or to the
     * backup buttons at the end of Pengaturan) scrolls to it, as users expect of a desktop form.
     */
    public static javafx.scene.control.ScrollPane ikutiFokus(javafx.scene.control.ScrollPane sp) {
        javafx.beans.value.ChangeListener<javafx.scene.Node> l = (o, lama, baru) -> tampakkan(sp, baru);
        sp.sceneProperty().addListener((o, lama, baru) -> {
            if (lama != null) {
                lama.focusOwnerProperty().removeListener(l);
            }
            if (baru != null) {
                baru.focusOwnerProperty().addListener(l);
            }
        });
        return sp;
    }

    /** Scrolls {@code sp} just enough that {@code n} (inside it) is in view. */
    public static void tampakkan(javafx.scene.control.ScrollPane sp, javafx.scene.Node n) {
        javafx.scene.Node isi = sp.getContent();
        if (n == null || isi == null || !diDalam(n, isi)) {
            return;
        }
        sp.layout(); // a node that just grew (a message shown) is measured at its new size
        double tinggiIsi = isi.getLayoutBounds().getHeight();
        double tinggiLihat = sp.getViewportBounds().getHeight();
        if (tinggiIsi <= tinggiLihat || tinggiLihat <= 0) {
            return;
        }
        javafx.geometry.Bounds b = isi.sceneToLocal(n.localToScene(n.getLayoutBounds()));
        double geser = tinggiIsi - tinggiLihat;
        double atas = sp.getVvalue() * geser;
        double baru = atas;
        if (b.getMinY() < atas) {
            baru = b.getMinY() - 12;
        } else if (b.getMaxY() > atas + tinggiLihat) {
            baru = b.getMaxY() - tinggiLihat + 12;
        }
        sp.setVvalue(Math.clamp(baru / geser, 0.0, 1.0));
    }

    private static boolean diDalam(javafx.scene.Node n, javafx.scene.Node induk) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (p == induk) {
                return true;
            }
        }
        return false;
    }
}
