package id.kesos.ui.kantor;

import id.kesos.core.i18n.Messages;
import id.kesos.core.kantor.Kantor;
import id.kesos.core.kantor.KantorService;
import id.kesos.core.validasi.ValidasiException;
import id.kesos.core.wilayah.Wilayah;
import id.kesos.core.wilayah.WilayahService;
import id.kesos.ui.dialog.DialogService;
import id.kesos.ui.task.TaskRunner;
import id.kesos.ui.wilayah.WilayahPilihViewModel;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The region chooser and the profile form together, with saving: what the first-run wizard and
 * Pengaturan share. Nothing is saved while a field is wrong; a refused save puts each message under its field.
 */
public final class KantorEditor {
    /** Extra work done in the background right after the profile is saved (e.g. storing preferences). */
    public interface SesudahSimpan {
        void jalankan() throws Exception;
    }

    private final KantorService kantor;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final WilayahPilihViewModel wilayah;
    private final KantorFormViewModel form;
    private final StringProperty pesan = new SimpleStringProperty("");
    private final BooleanProperty sibuk = new SimpleBooleanProperty(false);

    public KantorEditor(KantorService kantor, WilayahService repo, TaskRunner tasks, DialogService dialogs) {
        this.kantor = kantor;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.wilayah = new WilayahPilihViewModel(repo, tasks, dialogs);
        this.form = new KantorFormViewModel(kantor.validator(), () -> {
            Wilayah k = wilayah.kecamatanTerpilihProperty().get();
            return k == null ? null : k.kode();
        });
        wilayah.kecamatanTerpilihProperty().addListener((o, a, b) -> pesan.set(""));
        id.kesos.ui.Formulir.periksaIsianIkuti(pesan, form.semuaGalat());
    }

    /** True when a kecamatan is chosen and every field is valid; otherwise says what to fix. */
    public boolean siapDisimpan() {
        if (wilayah.kecamatanTerpilihProperty().get() == null) {
            pesan.set(Messages.get("setup.pilihKecamatanDulu"));
            return false;
        }
        if (!form.periksaSemua()) {
            pesan.set(Messages.get("form.periksaIsian"));
            return false;
        }
        pesan.set("");
        return true;
    }

    /** Saves in the background (call {@link #siapDisimpan()} first); {@code berhasil} gets the stored profile. */
    public void simpan(SesudahSimpan sesudah, Consumer<Kantor> berhasil) {
        Kantor draft = form.keKantor();
        sibuk.set(true);
        tasks.jalankan(() -> {
            Kantor k = kantor.simpan(draft);
            sesudah.jalankan();
            return k;
        }, k -> {
            sibuk.set(false);
            berhasil.accept(k);
        }, e -> {
            sibuk.set(false);
            if (e instanceof ValidasiException v) {
                form.tampilkan(v.hasil());
                pesan.set(v.getMessage());
            } else {
                pesan.set("");
                dialogs.galat(e);
            }
        });
    }

    public WilayahPilihViewModel wilayah() {
        return wilayah;
    }

    public KantorFormViewModel form() {
        return form;
    }

    public StringProperty pesanProperty() {
        return pesan;
    }

    public BooleanProperty sibukProperty() {
        return sibuk;
    }
}
