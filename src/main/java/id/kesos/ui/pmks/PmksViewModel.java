package id.kesos.ui.pmks;

import id.kesos.core.i18n.Messages;
import id.kesos.core.penduduk.JenisKelamin;
import id.kesos.core.pmks.BarisPmks;
import id.kesos.core.pmks.FilterPmks;
import id.kesos.core.pmks.Halaman;
import id.kesos.core.pmks.JenisPmks;
import id.kesos.core.pmks.PmksService;
import id.kesos.core.pmks.StatusPmks;
import id.kesos.core.pmks.Urutan;
import id.kesos.core.psks.RingkasPsks;
import id.kesos.core.wilayah.Wilayah;
import id.kesos.ui.dialog.DialogService;
import id.kesos.ui.task.TaskRunner;
import java.text.NumberFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The register list: search text, filters, sort, one page of rows and the number of matches. Every
 * query runs in the background; an answer to an older query than the latest is dropped.
 */
public final class PmksViewModel {
    public static final int PER_HALAMAN = 100;

    private final PmksService svc;
    private final Supplier<List<Wilayah>> desaKecamatan;
    private final Supplier<List<RingkasPsks>> petugas;
    private final TaskRunner tasks;
    private final DialogService dialogs;

    private final StringProperty teks = new SimpleStringProperty("");
    private final ObjectProperty<Wilayah> desa = new SimpleObjectProperty<>();
    private final ObjectProperty<JenisPmks> jenis = new SimpleObjectProperty<>();
    private final ObjectProperty<StatusPmks> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> tahun = new SimpleObjectProperty<>();
    private final ObjectProperty<JenisKelamin> jk = new SimpleObjectProperty<>();
    private final ObjectProperty<String> spm = new SimpleObjectProperty<>();
    private final ObjectProperty<Boolean> bantuan = new SimpleObjectProperty<>();
    /** A data-quality check opened from Beranda: its name, and the entries it found (null: the whole register). */
    private final StringProperty hanyaJudul = new SimpleStringProperty("");
    private Set<Long> hanyaId;

    private final ObservableList<BarisPmks> baris = FXCollections.observableArrayList();
    private final ObservableList<JenisPmks> daftarJenis = FXCollections.observableArrayList();
    private final ObservableList<Wilayah> daftarDesa = FXCollections.observableArrayList();
    private final ObservableList<RingkasPsks> daftarPetugas = FXCollections.observableArrayList();
    private final IntegerProperty total = new SimpleIntegerProperty();
    private final IntegerProperty offset = new SimpleIntegerProperty();
    private final BooleanProperty sibuk = new SimpleBooleanProperty();
    private final StringProperty ringkasan = new SimpleStringProperty("");
    private Urutan urutan = Urutan.NAMA;
    private boolean naik = true;
    private long permintaan;

    /** @param petugas the PSKS pillars who can be an entry's petugas pendata */
    public PmksViewModel(PmksService svc, Supplier<List<Wilayah>> desaKecamatan, Supplier<List<RingkasPsks>> petugas, TaskRunner tasks,
            DialogService dialogs) {
        this.svc = svc;
        this.desaKecamatan = desaKecamatan;
        this.petugas = petugas;
        this.tasks = tasks;
        this.dialogs = dialogs;
        for (ObjectProperty<?> p : List.of(desa, jenis, status, tahun, jk, spm, bantuan)) {
            p.addListener((o, a, b) -> cariUlang());
        }
    }

    /** What opening the page reads in the background. */
    private record Pembuka(List<JenisPmks> jenis, List<Wilayah> desa, Halaman<BarisPmks> halaman, List<RingkasPsks> petugas) {
    }

    /** Opening the page: the lists for the filters, the first page at once, then the search index in the background. */
    public void buka() {
        sibuk.set(true);
        tasks.jalankan(() -> {
            svc.siapkanValidasi();
            return new Pembuka(svc.jenis(), desaKecamatan.get(), svc.halamanAwal(PER_HALAMAN), petugas.get());
        }, r -> {
            daftarJenis.setAll(r.jenis());
            daftarDesa.setAll(r.desa());
            daftarPetugas.setAll(r.petugas());
            Halaman<BarisPmks> h = r.halaman();
            if (permintaan == 0) {
                tampilkan(h);
            }
            tasks.jalankan(svc::siapkanIndeks, ix -> muat(), dialogs::galat);
        }, this::gagal);
    }

    /** Re-reads the whole register (edits made in another window) and shows the current page again. */
    public void muatUlang() {
        sibuk.set(true);
        tasks.jalankan(() -> {
            svc.muatUlangIndeks();
            return petugas.get();
        }, p -> {
            daftarPetugas.setAll(p);
            muat();
        }, this::gagal);
    }

    /** The search text or a filter changed: back to the first page. */
    public void cariUlang() {
        if (permintaanDitahan) {
            return;
        }
        offset.set(0);
        muat();
    }

    public void muat() {
        long nomor = ++permintaan;
        FilterPmks f = filter();
        Urutan u = urutan;
        boolean n = naik;
        int off = offset.get();
        sibuk.set(true);
        tasks.jalankan(() -> svc.cari(f, u, n, off, PER_HALAMAN), h -> {
            if (nomor == permintaan) {
                tampilkan(h);
            }
        }, this::gagal);
    }

    private void gagal(Throwable e) {
        sibuk.set(false);
        dialogs.galat(e);
    }

