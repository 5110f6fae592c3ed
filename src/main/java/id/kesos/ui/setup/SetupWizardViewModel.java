package id.kesos.ui.setup;

import id.kesos.core.i18n.Messages;
import id.kesos.core.kantor.Kantor;
import id.kesos.core.kantor.KantorService;
import id.kesos.core.validasi.ValidasiException;
import id.kesos.core.wilayah.Wilayah;
import id.kesos.core.wilayah.WilayahRepository;
import id.kesos.ui.dialog.DialogService;
import id.kesos.ui.kantor.KantorFormViewModel;
import id.kesos.ui.task.TaskRunner;
import id.kesos.ui.wilayah.WilayahPilihViewModel;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** First-run setup: step 1 the office's region, step 2 the office profile; finishing saves both. */
public final class SetupWizardViewModel {
    public static final int LANGKAH_WILAYAH = 0;
    public static final int LANGKAH_PROFIL = 1;

    private final KantorService kantor;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final WilayahPilihViewModel wilayah;
    private final KantorFormViewModel form;
    private final IntegerProperty langkah = new SimpleIntegerProperty(LANGKAH_WILAYAH);
    private final StringProperty pesan = new SimpleStringProperty("");
    private final BooleanProperty sibuk = new SimpleBooleanProperty(false);

    public SetupWizardViewModel(KantorService kantor, WilayahRepository repo, TaskRunner tasks, DialogService dialogs) {
        this.kantor = kantor;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.wilayah = new WilayahPilihViewModel(repo, tasks, dialogs);
        this.form = new KantorFormViewModel(kantor.validator(), () -> {
            Wilayah k = wilayah.kecamatanTerpilihProperty().get();
            return k == null ? null : k.kode();
        });
        wilayah.kecamatanTerpilihProperty().addListener((o, a, b) -> pesan.set(""));
    }

    public void mulai() {
        wilayah.muat(null);
    }

    /** Step 1 to step 2, once a kecamatan is chosen. */
    public boolean lanjut() {
        if (wilayah.kecamatanTerpilihProperty().get() == null) {
            pesan.set(Messages.get("setup.pilihKecamatanDulu"));
            return false;
        }
        pesan.set("");
        langkah.set(LANGKAH_PROFIL);
        return true;
    }

    public void kembali() {
        pesan.set("");
        langkah.set(LANGKAH_WILAYAH);
    }

    /** Validates and saves; {@code selesai} gets the saved profile. Nothing is saved while a field is wrong. */
    public void selesai(Consumer<Kantor> selesai) {
        if (!form.periksaSemua()) {
            pesan.set(Messages.get("form.periksaIsian"));
            return;
        }
        pesan.set("");
        sibuk.set(true);
        tasks.jalankan(() -> kantor.simpan(form.keKantor()), k -> {
            sibuk.set(false);
            selesai.accept(k);
        }, e -> {
            sibuk.set(false);
            if (e instanceof ValidasiException v) {
                form.tampilkan(v.hasil());
                pesan.set(v.getMessage());
            } else {
                dialogs.galat(e);
            }
        });
    }

    public String ringkasanWilayah() {
        Wilayah kec = wilayah.kecamatanTerpilihProperty().get();
        Wilayah kab = wilayah.kabupatenTerpilihProperty().get();
        Wilayah prov = wilayah.provinsiTerpilihProperty().get();
        if (kec == null || kab == null || prov == null) {
            return "";
        }
        return Messages.get("setup.ringkasanWilayah", kec.nama(), kab.nama(), prov.nama(), kec.kode(), wilayah.desa().size());
    }

    public WilayahPilihViewModel wilayah() {
        return wilayah;
    }

    public KantorFormViewModel form() {
        return form;
    }

    public IntegerProperty langkahProperty() {
        return langkah;
    }

    public StringProperty pesanProperty() {
        return pesan;
    }

    public BooleanProperty sibukProperty() {
        return sibuk;
    }
}
