package id.kesos.ui.pmks;

import id.kesos.core.i18n.Messages;
import id.kesos.core.penduduk.JenisKelamin;
import id.kesos.core.pmks.JenisPmks;
import id.kesos.core.pmks.StatusPmks;
import id.kesos.core.pmks.SumberData;
import id.kesos.core.wilayah.Wilayah;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/** Combo boxes that show Indonesian labels for domain values, with an optional "all" entry (null). */
final class Pilihan {
    private Pilihan() {
    }

    static <T> ComboBox<T> combo(String id, String semua, Function<T, String> teks) {
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
    static <T> javafx.collections.ObservableList<T> denganSemua(javafx.collections.ObservableList<T> src) {
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

    static String spm(String kelompok) {
        return switch (kelompok) {
            case "anak_telantar" -> Messages.get("spm.anakTelantar");
            case "lansia_telantar" -> Messages.get("spm.lansiaTelantar");
            case "disabilitas_telantar" -> Messages.get("spm.disabilitasTelantar");
            case "tuna_sosial" -> Messages.get("spm.tunaSosial");
            case "korban_bencana" -> Messages.get("spm.korbanBencana");
            default -> kelompok;
        };
    }

    static String jenis(JenisPmks j) {
        return j.nomor() + ". " + j.nama() + " (" + j.singkatan() + ")" + (j.sensitif() ? "  \u26a0" : "");
    }

    static String desa(Wilayah w) {
        return w.nama();
    }

    static String status(StatusPmks s) {
        return Messages.get(s.labelKey());
    }

    static String sumber(SumberData s) {
        return Messages.get(s.labelKey());
    }

    static String jk(JenisKelamin j) {
        return j + " \u2013 " + Messages.get(j == JenisKelamin.P ? "jk.p" : "jk.l");
    }
}
