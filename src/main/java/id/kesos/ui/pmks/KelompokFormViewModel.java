package id.kesos.ui.pmks;

import id.kesos.core.KesosException;
import id.kesos.core.i18n.Messages;
import id.kesos.core.pmks.EntriPmks;
import id.kesos.core.pmks.JenisPmks;
import id.kesos.core.pmks.Kelompok;
import id.kesos.core.pmks.PmksService;
import id.kesos.core.wilayah.Wilayah;
import id.kesos.ui.Penolakan;
import id.kesos.ui.dialog.DialogService;
import id.kesos.ui.task.TaskRunner;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The form of a group entered without a single NIK (Komunitas Adat Terpencil, Kelompok Minoritas):
 * type, name, place, desa, families, people, data year. Numbers are read here: "abc" is refused with
 * its field named, never saved as 0; the group's own rules are the core's (KelompokValidator).
 */
public final class KelompokFormViewModel {
    private final PmksService svc;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final List<JenisPmks> jenisPilihan;
    private final List<Wilayah> desaPilihan;
    private final ObjectProperty<JenisPmks> jenis = new SimpleObjectProperty<>();
    private final StringProperty nama = new SimpleStringProperty("");
    private final StringProperty lokasi = new SimpleStringProperty("");
    private final ObjectProperty<Wilayah> desa = new SimpleObjectProperty<>();
    private final StringProperty jumlahKk = new SimpleStringProperty("");
    private final StringProperty jumlahJiwa = new SimpleStringProperty("");
    private final StringProperty tahun = new SimpleStringProperty(String.valueOf(LocalDate.now().getYear()));
    private final StringProperty galat = new SimpleStringProperty("");

    KelompokFormViewModel(PmksService svc, List<JenisPmks> jenis, List<Wilayah> desa, TaskRunner tasks, DialogService dialogs) {
        this.svc = svc;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.jenisPilihan = jenis.stream().filter(JenisPmks::bolehKelompok).toList();
        this.desaPilihan = List.copyOf(desa);
        this.jenis.set(jenisPilihan.isEmpty() ? null : jenisPilihan.getFirst());
    }

    /** The types a group may have. */
    public List<JenisPmks> jenisPilihan() {
        return jenisPilihan;
    }

    public List<Wilayah> desaPilihan() {
        return desaPilihan;
    }

    public ObjectProperty<JenisPmks> jenis() {
        return jenis;
    }

    public StringProperty nama() {
        return nama;
    }

    public StringProperty lokasi() {
        return lokasi;
    }

    public ObjectProperty<Wilayah> desa() {
        return desa;
    }

    public StringProperty jumlahKk() {
        return jumlahKk;
    }

    public StringProperty jumlahJiwa() {
        return jumlahJiwa;
    }

    public StringProperty tahun() {
        return tahun;
    }

    /** Why the group was not saved (empty when it was, or before a try). */
    public StringProperty galat() {
        return galat;
    }

    /** Saves the group with its entry; {@code selesai} runs once it is stored (the dialog closes). */
    public void simpan(Runnable selesai) {
        Integer kk;
        Integer jiwa;
        Integer th;
        try {
            kk = angka(jumlahKk.get(), "kelompok.jumlahKk");
            jiwa = angka(jumlahJiwa.get(), "kelompok.jumlahJiwa");
            th = angka(tahun.get(), "entri.tahun");
        } catch (KesosException e) {
            galat.set(e.getMessage());
            return;
        }
        Kelompok k = new Kelompok(null, nama.get(), lokasi.get(), desa.get() == null ? null : desa.get().kode(), kk, jiwa);
        EntriPmks e = EntriPmks.baru(jenis.get() == null ? null : jenis.get().kode(), th, null, null);
        tasks.jalankan(() -> svc.tambahKelompok(k, e), x -> {
            galat.set("");
            selesai.run();
        }, Penolakan.ke(galat::set, dialogs));
    }

    /** A whole number typed in field {@code labelKey}, or a refusal naming the field and what was typed. */
    private static int angka(String s, String labelKey) {
        String t = s == null ? "" : s.strip();
        if (t.isEmpty()) {
            throw new KesosException(Messages.get("validasi.wajib", Messages.get(labelKey)));
        }
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw new KesosException(Messages.get("kelompok.bukanAngka", Messages.get(labelKey), t));
        }
    }
}
