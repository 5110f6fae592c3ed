package id.kesos.ui.pengaturan;

import id.kesos.core.i18n.Messages;
import id.kesos.core.kantor.Kantor;
import id.kesos.core.kantor.KantorService;
import id.kesos.core.preferensi.Preferensi;
import id.kesos.core.validasi.ValidasiException;
import id.kesos.core.wilayah.Wilayah;
import id.kesos.core.wilayah.WilayahRepository;
import id.kesos.ui.dialog.DialogService;
import id.kesos.ui.kantor.KantorFormViewModel;
import id.kesos.ui.task.TaskRunner;
import id.kesos.ui.wilayah.WilayahPilihViewModel;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Pengaturan: the office's region and profile (as in the first-run wizard) and the language. */
public final class PengaturanViewModel {
    public static final String PREF_BAHASA = "bahasa";

    private final KantorService kantor;
    private final Preferensi preferensi;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final WilayahPilihViewModel wilayah;
    private final KantorFormViewModel form;
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty bahasa = new SimpleStringProperty("id");
    private final BooleanProperty sibuk = new SimpleBooleanProperty(false);
    private String kecamatanTersimpan;
    private Runnable sesudahSimpan = () -> { };

    public PengaturanViewModel(KantorService kantor, WilayahRepository repo, Preferensi preferensi, TaskRunner tasks,
            DialogService dialogs) {
        this.kantor = kantor;
        this.preferensi = preferensi;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.wilayah = new WilayahPilihViewModel(repo, tasks, dialogs);
        this.form = new KantorFormViewModel(kantor.validator(), () -> {
            Wilayah k = wilayah.kecamatanTerpilihProperty().get();
            return k == null ? null : k.kode();
        });
        bahasa.set(preferensi.get(PREF_BAHASA).orElse(Messages.locale().getLanguage()));
    }

    /** Called after every successful save (Beranda then reloads). */
    public void setSesudahSimpan(Runnable r) {
        sesudahSimpan = r;
    }

    /** Loads the stored profile into the form, dropping unsaved edits. */
    public void muat() {
        status.set("");
        tasks.jalankan(kantor::muat, k -> k.ifPresent(this::isi), dialogs::galat);
    }

    private void isi(Kantor k) {
        kecamatanTersimpan = k.kodeKecamatan();
        form.isi(k);
        wilayah.muat(k.kodeKecamatan());
    }

    public void simpan() {
        if (wilayah.kecamatanTerpilihProperty().get() == null) {
            status.set(Messages.get("setup.pilihKecamatanDulu"));
            return;
        }
        if (!form.periksaSemua()) {
            status.set(Messages.get("form.periksaIsian"));
            return;
        }
        Wilayah kec = wilayah.kecamatanTerpilihProperty().get();
        if (kecamatanTersimpan != null && !kecamatanTersimpan.equals(kec.kode())
                && !dialogs.konfirmasi(Messages.get("pengaturan.gantiKecamatanJudul"),
                        Messages.get("pengaturan.gantiKecamatanPesan", kec.nama(), kec.kode()),
                        Messages.get("pengaturan.gantiKecamatanTombol", kec.nama()))) {
            return;
        }
        sibuk.set(true);
        Kantor draft = form.keKantor();
        String pilihanBahasa = bahasa.get();
        tasks.jalankan(() -> {
            Kantor k = kantor.simpan(draft);
            preferensi.set(PREF_BAHASA, pilihanBahasa);
            preferensi.simpan();
            return k;
        }, k -> {
            sibuk.set(false);
            isi(k);
            status.set(Messages.get("pengaturan.tersimpan", LocalTime.now().format(DateTimeFormatter.ofPattern("HH.mm"))));
            sesudahSimpan.run();
        }, e -> {
            sibuk.set(false);
            if (e instanceof ValidasiException v) {
                form.tampilkan(v.hasil());
                status.set(v.getMessage());
            } else {
                status.set("");
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

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty bahasaProperty() {
        return bahasa;
    }

    public BooleanProperty sibukProperty() {
        return sibuk;
    }
}
