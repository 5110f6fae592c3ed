package id.kesos.ui.rekap;

import id.kesos.core.cetak.Kertas;
import id.kesos.core.i18n.Messages;
import id.kesos.core.pmks.JenisPmks;
import id.kesos.core.rekap.Laporan;
import id.kesos.core.rekap.Lembar;
import id.kesos.core.rekap.Penandatangan;
import id.kesos.core.rekap.RekapService;
import id.kesos.core.rekap.RekapService.Format;
import id.kesos.core.rekap.RekapService.Jenis;
import id.kesos.core.rekap.RekapService.Opsi;
import id.kesos.core.rekap.RekapService.Templat;
import id.kesos.ui.dialog.DialogService;
import id.kesos.ui.task.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Rekap & Ekspor page: the options, a preview of the chosen recap (read in the background each
 * time an option changes), and the exports (Excel, PDF, open with the spreadsheet program) running in
 * the background with progress and a way to cancel.
 */
public final class RekapViewModel {
    /** Rows shown in the preview of a sheet; a name list of thousands is previewed by its first rows. */
    public static final int BATAS_PRATINJAU = 500;

    /** One previewed sheet: its layout, the rows read, and the closing row (sums or count) when all rows were read. */
    public record Pratinjau(Lembar lembar, List<Object[]> baris, Object[] jumlah, boolean lengkap) {
    }

    private final RekapService rekap;
    private final Supplier<List<JenisPmks>> jenisPmks;
    private final Supplier<Kertas> kertasKantor;
    private final TaskRunner tasks;
    private final DialogService dialogs;

    private final ObjectProperty<Jenis> jenis = new SimpleObjectProperty<>(Jenis.REKAP_PMKS_DESA);
    private final ObjectProperty<Integer> tahun = new SimpleObjectProperty<>(LocalDate.now().getYear());
    private final BooleanProperty usulan = new SimpleBooleanProperty(false);
    private final ObjectProperty<Kertas> kertas = new SimpleObjectProperty<>();
    private final ObjectProperty<Penandatangan> ttd = new SimpleObjectProperty<>(Penandatangan.CAMAT_DAN_KASI);
    private final BooleanProperty sembunyikanSensitif = new SimpleBooleanProperty(true);
    private final BooleanProperty samarkan = new SimpleBooleanProperty(false);
    private final Supplier<Boolean> samarkanKantor;
    private final BooleanProperty rincianDesa = new SimpleBooleanProperty(false);
    private final BooleanProperty lembarPerJenis = new SimpleBooleanProperty(true);
    private final ObjectProperty<JenisPmks> filterJenis = new SimpleObjectProperty<>();
    private final BooleanProperty pakaiTemplat = new SimpleBooleanProperty(true);
    private final StringProperty namaTemplat = new SimpleStringProperty("");
    private final ObservableList<Pratinjau> pratinjau = FXCollections.observableArrayList();
    private final BooleanProperty memuat = new SimpleBooleanProperty(false);
    private final BooleanProperty mengekspor = new SimpleBooleanProperty(false);
    private final DoubleProperty kemajuan = new SimpleDoubleProperty(-1);
    private final StringProperty pesan = new SimpleStringProperty("");
    private final ObservableList<JenisPmks> daftarJenisPmks = FXCollections.observableArrayList();
    private id.kesos.ui.task.Pegangan<Path> berjalan;
    private int generasi;
    private boolean siap;
    private Templat templat;

    public RekapViewModel(RekapService rekap, Supplier<List<JenisPmks>> jenisPmks, Supplier<Kertas> kertasKantor,
            Supplier<Boolean> samarkanKantor, TaskRunner tasks, DialogService dialogs) {
        this.rekap = rekap;
        this.samarkanKantor = samarkanKantor;
        this.jenisPmks = jenisPmks;
        this.kertasKantor = kertasKantor;
        this.tasks = tasks;
        this.dialogs = dialogs;
        // change listeners, not invalidation: a spinner losing focus sets an equal year again, which is no change
        javafx.beans.value.ChangeListener<Object> ubah = (o, a, b) -> muatPratinjau();
        for (javafx.beans.value.ObservableValue<?> p : List.of(tahun, usulan, kertas, ttd, sembunyikanSensitif, samarkan, rincianDesa,
                lembarPerJenis, filterJenis, pakaiTemplat)) {
            p.addListener(ubah);
        }
        jenis.addListener(o -> {
            muatTemplat();
            muatPratinjau();
        });
    }

    /** What the page reads before its first preview. */
    private record Pembuka(Kertas kertas, List<JenisPmks> jenis, boolean samarkan) {
    }

