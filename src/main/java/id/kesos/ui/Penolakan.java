package id.kesos.ui;

import id.kesos.core.KesosException;
import id.kesos.core.validasi.HasilValidasi;
import id.kesos.core.validasi.PeringatanException;
import id.kesos.core.validasi.Pesan;
import id.kesos.core.validasi.ValidasiException;
import id.kesos.ui.dialog.DialogService;
import java.util.function.Consumer;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * How a form shows a refused save, the same in every register: warnings listed to accept, field
 * errors under their fields and the summary in the message line, a known problem in the message
 * line, anything else in an error dialog.
 */
public final class Penolakan {
    private Penolakan() {
    }

    /**
     * For a small dialog's save: a refusal the user can act on (the app's own message) goes to
     * {@code pesan} (under the fields, the dialog stays open); anything else to the error dialog.
     */
    public static Consumer<Throwable> ke(Consumer<String> pesan, DialogService dialogs) {
        return e -> {
            if (e instanceof KesosException) {
                pesan.accept(e.getMessage());
            } else {
                dialogs.galat(e);
            }
        };
    }

    /** @param peringatan where warnings go; null for a form that has none */
    public static void tampilkan(Throwable e, ObservableList<String> peringatan, Consumer<HasilValidasi> tampilkanGalat,
            StringProperty pesan, DialogService dialogs) {
        if (e instanceof PeringatanException w && peringatan != null) {
            peringatan.setAll(w.peringatan().stream().map(Pesan::teks).toList());
        } else if (e instanceof ValidasiException v) {
            tampilkanGalat.accept(v.hasil());
            pesan.set(v.getMessage());
        } else if (e instanceof KesosException k) {
            pesan.set(k.getMessage());
        } else {
            dialogs.galat(e);
        }
    }
}
