package id.kesos.ui.pmks;

import id.kesos.core.i18n.Messages;
import id.kesos.core.penduduk.Penduduk;
import id.kesos.core.pmks.Bantuan;
import id.kesos.core.pmks.DetailPenduduk;
import id.kesos.core.pmks.DuplikatNikException;
import id.kesos.core.pmks.EntriPmks;
import id.kesos.core.pmks.PmksService;
import id.kesos.core.pmks.StatusPmks;
import id.kesos.core.validasi.ValidasiException;
import id.kesos.core.wilayah.Wilayah;
import id.kesos.ui.Penolakan;
import id.kesos.ui.dialog.DialogService;
import id.kesos.ui.task.TaskRunner;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One person: adding a new one with a first type, or viewing and editing an existing one with their
 * types, status history and aid. Warnings are shown and saved only once accepted; a NIK already in
 * the register offers to open that person or to add the type to them.
 */
public final class PendudukViewModel {
    private final PmksService svc;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final javafx.collections.ObservableList<Wilayah> desa;
    private final PendudukFormViewModel form;
    private final EntriFormViewModel entri = new EntriFormViewModel();
    private final ObjectProperty<DetailPenduduk> detail = new SimpleObjectProperty<>();
    private final ObservableList<String> peringatan = FXCollections.observableArrayList();
    private final ObjectProperty<Penduduk> duplikat = new SimpleObjectProperty<>();
    private final StringProperty pesan = new SimpleStringProperty("");
    private final BooleanProperty sibuk = new SimpleBooleanProperty();
    private Runnable tindakanTerima;
    private Runnable sesudahBerubah = () -> { };

    /**
     * {@code desa}: the kecamatan's desa, the page's own list (still filling when the form is opened right after the
     * page), which the form's choice follows.
     */
    public PendudukViewModel(PmksService svc, javafx.collections.ObservableList<Wilayah> desa, TaskRunner tasks, DialogService dialogs) {
        this.svc = svc;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.desa = desa;
        this.form = new PendudukFormViewModel(svc.validator());
        java.util.List<StringProperty> semua = new java.util.ArrayList<>(form.semuaGalat());
        semua.addAll(entri.semuaGalat());
        id.kesos.ui.Formulir.periksaIsianIkuti(pesan, semua);
    }

    public void setSesudahBerubah(Runnable r) {
        sesudahBerubah = r;
    }

    /** Loads an existing person into the form and the detail lists. */
    public void muat(long pendudukId) {
        muat(pendudukId, null);
    }

    /** Loads the person, then shows {@code pesanSesudah} (e.g. "saved") when given. */
    private void muat(long pendudukId, String pesanSesudah) {
        jalankan(() -> svc.detail(pendudukId).orElseThrow(() -> new id.kesos.core.KesosException(Messages.get("pmks.tidakAda"))),
                d -> {
                    detail.set(d);
                    form.isi(d.penduduk(), desa.stream().filter(w -> w.kode().equals(d.penduduk().desaKode())).findFirst().orElse(null));
                    duplikat.set(null);
                    if (pesanSesudah != null) {
                        pesan.set(pesanSesudah);
                    }
                });
    }

    /** Saves: a new person with the first type, or the edits of an existing person. */
    public void simpan(boolean terima) {
        boolean baru = detail.get() == null;
        boolean sah = form.periksaSemua();
        if (baru) {
            sah &= entri.periksaSemua();
        }
        if (!sah) {
            pesan.set(Messages.get("form.periksaIsian"));
            return;
        }
        Penduduk p = form.kePenduduk();
        EntriPmks e = entri.keEntri();
        tindakanTerima = () -> simpan(true);
        jalankan(() -> baru ? svc.tambah(p, e, terima) : svc.ubahPenduduk(p, terima), h -> {
            sesudahBerubah.run();
            muat(h.penduduk().id(), Messages.get(baru ? "pmks.tersimpanBaru" : "pmks.tersimpan", h.penduduk().nama()));
        });
    }

