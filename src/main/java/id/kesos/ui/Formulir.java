package id.kesos.ui;

import id.kesos.core.i18n.Messages;
import id.kesos.core.penduduk.HubunganKeluarga;
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
            box.getChildren().add(galatTetap(galat, galatId));
        }
        box.setPadding(new Insets(0, 0, 6, 0));
        return box;
    }

    /** The height of one line of a field's message (12 px text): the room every field keeps for it. */
    static final double TINGGI_GALAT = 16;

    /**
     * A field's red message in a line of its own that the field always keeps, shown or not: the form does not move
     * when a message comes or goes, so a click aimed at a field never lands on a label that just moved there. A
     * message longer than the field's width ends in "..." and is shown whole as the line's tooltip.
     */
    public static Label galatTetap(StringProperty galat, String id) {
        Label err = galatLabel(galat, id);
        err.managedProperty().unbind();
        err.setManaged(true);
        err.setWrapText(false);
        err.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        err.setMinHeight(TINGGI_GALAT);
        err.setPrefHeight(TINGGI_GALAT);
        err.setMaxHeight(TINGGI_GALAT);
        err.setMinWidth(0);
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        tip.textProperty().bind(galat);
        err.tooltipProperty().bind(javafx.beans.binding.Bindings.when(galat.isEmpty())
                .then((javafx.scene.control.Tooltip) null).otherwise(tip));
        return err;
    }

    /**
     * The footer's "some fields need fixing" note ({@code form.periksaIsian}) goes away by itself once none of
     * {@code galat} (the form's field messages) shows anything; any other footer text stays until replaced.
     */
    public static void periksaIsianIkuti(StringProperty pesan, java.util.Collection<? extends javafx.beans.value.ObservableStringValue> galat) {
        String periksa = Messages.get("form.periksaIsian");
        javafx.beans.InvalidationListener l = o -> {
            if (periksa.equals(pesan.get()) && galat.stream().allMatch(g -> g.get() == null || g.get().isEmpty())) {
                pesan.set("");
            }
        };
        galat.forEach(g -> g.addListener(l));
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

    /**
     * The red message line of a small dialog (a password, a sign-in): two lines of room kept, so the buttons below do
     * not move when a message comes or goes.
     */
    public static Label galatDialog(String id) {
        Label err = new Label();
        err.setId(id);
        err.getStyleClass().add(atlantafx.base.theme.Styles.DANGER);
        err.setWrapText(true);
        err.setMinHeight(36);
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
     * The official list of a person's place in the family (1 kepala keluarga ... 8 lainnya, and an empty choice for
     * none) on {@code kode}, the code as text; typing a digit 1 to 8 chooses, Delete or Backspace empties it.
     */
    public static ComboBox<HubunganKeluarga> hubunganKeluarga(String nodeId, StringProperty kode) {
        ComboBox<HubunganKeluarga> c = combo(nodeId, "", HubunganKeluarga::teks);
        c.getItems().add(null);
        c.getItems().addAll(HubunganKeluarga.values());
        Runnable dariKode = () -> {
            String k = kode.get() == null ? "" : kode.get().strip();
            c.setValue(k.matches("[1-8]") ? HubunganKeluarga.dari(Integer.valueOf(k)).orElse(null) : null);
        };
        dariKode.run();
        kode.addListener((o, a, b) -> dariKode.run());
        c.valueProperty().addListener((o, a, b) -> {
            String baru = b == null ? "" : String.valueOf(b.kode());
            if (!baru.equals(kode.get())) {
                kode.set(baru);
            }
        });
        c.setOnKeyPressed(e -> {
            String t = e.getText();
            if (t != null && t.matches("[1-8]")) {
                c.setValue(HubunganKeluarga.dari(Integer.valueOf(t)).orElse(null));
                e.consume();
            } else if (e.getCode() == javafx.scene.input.KeyCode.DELETE || e.getCode() == javafx.scene.input.KeyCode.BACK_SPACE) {
                c.setValue(null);
                e.consume();
            }
        });
        return c;
    }

    /**
     * Keeps the field that has the keyboard focus in view: tabbing through a long form (or to the
     * backup buttons at the end of Pengaturan) scrolls to it, as users expect of a desktop form.
     */
    public static javafx.scene.control.ScrollPane ikutiFokus(javafx.scene.control.ScrollPane sp) {
        // not for a click: the field or button pressed is where the pointer is, and scrolling it then would move it
        // from under the pointer before the button is released (the click would be lost)
        boolean[] tekan = {false};
        sp.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> tekan[0] = true);
        sp.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> tekan[0] = false);
        javafx.beans.value.ChangeListener<javafx.scene.Node> l = (o, lama, baru) -> {
            if (!tekan[0]) {
                tampakkan(sp, baru);
            }
        };
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
