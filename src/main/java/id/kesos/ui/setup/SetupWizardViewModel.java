package id.kesos.ui.setup;

import id.kesos.core.i18n.Messages;
import id.kesos.core.kantor.Kantor;
import id.kesos.core.kantor.KantorService;
import id.kesos.core.wilayah.Wilayah;
import id.kesos.core.wilayah.WilayahService;
import id.kesos.ui.dialog.DialogService;
import id.kesos.ui.kantor.KantorEditor;
import id.kesos.ui.kantor.KantorFormViewModel;
import id.kesos.ui.task.TaskRunner;
import id.kesos.ui.wilayah.WilayahPilihViewModel;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.StringProperty;

/** First-run setup: step 1 the office's region, step 2 the office profile; finishing saves both. */
public final class SetupWizardViewModel {
    public static final int LANGKAH_WILAYAH = 0;
    public static final int LANGKAH_PROFIL = 1;

    private final KantorEditor editor;
    private final IntegerProperty langkah = new SimpleIntegerProperty(LANGKAH_WILAYAH);

    public SetupWizardViewModel(KantorService kantor, WilayahService repo, TaskRunner tasks, DialogService dialogs) {
        this.editor = new KantorEditor(kantor, repo, tasks, dialogs);
    }

    public void mulai() {
        editor.wilayah().muat(null);
    }

    /** Step 1 to step 2, once a kecamatan is chosen. */
    public boolean lanjut() {
        if (editor.wilayah().kecamatanTerpilihProperty().get() == null) {
            editor.pesanProperty().set(Messages.get("setup.pilihKecamatanDulu"));
            return false;
        }
        editor.pesanProperty().set("");
        langkah.set(LANGKAH_PROFIL);
        return true;
    }

    public void kembali() {
        editor.pesanProperty().set("");
        langkah.set(LANGKAH_WILAYAH);
    }

    /** Validates and saves; {@code selesai} gets the saved profile. Nothing is saved while a field is wrong. */
    public void selesai(Consumer<Kantor> selesai) {
        if (editor.siapDisimpan()) {
            editor.simpan(() -> { }, selesai);
        }
    }

    public String ringkasanWilayah() {
        WilayahPilihViewModel w = editor.wilayah();
        Wilayah kec = w.kecamatanTerpilihProperty().get();
        Wilayah kab = w.kabupatenTerpilihProperty().get();
        Wilayah prov = w.provinsiTerpilihProperty().get();
        if (kec == null || kab == null || prov == null) {
            return "";
        }
        return Messages.get("setup.ringkasanWilayah", kec.nama(), kab.nama(), prov.nama(), kec.kode(), w.desa().size());
    }

    public WilayahPilihViewModel wilayah() {
        return editor.wilayah();
    }

    public KantorFormViewModel form() {
        return editor.form();
    }

    public IntegerProperty langkahProperty() {
        return langkah;
    }

    public StringProperty pesanProperty() {
        return editor.pesanProperty();
    }

    public BooleanProperty sibukProperty() {
        return editor.sibukProperty();
    }
}
