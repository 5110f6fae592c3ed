package id.kesos.ui.pengaturan;

import id.kesos.core.i18n.Messages;
import id.kesos.core.kantor.Kantor;
import id.kesos.core.kantor.KantorService;
import id.kesos.core.preferensi.Preferensi;
import id.kesos.core.wilayah.Wilayah;
import id.kesos.core.wilayah.WilayahService;
import id.kesos.ui.dialog.DialogService;
import id.kesos.ui.kantor.KantorEditor;
import id.kesos.ui.kantor.KantorFormViewModel;
import id.kesos.ui.task.TaskRunner;
import id.kesos.ui.wilayah.WilayahPilihViewModel;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Pengaturan: the office's region and profile (as in the first-run wizard) and the language. */
public final class PengaturanViewModel {
    public static final String PREF_BAHASA = "bahasa";

    private final KantorService kantor;
    private final Preferensi preferensi;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final KantorEditor editor;
    private final StringProperty bahasa = new SimpleStringProperty("id");
    private final javafx.beans.property.BooleanProperty samarkan = new javafx.beans.property.SimpleBooleanProperty(false);
    private final javafx.beans.property.ObjectProperty<id.kesos.core.cetak.Kertas> kertas =
            new javafx.beans.property.SimpleObjectProperty<>(id.kesos.core.cetak.Kertas.A4);
    private String kecamatanTersimpan;
    private Runnable sesudahSimpan = () -> { };

    public PengaturanViewModel(KantorService kantor, WilayahService repo, Preferensi preferensi, TaskRunner tasks,
            DialogService dialogs) {
        this.kantor = kantor;
        this.preferensi = preferensi;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.editor = new KantorEditor(kantor, repo, tasks, dialogs);
        bahasa.set(preferensi.get(PREF_BAHASA).orElse(Messages.locale().getLanguage()));
    }

    /** Called after every successful save (Beranda then reloads). */
    public void setSesudahSimpan(Runnable r) {
        sesudahSimpan = r;
    }

    /** Loads the stored profile into the form, dropping unsaved edits. */
    public void muat() {
        editor.pesanProperty().set("");
        tasks.jalankan(kantor::muat, k -> k.ifPresent(this::isi), dialogs::galat);
        tasks.jalankan(kantor::kertas, kertas::set, dialogs::galat);
        tasks.jalankan(kantor::samarkanEkspor, samarkan::set, dialogs::galat);
    }

    private void isi(Kantor k) {
        kecamatanTersimpan = k.kodeKecamatan();
        editor.form().isi(k);
        editor.wilayah().muat(k.kodeKecamatan());
    }

    public void simpan() {
        if (!editor.siapDisimpan()) {
            return;
        }
        Wilayah kec = editor.wilayah().kecamatanTerpilihProperty().get();
        if (kecamatanTersimpan != null && !kecamatanTersimpan.equals(kec.kode())
                && !dialogs.konfirmasi(Messages.get("pengaturan.gantiKecamatanJudul"),
                        Messages.get("pengaturan.gantiKecamatanPesan", kec.nama(), kec.kode()),
                        Messages.get("pengaturan.gantiKecamatanTombol", kec.nama()))) {
            return;
        }
        String pilihanBahasa = bahasa.get();
        id.kesos.core.cetak.Kertas pilihanKertas = kertas.get();
        boolean pilihanSamarkan = samarkan.get();
        editor.simpan(() -> {
            kantor.setKertas(pilihanKertas);
            kantor.setSamarkanEkspor(pilihanSamarkan);
            preferensi.set(PREF_BAHASA, pilihanBahasa);
            preferensi.simpan();
        }, k -> {
            isi(k);
            editor.pesanProperty().set(Messages.get("pengaturan.tersimpan", LocalTime.now().format(DateTimeFormatter.ofPattern("HH.mm"))));
            sesudahSimpan.run();
        });
    }

    public WilayahPilihViewModel wilayah() {
        return editor.wilayah();
    }

    public KantorFormViewModel form() {
        return editor.form();
    }

    public StringProperty statusProperty() {
        return editor.pesanProperty();
    }

    /** Whether exports of name lists mask NIK and No. KK unless chosen otherwise for one export. */
    public javafx.beans.property.BooleanProperty samarkanProperty() {
        return samarkan;
    }

    /** The paper printed meetings and recaps use unless chosen otherwise for one print. */
    public javafx.beans.property.ObjectProperty<id.kesos.core.cetak.Kertas> kertasProperty() {
        return kertas;
    }

    public StringProperty bahasaProperty() {
        return bahasa;
    }

    public BooleanProperty sibukProperty() {
        return editor.sibukProperty();
    }
}
