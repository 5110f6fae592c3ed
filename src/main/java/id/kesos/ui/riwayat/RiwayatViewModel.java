package id.kesos.ui.riwayat;

import id.kesos.core.i18n.Messages;
import id.kesos.core.riwayat.RiwayatService;
import id.kesos.ui.dialog.DialogService;
import id.kesos.ui.task.TaskRunner;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
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
 * The Riwayat page: filters (user, dates, register, a person's NIK), a page of {@value #PER_HALAMAN} changes
 * newest first, and the chosen change's fields old and new. Pages are cut by id, so going on costs the same at
 * the 100,000th change as at the first; going back returns to the ids the earlier pages started at.
 */
public final class RiwayatViewModel {
    static final int PER_HALAMAN = 100;

    private final RiwayatService svc;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ObjectProperty<String> pengguna = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> dari = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> sampai = new SimpleObjectProperty<>();
    private final ObjectProperty<RiwayatService.Register> register = new SimpleObjectProperty<>();
    private final StringProperty nik = new SimpleStringProperty("");
    private final ObservableList<String> daftarPengguna = FXCollections.observableArrayList();
    private final ObservableList<RiwayatService.Perubahan> baris = FXCollections.observableArrayList();
    private final ObjectProperty<RiwayatService.Perubahan> terpilih = new SimpleObjectProperty<>();
    private final StringProperty ringkasan = new SimpleStringProperty("");
    private final StringProperty galatFilter = new SimpleStringProperty("");
    private final BooleanProperty sibuk = new SimpleBooleanProperty();
    private final BooleanProperty adaSebelumnya = new SimpleBooleanProperty();
    private final BooleanProperty adaBerikutnya = new SimpleBooleanProperty();
    /** The id each shown page started below (null: the newest); the top is the current page's. */
    private final Deque<Long> awal = new ArrayDeque<>();
    private Long akhir;
    private long permintaan;

    public RiwayatViewModel(RiwayatService svc, TaskRunner tasks, DialogService dialogs) {
        this.svc = svc;
        this.tasks = tasks;
        this.dialogs = dialogs;
        for (javafx.beans.value.ObservableValue<?> p : List.of(pengguna, dari, sampai, register)) {
            p.addListener((o, a, b) -> muat());
        }
    }

    /** Opening the page: the users for the filter, then the newest changes. */
    public void buka() {
        tasks.jalankan(svc::pengguna, daftarPengguna::setAll, TaskRunner.hanyaDicatat());
        muat();
    }

    /** The first page under the current filters (after a filter changed, or "Muat ulang"). */
    public void muat() {
        awal.clear();
        muatHalaman(null);
    }

    public void berikutnya() {
        if (adaBerikutnya.get()) {
            muatHalaman(akhir);
        }
    }

    public void sebelumnya() {
        if (awal.size() > 1) {
            awal.pop();
            Long a = awal.pop();
            muatHalaman(a);
        }
    }

    public void reset() {
        nik.set("");
        pengguna.set(null);
        dari.set(null);
        sampai.set(null);
        register.set(null);
        muat();
    }

    private void muatHalaman(Long mulai) {
        RiwayatService.Filter f = RiwayatService.Filter.SEMUA.denganPengguna(pengguna.get()).denganTanggal(dari.get(), sampai.get())
                .denganRegister(register.get());
        String n = nik.get() == null ? "" : nik.get().replaceAll("[^0-9]", "");
        if (dari.get() != null && sampai.get() != null && sampai.get().isBefore(dari.get())) {
            galatFilter.set(Messages.get("riwayat.rentangSalah"));
            return;
        }
        if (!n.isEmpty() && n.length() != 16) {
            galatFilter.set(Messages.get("riwayat.nikPendek", n.length()));
            return;
        }
        galatFilter.set("");
        long nomor = ++permintaan;
        sibuk.set(true);
        RiwayatService.Filter ff = f;
        tasks.jalankan(() -> {
            if (n.isEmpty()) {
                return svc.halaman(ff, mulai, PER_HALAMAN);
            }
            return svc.pendudukDenganNik(n).map(id -> svc.halaman(ff.denganPenduduk(id), mulai, PER_HALAMAN)).orElse(null);
        }, h -> {
            if (nomor != permintaan) {
                return;
            }
            sibuk.set(false);
            if (h == null) {
                galatFilter.set(Messages.get("riwayat.nikTidakAda"));
                baris.clear();
                tampilRingkasan(0, false);
                return;
            }
            awal.push(mulai == null ? Long.MAX_VALUE : mulai);
            akhir = h.akhir();
            baris.setAll(h.baris());
            terpilih.set(h.baris().isEmpty() ? null : h.baris().getFirst());
            tampilRingkasan(h.baris().size(), h.adaBerikutnya());
        }, e -> {
            sibuk.set(false);
            dialogs.galat(e);
        });
    }

    private void tampilRingkasan(int n, boolean lagi) {
        adaBerikutnya.set(lagi);
        adaSebelumnya.set(awal.size() > 1);
        int hal = Math.max(awal.size(), 1);
        ringkasan.set(n == 0 ? Messages.get("riwayat.kosong")
                : Messages.get("riwayat.ringkasan", (hal - 1) * PER_HALAMAN + 1, (hal - 1) * PER_HALAMAN + n, hal));
    }

    public ObjectProperty<String> penggunaProperty() {
        return pengguna;
    }

    public ObjectProperty<LocalDate> dariProperty() {
        return dari;
    }

    public ObjectProperty<LocalDate> sampaiProperty() {
        return sampai;
    }

    public ObjectProperty<RiwayatService.Register> registerProperty() {
        return register;
    }

    public StringProperty nikProperty() {
        return nik;
    }

    public ObservableList<String> daftarPengguna() {
        return daftarPengguna;
    }

    public ObservableList<RiwayatService.Perubahan> baris() {
        return baris;
    }

    public ObjectProperty<RiwayatService.Perubahan> terpilihProperty() {
        return terpilih;
    }

    public StringProperty ringkasanProperty() {
        return ringkasan;
    }

    public StringProperty galatFilterProperty() {
        return galatFilter;
    }

    public BooleanProperty sibukProperty() {
        return sibuk;
    }

    public BooleanProperty adaSebelumnyaProperty() {
        return adaSebelumnya;
    }

    public BooleanProperty adaBerikutnyaProperty() {
        return adaBerikutnya;
    }
}