    private void tampilkan(Halaman<BarisPmks> h) {
        baris.setAll(h.baris());
        total.set(h.total());
        sibuk.set(false);
        NumberFormat nf = NumberFormat.getIntegerInstance(Messages.locale());
        int halaman = h.total() == 0 ? 0 : h.offset() / PER_HALAMAN + 1;
        int dari = (h.total() + PER_HALAMAN - 1) / PER_HALAMAN;
        // no "page 0 of 0" for nothing found
        ringkasan.set(h.total() == 0 ? Messages.get("pmks.ringkasanKosong")
                : Messages.get("pmks.ringkasan", nf.format(h.total()), nf.format(halaman), nf.format(dari)));
    }

    public FilterPmks filter() {
        return new FilterPmks(teks.get(), desa.get() == null ? null : desa.get().kode(), jenis.get() == null ? null : jenis.get().kode(),
                status.get(), tahun.get(), jk.get(), spm.get(), bantuan.get(), hanyaId);
    }

    /**
     * Shows only {@code ids} (the entries a data-quality check found), every other filter cleared;
     * {@code judul} names the check above the list until the user goes back to the whole register.
     */
    public void tampilkanHanya(String judul, Set<Long> ids) {
        hanyaId = Set.copyOf(ids);
        hanyaJudul.set(judul);
        bersihkanFilter();
        cariUlang();
    }

    /** Back to the whole register. */
    public void semuaData() {
        hanyaId = null;
        hanyaJudul.set("");
        cariUlang();
    }

    public StringProperty hanyaJudulProperty() {
        return hanyaJudul;
    }

    public void urutkan(Urutan u, boolean menaik) {
        urutan = u;
        naik = menaik;
        cariUlang();
    }

    public void halamanBerikut() {
        if (offset.get() + PER_HALAMAN < total.get()) {
            offset.set(offset.get() + PER_HALAMAN);
            muat();
        }
    }

    public void halamanSebelumnya() {
        if (offset.get() > 0) {
            offset.set(Math.max(0, offset.get() - PER_HALAMAN));
            muat();
        }
    }

    /** Clears the search and every filter. */
    public void reset() {
        hanyaId = null;
        hanyaJudul.set("");
        bersihkanFilter();
        cariUlang();
    }

    private void bersihkanFilter() {
        permintaanDitahan = true;
        teks.set("");
        desa.set(null);
        jenis.set(null);
        status.set(null);
        tahun.set(null);
        jk.set(null);
        spm.set(null);
        bantuan.set(null);
        permintaanDitahan = false;
    }

    /** True while several filters are cleared at once: one search afterwards, not one per filter. */
    private boolean permintaanDitahan;

    public StringProperty teksProperty() {
        return teks;
    }

    public ObjectProperty<Wilayah> desaProperty() {
        return desa;
    }

    public ObjectProperty<JenisPmks> jenisProperty() {
        return jenis;
    }

    public ObjectProperty<StatusPmks> statusProperty() {
        return status;
    }

    public ObjectProperty<Integer> tahunProperty() {
        return tahun;
    }

    public ObjectProperty<JenisKelamin> jkProperty() {
        return jk;
    }

    public ObjectProperty<String> spmProperty() {
        return spm;
    }

    public ObjectProperty<Boolean> bantuanProperty() {
        return bantuan;
    }

    public ObservableList<BarisPmks> baris() {
        return baris;
    }

    public ObservableList<JenisPmks> daftarJenis() {
        return daftarJenis;
    }

    public ObservableList<RingkasPsks> daftarPetugas() {
        return daftarPetugas;
    }

    public ObservableList<Wilayah> daftarDesa() {
        return daftarDesa;
    }

    public IntegerProperty totalProperty() {
        return total;
    }

    public IntegerProperty offsetProperty() {
        return offset;
    }

    public BooleanProperty sibukProperty() {
        return sibuk;
    }

    public StringProperty ringkasanProperty() {
        return ringkasan;
    }

    /** The person form (a person's record, or a new one); its saves reload this list. */
    public PendudukViewModel formOrang() {
        PendudukViewModel p = new PendudukViewModel(svc, daftarDesa, tasks, dialogs);
        p.setSesudahBerubah(this::muat);
        return p;
    }

    /** The form of a new group (KAT, Kelompok Minoritas). */
    public KelompokFormViewModel formKelompok() {
        return new KelompokFormViewModel(svc, List.copyOf(daftarJenis), List.copyOf(daftarDesa), tasks, dialogs);
    }

    /** Reads a group's record (its entries with status and history) in the background. */
    public void detailKelompok(long kelompokId, java.util.function.Consumer<id.kesos.core.pmks.DetailKelompok> tampilkan) {
        tasks.jalankan(() -> svc.detailKelompok(kelompokId).orElseThrow(() -> new id.kesos.core.KesosException(Messages.get("pmks.tidakAda"))),
                tampilkan, dialogs::galat);
    }

    /** Moves a group's entry to another status; then {@code selesai} and the list reloads. A refusal is shown as a message. */
    public void ubahStatus(id.kesos.core.pmks.EntriPmks e, StatusPmks ke, String alasan, Runnable selesai) {
        tasks.jalankan(() -> svc.ubahStatus(e.id(), e.version(), ke, alasan), x -> {
            selesai.run();
            muat();
        }, id.kesos.ui.Penolakan.ke(m -> dialogs.galat(Messages.get("galat.judul"), m), dialogs));
    }

    /** Removes a group's entry from the register (kept in the audit log); then {@code selesai} and the list reloads. */
    public void hapus(id.kesos.core.pmks.EntriPmks e, Runnable selesai) {
        tasks.jalankan(() -> {
            svc.hapus(e.id(), e.version());
            return Boolean.TRUE;
        }, x -> {
            selesai.run();
            muat();
        }, dialogs::galat);
    }
}
