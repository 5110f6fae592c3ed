package id.kesos.ui.wilayah;

import id.kesos.core.wilayah.Wilayah;
import id.kesos.core.wilayah.WilayahService;
import id.kesos.ui.dialog.DialogService;
import id.kesos.ui.task.TaskRunner;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Provinsi, then kabupaten/kota, then kecamatan; shows the desa/kelurahan of the chosen kecamatan. */
public final class WilayahPilihViewModel {
    private final WilayahService repo;
    private final TaskRunner tasks;
    private final DialogService dialogs;

    private final ObservableList<Wilayah> provinsi = FXCollections.observableArrayList();
    private final ObservableList<Wilayah> kabupaten = FXCollections.observableArrayList();
    private final ObservableList<Wilayah> kecamatan = FXCollections.observableArrayList();
    private final ObservableList<Wilayah> desa = FXCollections.observableArrayList();
    private final ObjectProperty<Wilayah> provinsiTerpilih = new SimpleObjectProperty<>();
    private final ObjectProperty<Wilayah> kabupatenTerpilih = new SimpleObjectProperty<>();
    private final ObjectProperty<Wilayah> kecamatanTerpilih = new SimpleObjectProperty<>();
    /** A kecamatan code to select once its lists have loaded (Pengaturan opens on the office's own). */
    private String tujuan;

    public WilayahPilihViewModel(WilayahService repo, TaskRunner tasks, DialogService dialogs) {
        this.repo = repo;
        this.tasks = tasks;
        this.dialogs = dialogs;
        provinsiTerpilih.addListener((o, a, b) -> muatAnak(b, kabupaten, kabupatenTerpilih));
        kabupatenTerpilih.addListener((o, a, b) -> muatAnak(b, kecamatan, kecamatanTerpilih));
        kecamatanTerpilih.addListener((o, a, b) -> muatAnak(b, desa, null));
    }

    /** Loads the provinsi list; with {@code kodeKecamatan}, also walks down to that kecamatan. */
    public void muat(String kodeKecamatan) {
        tujuan = kodeKecamatan;
        tasks.jalankan(repo::provinsi, list -> {
            provinsi.setAll(list);
            pilihTujuan(provinsi, provinsiTerpilih, 2);
        }, dialogs::galat);
    }

    private void muatAnak(Wilayah induk, ObservableList<Wilayah> target, ObjectProperty<Wilayah> pilihan) {
        if (pilihan != null) {
            pilihan.set(null);
        }
        target.clear();
        if (induk == null) {
            return;
        }
        tasks.jalankan(() -> repo.anak(induk.kode()), list -> {
            if (target == kabupaten && !Objects.equals(provinsiTerpilih.get(), induk)
                    || target == kecamatan && !Objects.equals(kabupatenTerpilih.get(), induk)
                    || target == desa && !Objects.equals(kecamatanTerpilih.get(), induk)) {
                return; // the user has moved on meanwhile
            }
            target.setAll(list);
            if (pilihan != null) {
                pilihTujuan(target, pilihan, target == kabupaten ? 5 : 8);
            }
        }, dialogs::galat);
    }

    private void pilihTujuan(List<Wilayah> list, ObjectProperty<Wilayah> pilihan, int panjang) {
        if (tujuan == null || tujuan.length() < panjang) {
            return;
        }
        String kode = tujuan.substring(0, panjang);
        list.stream().filter(w -> w.kode().equals(kode)).findFirst().ifPresent(pilihan::set);
        if (panjang == 8) {
            tujuan = null;
        }
    }

    public ObservableList<Wilayah> provinsi() {
        return provinsi;
    }

    public ObservableList<Wilayah> kabupaten() {
        return kabupaten;
    }

    public ObservableList<Wilayah> kecamatan() {
        return kecamatan;
    }

    public ObservableList<Wilayah> desa() {
        return desa;
    }

    public ObjectProperty<Wilayah> provinsiTerpilihProperty() {
        return provinsiTerpilih;
    }

    public ObjectProperty<Wilayah> kabupatenTerpilihProperty() {
        return kabupatenTerpilih;
    }

    public ObjectProperty<Wilayah> kecamatanTerpilihProperty() {
        return kecamatanTerpilih;
    }
}
