package id.kesos.ui.rapat;

import id.kesos.core.penduduk.JenisKelamin;
import id.kesos.core.rapat.JabatanDesa;
import id.kesos.core.rapat.PerangkatDesa;
import id.kesos.core.rapat.RapatService;
import id.kesos.core.wilayah.Wilayah;
import id.kesos.ui.Penolakan;
import id.kesos.ui.task.TaskRunner;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The village officials' editor: the list, and one form for a new official or the one picked from
 * the list (desa, post, name, sex, phone, active). Saving keeps the list current and empties the form.
 */
public final class PerangkatDesaViewModel {
    /** What the editor opens with. */
    public record Data(List<PerangkatDesa> perangkat, List<Wilayah> desa) {
    }

    private final RapatService svc;
    private final TaskRunner tasks;
    private final id.kesos.ui.dialog.DialogService dialogs;
    private final List<Wilayah> desaPilihan;
    private final ObservableList<PerangkatDesa> daftar;
    private final ObjectProperty<Wilayah> desa = new SimpleObjectProperty<>();
    private final ObjectProperty<JabatanDesa> jabatan = new SimpleObjectProperty<>();
    private final StringProperty nama = new SimpleStringProperty("");
    private final ObjectProperty<JenisKelamin> jk = new SimpleObjectProperty<>();
    private final StringProperty telepon = new SimpleStringProperty("");
    private final BooleanProperty aktif = new SimpleBooleanProperty(true);
    private final StringProperty galat = new SimpleStringProperty("");
    private final ObjectProperty<PerangkatDesa> dipilih = new SimpleObjectProperty<>();

    PerangkatDesaViewModel(RapatService svc, Data data, TaskRunner tasks, id.kesos.ui.dialog.DialogService dialogs) {
        this.svc = svc;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.desaPilihan = List.copyOf(data.desa());
        this.daftar = FXCollections.observableArrayList(data.perangkat());
    }

    public ObservableList<PerangkatDesa> daftar() {
        return daftar;
    }

    public List<Wilayah> desaPilihan() {
        return desaPilihan;
    }

    /** The desa's name for the list (its code when it is no longer one of this kecamatan's). */
    public String namaDesa(String kode) {
        return desaPilihan.stream().filter(w -> w.kode().equals(kode)).map(Wilayah::nama).findFirst().orElse(kode);
    }

    public ObjectProperty<Wilayah> desa() {
        return desa;
    }

    public ObjectProperty<JabatanDesa> jabatan() {
        return jabatan;
    }

    public StringProperty nama() {
        return nama;
    }

    public ObjectProperty<JenisKelamin> jk() {
        return jk;
    }

    public StringProperty telepon() {
        return telepon;
    }

    public BooleanProperty aktif() {
        return aktif;
    }

    public StringProperty galat() {
        return galat;
    }

    /** The official being corrected, or null for a new one. */
    public ObjectProperty<PerangkatDesa> dipilih() {
        return dipilih;
    }

    /** Puts an official from the list into the form (null: a new one). */
    public void pilih(PerangkatDesa p) {
        if (p == null) {
            kosongkan();
            return;
        }
        dipilih.set(p);
        desa.set(desaPilihan.stream().filter(w -> w.kode().equals(p.desaKode())).findFirst().orElse(null));
        jabatan.set(p.jabatan());
        nama.set(p.nama());
        jk.set(p.jk());
        telepon.set(p.telepon() == null ? "" : p.telepon());
        aktif.set(p.aktif());
        galat.set("");
    }

    /** A new official: the form emptied, desa and post kept (several officials of one desa are entered in a row). */
    public void kosongkan() {
        dipilih.set(null);
        nama.set("");
        telepon.set("");
        jk.set(null);
        aktif.set(true);
    }

    /** Saves the form; {@code selesai} runs after a successful save (the view puts the focus back on the name). */
    public void simpan(Runnable selesai) {
        PerangkatDesa x = dipilih.get();
        PerangkatDesa baru = new PerangkatDesa(x == null ? null : x.id(), desa.get() == null ? null : desa.get().kode(), jabatan.get(),
                nama.get(), jk.get(), telepon.get(), aktif.get(), x == null ? 0 : x.version());
        tasks.jalankan(() -> {
            svc.simpanPerangkat(baru);
            return svc.perangkatDesa();
        }, l -> {
            daftar.setAll(l);
            galat.set("");
            kosongkan();
            selesai.run();
        }, Penolakan.ke(galat::set, dialogs));
    }
}