    /** Reads what the page needs (the office's paper, the PMKS types, the stored template), then the first preview. */
    public void mulai() {
        tasks.jalankan(() -> new Pembuka(kertasKantor.get(), jenisPmks.get(), samarkanKantor.get()), r -> {
            kertas.set(r.kertas());
            samarkan.set(r.samarkan());
            daftarJenisPmks.setAll(r.jenis());
            siap = true;
            muatTemplat();
            muatPratinjau();
        }, dialogs::galat);
    }

    Opsi opsi() {
        Integer t = tahun.get() == null ? LocalDate.now().getYear() : tahun.get();
        return Opsi.tahun(t).denganUsulan(usulan.get()).denganKertas(kertas.get()).denganPenandatangan(ttd.get())
                .denganSembunyikanSensitif(sembunyikanSensitif.get()).denganSamarkan(samarkan.get()).denganRincianDesa(rincianDesa.get())
                .denganJenis(lembarPerJenis.get() && filterJenis.get() == null, filterJenis.get() == null ? null : filterJenis.get().kode());
    }

    private void muatTemplat() {
        Jenis j = jenis.get();
        tasks.jalankan(() -> rekap.templat(j), t -> {
            if (j == jenis.get()) {
                templat = t.orElse(null);
                namaTemplat.set(t.map(Templat::namaBerkas).orElse(""));
            }
        }, dialogs::galat);
    }

    /** Builds the recap with the current options and reads its first rows; a newer request makes an older one stale. */
    public void muatPratinjau() {
        if (!siap) {
            return; // the options are still being read: one preview once they are
        }
        int g = ++generasi;
        Jenis j = jenis.get();
        Opsi o = opsi();
        memuat.set(true);
        tasks.jalankan(() -> baca(rekap.susun(j, o)), p -> {
            if (g == generasi) {
                memuat.set(false);
                pratinjau.setAll(p);
                pesan.set("");
            }
        }, e -> {
            if (g == generasi) {
                memuat.set(false);
                pratinjau.clear();
                pesan.set(e instanceof id.kesos.core.KesosException ? e.getMessage() : Messages.get("rekap.gagalPratinjau"));
            }
        });
    }

    private static List<Pratinjau> baca(Laporan lap) {
        List<Pratinjau> out = new ArrayList<>();
        for (Lembar l : lap.lembar()) {
            List<Object[]> baris = new ArrayList<>();
            Lembar.Penjumlah pj = l.penjumlah();
            l.isi().baca(BATAS_PRATINJAU + 1, r -> {
                pj.tambah(r);
                baris.add(r);
            });
            boolean lengkap = baris.size() <= BATAS_PRATINJAU;
            if (!lengkap) {
                baris.removeLast();
            }
            Object[] jumlah = null;
            if (lengkap) {
                if (l.barisJumlah()) {
                    jumlah = pj.hasil();
                } else {
                    jumlah = new Object[l.kolom().size()];
                    jumlah[Math.min(1, jumlah.length - 1)] = l.teksJumlah(pj.baris());
                }
            }
            out.add(new Pratinjau(l, baris, jumlah, lengkap));
        }
        return out;
    }

    /** Asks where to save, then writes the recap in the background (Excel in the district template when one is chosen). */
    public void simpan(Format format) {
        String nama = jenis.get().kode() + "-" + opsi().tahun() + (format == Format.PDF ? ".pdf" : ".xlsx");
        dialogs.simpanBerkas(Messages.get(format == Format.PDF ? "rekap.simpanPdf" : "rekap.simpanExcel"), nama)
                .ifPresent(p -> ekspor(format, p, false));
    }

