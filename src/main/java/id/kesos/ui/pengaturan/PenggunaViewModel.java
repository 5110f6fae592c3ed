package id.kesos.ui.pengaturan;

import id.kesos.core.audit.Peran;
import id.kesos.core.i18n.Messages;
import id.kesos.core.pengguna.PenggunaService;
import id.kesos.ui.dialog.DialogService;
import id.kesos.ui.task.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Pengaturan > Pengguna: the users, adding one (the first, an Admin, turns users on) and deactivating one. */
public final class PenggunaViewModel {
    private final PenggunaService svc;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ObservableList<PenggunaService.Pengguna> daftar = FXCollections.observableArrayList();
    private final StringProperty keadaan = new SimpleStringProperty("");
    private final BooleanProperty boleh = new SimpleBooleanProperty();

    public PenggunaViewModel(PenggunaService svc, TaskRunner tasks, DialogService dialogs) {
        this.svc = svc;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /** What the section reads in the background. */
    private record Keadaan(boolean aktif, java.util.List<PenggunaService.Pengguna> daftar) {
    }

    public void muat() {
        tasks.jalankan(() -> new Keadaan(svc.aktif(), svc.daftar()), r -> {
            daftar.setAll(r.daftar());
            keadaan.set(Messages.get(r.aktif() ? "pengguna.keadaanAktif" : "pengguna.keadaanTidak"));
            boleh.set(svc.sesi().boleh(Peran.Hak.PENGGUNA));
        }, dialogs::galat);
    }

    /** Why the add dialog's input cannot be used (null: it can). */
    public String periksa(String nama, Peran peran, char[] sandi, char[] ulang) {
        if (nama == null || nama.isBlank()) {
            return Messages.get("pengguna.namaSalah", "");
        }
        if (peran == null) {
            return Messages.get("pengguna.peranSalah");
        }
        try {
            id.kesos.core.db.Enkripsi.periksaBaru(sandi);
        } catch (id.kesos.core.KesosException e) {
            return e.getMessage();
        }
        if (!java.util.Arrays.equals(sandi, ulang)) {
            return Messages.get("sandi.tidakSama");
        }
        if (daftar.stream().noneMatch(PenggunaService.Pengguna::aktif) && peran != Peran.ADMIN) {
            return Messages.get("pengguna.pertamaAdmin");
        }
        return null;
    }

    /** Adds the user; {@code kode} gets the recovery code when this one turned users on. */
    public void tambah(String nama, Peran peran, char[] sandi, java.util.function.Consumer<String> selesai,
            java.util.function.Consumer<String> galat) {
        tasks.jalankan(() -> java.util.Optional.ofNullable(svc.tambah(nama, peran, sandi)), kode -> {
            muat();
            selesai.accept(kode.orElse(null));
        }, e -> galat.accept(e.getMessage()));
    }

    public void nonaktifkan(PenggunaService.Pengguna p) {
        if (p == null || !dialogs.konfirmasi(Messages.get("pengguna.nonaktifJudul"), Messages.get("pengguna.nonaktifPesan", p.nama()),
                Messages.get("pengguna.nonaktifTombol", p.nama()))) {
            return;
        }
        tasks.jalankan(() -> {
            svc.nonaktifkan(p.nama());
            return Boolean.TRUE;
        }, x -> muat(), dialogs::galat);
    }

    public ObservableList<PenggunaService.Pengguna> daftar() {
        return daftar;
    }

    public StringProperty keadaanProperty() {
        return keadaan;
    }

    /** True when the one working may manage users (an Admin, or nobody yet: the first Admin). */
    public BooleanProperty bolehProperty() {
        return boleh;
    }
}