    /** Adds the type of the entry form to this person (or to the person whose NIK was found). */
    public void tambahJenis(long pendudukId, boolean terima) {
        if (!entri.periksaSemua()) {
            pesan.set(Messages.get("form.periksaIsian"));
            return;
        }
        EntriPmks e = entri.keEntri();
        tindakanTerima = () -> tambahJenis(pendudukId, true);
        jalankan(() -> svc.tambahJenis(pendudukId, e, terima), h -> {
            sesudahBerubah.run();
            muat(pendudukId, Messages.get("pmks.jenisDitambah", h.penduduk().nama()));
        });
    }

    /** Saves the edits of one entry's data (type, year, source, family fields); {@code galat} gets a refusal. */
    public void ubahEntri(EntriFormViewModel form, Runnable berhasil, Consumer<String> galat) {
        if (!form.periksaSemua()) {
            return;
        }
        EntriPmks e = form.keEntri();
        sibuk.set(true);
        tasks.jalankan(() -> svc.ubahEntri(e), x -> {
            sibuk.set(false);
            berhasil.run();
            sesudahBerubah.run();
            muat(x.pendudukId(), Messages.get("pmks.entriDiubah"));
        }, err -> {
            sibuk.set(false);
            if (err instanceof ValidasiException v) {
                form.tampilkan(v.hasil());
            }
            galat.accept(err.getMessage());
        });
    }

    public void ubahStatus(EntriPmks e, StatusPmks ke, String alasan, Consumer<String> galat) {
        sibuk.set(true);
        tasks.jalankan(() -> svc.ubahStatus(e.id(), e.version(), ke, alasan), x -> {
            sibuk.set(false);
            sesudahBerubah.run();
            muat(e.pendudukId());
        }, err -> {
            sibuk.set(false);
            galat.accept(err.getMessage());
        });
    }

    public void hapus(EntriPmks e) {
        jalankan(() -> {
            svc.hapus(e.id(), e.version());
            return e;
        }, x -> {
            sesudahBerubah.run();
            muat(e.pendudukId());
        });
    }

    /** The aid form of person {@code pendudukId}; a saved aid reloads the person and the list. */
    public BantuanFormViewModel formBantuan(long pendudukId) {
        return new BantuanFormViewModel(pendudukId, this::tambahBantuan);
    }

    /** Stores aid; {@code hasil} gets null when stored, the reason when refused (an unexpected failure goes to the error dialog). */
    void tambahBantuan(Bantuan b, Consumer<String> hasil) {
        sibuk.set(true);
        tasks.jalankan(() -> svc.tambahBantuan(b), x -> {
            sibuk.set(false);
            hasil.accept(null);
            sesudahBerubah.run();
            muat(b.pendudukId());
        }, err -> {
            sibuk.set(false);
            Penolakan.ke(hasil, dialogs).accept(err);
        });
    }

    /** The user read the warnings and saves anyway. */
    public void terimaPeringatan() {
        peringatan.clear();
        if (tindakanTerima != null) {
            tindakanTerima.run();
        }
    }

    public void tutupPeringatan() {
        peringatan.clear();
    }

    private <T> void jalankan(Callable<T> kerja, Consumer<T> berhasil) {
        sibuk.set(true);
        pesan.set("");
        tasks.jalankan(kerja, hasil -> {
            sibuk.set(false);
            peringatan.clear();
            berhasil.accept(hasil);
        }, e -> {
            sibuk.set(false);
            if (e instanceof DuplikatNikException d) {
                duplikat.set(d.ada());
                pesan.set(d.getMessage());
            } else {
                Penolakan.tampilkan(e, peringatan, h -> {
                    form.tampilkan(h);
                    entri.tampilkan(h);
                }, pesan, dialogs);
            }
        });
    }

    public PendudukFormViewModel form() {
        return form;
    }

    public EntriFormViewModel entri() {
        return entri;
    }

    public ObjectProperty<DetailPenduduk> detailProperty() {
        return detail;
    }

    public ObservableList<String> peringatan() {
        return peringatan;
    }

    public ObjectProperty<Penduduk> duplikatProperty() {
        return duplikat;
    }

    public StringProperty pesanProperty() {
        return pesan;
    }

    public BooleanProperty sibukProperty() {
        return sibuk;
    }

    public javafx.collections.ObservableList<Wilayah> desa() {
        return desa;
    }
}