    /** Writes the Excel file to a temporary folder and opens it with the system's spreadsheet program. */
    public void buka() {
        try {
            Path dir = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "kesos-rekap"));
            ekspor(Format.XLSX, dir.resolve(jenis.get().kode() + "-" + opsi().tahun() + "-" + System.currentTimeMillis() % 100000 + ".xlsx"),
                    true);
        } catch (java.io.IOException e) {
            dialogs.galat(e);
        }
    }

    /**
     * The package for the Dinas Sosial ("paket kirim") of the chosen year and status: asks where to save it (the name says
     * kecamatan, year and date), then writes it in the background.
     */
    public void kirimKeDinas() {
        Opsi o = opsi();
        String nama;
        try {
            nama = rekap.namaPaket(o.tahun());
        } catch (RuntimeException e) {
            dialogs.galat(e);
            return;
        }
        dialogs.simpanBerkas(Messages.get("rekap.kirim"), nama).ifPresent(p -> jalankan(p, false, k -> {
            rekap.paket(o.tahun(), o.termasukUsulan(), p, k);
            return p;
        }));
    }

    private void ekspor(Format format, Path tujuan, boolean bukaSesudah) {
        Jenis j = jenis.get();
        Opsi o = opsi();
        Templat t = format == Format.XLSX && pakaiTemplat.get() ? templat : null;
        jalankan(tujuan, bukaSesudah, k -> {
            rekap.ekspor(j, o, format, t, tujuan, k);
            return tujuan;
        });
    }

    /** Writes a file in the background with the progress bar, the Batal button and the message under the preview. */
    private void jalankan(Path tujuan, boolean bukaSesudah, id.kesos.ui.task.Kerja<Path> kerja) {
        if (mengekspor.get()) {
            return;
        }
        mengekspor.set(true);
        kemajuan.set(-1);
        pesan.set(Messages.get("rekap.menulis", tujuan.getFileName()));
        berjalan = tasks.mulai(kerja, p -> {
            berjalan = null;
            mengekspor.set(false);
            kemajuan.set(1);
            pesan.set(Messages.get("rekap.tersimpan", p));
            if (bukaSesudah) {
                dialogs.buka(p);
            }
        }, e -> {
            berjalan = null;
            mengekspor.set(false);
            kemajuan.set(0);
            if (e instanceof CancellationException) {
                pesan.set(Messages.get("rekap.dibatalkan"));
            } else {
                pesan.set("");
                dialogs.galat(e);
            }
        });
        berjalan.kemajuanProperty().addListener((ob, lama, baru) -> {
            if (mengekspor.get()) {
                kemajuan.set(baru.doubleValue());
            }
        });
    }

    /** Stops the running export; the half-written file is thrown away. */
    public void batalkan() {
        if (berjalan != null) {
            berjalan.batal();
        }
    }

    /** Asks for a district template (.xlsx), checks it against this recap and stores it for it. */
    public void pasangTemplat() {
        Optional<Path> f = dialogs.pilihExcel(Messages.get("rekap.pilihTemplat"));
        if (f.isEmpty()) {
            return;
        }
        Jenis j = jenis.get();
        tasks.jalankan(() -> {
            Templat t = Templat.baca(f.get());
            rekap.pasangTemplat(j, t);
            return t;
        }, t -> {
            pakaiTemplat.set(true);
            muatTemplat();
            pesan.set(Messages.get("rekap.templatTerpasang", t.namaBerkas(), Messages.get(j.labelKey())));
        }, dialogs::galat);
    }

    /** Goes back to the built-in layout for this recap. */
    public void hapusTemplat() {
        Jenis j = jenis.get();
        if (!dialogs.konfirmasi(Messages.get("rekap.hapusTemplat"), Messages.get("rekap.hapusTemplatTanya", namaTemplat.get()),
                Messages.get("rekap.hapusTemplat"))) {
            return;
        }
        tasks.jalankan(() -> {
            rekap.hapusTemplat(j);
            return Boolean.TRUE;
        }, x -> muatTemplat(), dialogs::galat);
    }

    public ObjectProperty<Jenis> jenisProperty() {
        return jenis;
    }

    public ObjectProperty<Integer> tahunProperty() {
        return tahun;
    }

    public BooleanProperty usulanProperty() {
        return usulan;
    }

    public ObjectProperty<Kertas> kertasProperty() {
        return kertas;
    }

    public ObjectProperty<Penandatangan> ttdProperty() {
        return ttd;
    }

    /** Whether name lists mask NIK and No. KK; starts as the office chose in Pengaturan. */
    public BooleanProperty samarkanProperty() {
        return samarkan;
    }

    public BooleanProperty sembunyikanSensitifProperty() {
        return sembunyikanSensitif;
    }

    public BooleanProperty rincianDesaProperty() {
        return rincianDesa;
    }

    public BooleanProperty lembarPerJenisProperty() {
        return lembarPerJenis;
    }

    public ObjectProperty<JenisPmks> filterJenisProperty() {
        return filterJenis;
    }

    public BooleanProperty pakaiTemplatProperty() {
        return pakaiTemplat;
    }

    public StringProperty namaTemplatProperty() {
        return namaTemplat;
    }

    public ObservableList<Pratinjau> pratinjau() {
        return pratinjau;
    }

    public ObservableList<JenisPmks> daftarJenisPmks() {
        return daftarJenisPmks;
    }

    public BooleanProperty memuatProperty() {
        return memuat;
    }

    public BooleanProperty mengeksporProperty() {
        return mengekspor;
    }

    public DoubleProperty kemajuanProperty() {
        return kemajuan;
    }

    public StringProperty pesanProperty() {
        return pesan;
    }
}
