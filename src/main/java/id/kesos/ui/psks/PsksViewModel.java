package id.kesos.ui.psks;

import id.kesos.core.i18n.Messages;
import id.kesos.core.psks.BarisPsks;
import id.kesos.core.psks.Bentuk;
import id.kesos.core.psks.FilterPsks;
import id.kesos.core.psks.JenisPsks;
import id.kesos.core.psks.Legalitas;
import id.kesos.core.psks.HasilCari;
import id.kesos.core.psks.PsksService;
import id.kesos.core.wilayah.Wilayah;
import id.kesos.ui.dialog.DialogService;
import id.kesos.ui.task.TaskRunner;
import java.text.NumberFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The PSKS list: search text and filters (jenis, desa, aktif, legalitas), the matching rows and
 * their count. Every query runs in the background; an answer to an older query than the latest is dropped.
 */
public final class PsksViewModel {
    /** The desa filter's entry for institutions at kecamatan level. */
    private final Wilayah kecamatan = new Wilayah(FilterPsks.KECAMATAN, Messages.get("psks.tingkatKecamatan"), null);

    private final PsksService svc;
    private final Supplier<List<Wilayah>> desaKecamatan;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final StringProperty teks = new SimpleStringProperty("");
    private final ObjectProperty<JenisPsks> jenis = new SimpleObjectProperty<>();
    private final ObjectProperty<Wilayah> desa = new SimpleObjectProperty<>();
    private final ObjectProperty<Boolean> aktif = new SimpleObjectProperty<>();
    private final ObjectProperty<Legalitas> legalitas = new SimpleObjectProperty<>();
    private final ObservableList<BarisPsks> baris = FXCollections.observableArrayList();
    private final ObservableList<JenisPsks> daftarJenis = FXCollections.observableArrayList();
    private final ObservableList<Wilayah> daftarDesa = FXCollections.observableArrayList();
    private final StringProperty ringkasan = new SimpleStringProperty("");
    private final BooleanProperty sibuk = new SimpleBooleanProperty();
    private long permintaan;

    public PsksViewModel(PsksService svc, Supplier<List<Wilayah>> desaKecamatan, TaskRunner tasks, DialogService dialogs) {
        this.svc = svc;
        this.desaKecamatan = desaKecamatan;
        this.tasks = tasks;
        this.dialogs = dialogs;
        for (ObjectProperty<?> p : List.of(jenis, desa, aktif, legalitas)) {
            p.addListener((o, a, b) -> muat());
        }
    }

    /** Opening the page: types and desa for the filters and forms, then the list. */
    /** What opening the page reads in the background. */
    private record Pembuka(List<JenisPsks> jenis, List<Wilayah> desa) {
    }

    public void buka() {
        sibuk.set(true);
        tasks.jalankan(() -> {
            svc.siapkanValidasi();
            return new Pembuka(svc.jenis(), desaKecamatan.get());
        }, r -> {
            daftarJenis.setAll(r.jenis());
            daftarDesa.setAll(r.desa());
            muat();
        }, this::gagal);
    }

    public void muat() {
        long nomor = ++permintaan;
        Wilayah w = desa.get();
        FilterPsks f = new FilterPsks(teks.get(), jenis.get() == null ? null : jenis.get().kode(), w == null ? null : w.kode(),
                aktif.get(), legalitas.get());
        sibuk.set(true);
        tasks.jalankan(() -> svc.cari(f), h -> {
            if (nomor == permintaan) {
                tampilkan(h);
            }
        }, this::gagal);
    }

    private void tampilkan(HasilCari h) {
        baris.setAll(h.baris());
        sibuk.set(false);
        NumberFormat nf = NumberFormat.getIntegerInstance(Messages.locale());
        long orang = h.baris().stream().filter(b -> b.bentuk().orang()).count();
        ringkasan.set(Messages.get(h.total() > h.baris().size() ? "psks.ringkasanTerbatas" : "psks.ringkasan", nf.format(h.total()),
                nf.format(orang), nf.format(h.baris().size() - orang), nf.format(h.baris().size())));
    }

    private void gagal(Throwable e) {
        sibuk.set(false);
        dialogs.galat(e);
    }

    /** Adds a "pilar lain" type; {@code galat} gets the refusal, the lists follow on success. */
    public void tambahJenis(String nama, String singkatan, Bentuk bentuk, Runnable berhasil, Consumer<String> galat) {
        tasks.jalankan(() -> {
            svc.tambahJenis(nama, singkatan, bentuk);
            return svc.jenis();
        }, j -> {
            daftarJenis.setAll(j);
            berhasil.run();
        }, e -> galat.accept(e.getMessage()));
    }

    public void reset() {
        teks.set("");
        jenis.set(null);
        desa.set(null);
        aktif.set(null);
        legalitas.set(null);
        muat();
    }

    /** A form for one record, wired to refresh this list after a change. */
    public PsksFormViewModel form() {
        PsksFormViewModel f = new PsksFormViewModel(svc, List.copyOf(daftarDesa), tasks, dialogs);
        f.setSesudahBerubah(this::muat);
        return f;
    }

    public StringProperty teksProperty() {
        return teks;
    }

    public ObjectProperty<JenisPsks> jenisProperty() {
        return jenis;
    }

    public ObjectProperty<Wilayah> desaProperty() {
        return desa;
    }

    public ObjectProperty<Boolean> aktifProperty() {
        return aktif;
    }

    public ObjectProperty<Legalitas> legalitasProperty() {
        return legalitas;
    }

    public ObservableList<BarisPsks> baris() {
        return baris;
    }

    public ObservableList<JenisPsks> daftarJenis() {
        return daftarJenis;
    }

    public ObservableList<Wilayah> daftarDesa() {
        return daftarDesa;
    }

    /** The desa filter's choices: the kecamatan level, then the desa. */
    public ObservableList<Wilayah> pilihanDesa() {
        ObservableList<Wilayah> out = FXCollections.observableArrayList();
        Runnable salin = () -> {
            out.setAll(daftarDesa);
            out.addFirst(kecamatan);
        };
        daftarDesa.addListener((javafx.collections.ListChangeListener<Wilayah>) c -> salin.run());
        salin.run();
        return out;
    }

    public StringProperty ringkasanProperty() {
        return ringkasan;
    }

    public BooleanProperty sibukProperty() {
        return sibuk;
    }
}
