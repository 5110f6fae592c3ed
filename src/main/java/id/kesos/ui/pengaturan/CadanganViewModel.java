package id.kesos.ui.pengaturan;

import id.kesos.core.cadangan.CadanganService;
import id.kesos.core.cadangan.Pemulihan;
import id.kesos.core.i18n.Messages;
import id.kesos.core.penduduk.Tanggal;
import id.kesos.core.preferensi.Preferensi;
import id.kesos.ui.dialog.DialogService;
import id.kesos.ui.task.TaskRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Pengaturan > Cadangan data: the backup folder, "Cadangkan sekarang" and "Pulihkan dari cadangan...". */
public final class CadanganViewModel {
    private final CadanganService svc;
    private final Preferensi preferensi;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    /** Closes the open data before a restore replaces it; the app ends afterwards and is opened again. */
    private final Runnable tutupData;
    private final Runnable keluar;
    private final StringProperty folder = new SimpleStringProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty sibuk = new SimpleBooleanProperty();

    public CadanganViewModel(CadanganService svc, Preferensi preferensi, TaskRunner tasks, DialogService dialogs, Runnable tutupData,
            Runnable keluar) {
        this.svc = svc;
        this.preferensi = preferensi;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.tutupData = tutupData;
        this.keluar = keluar;
        folder.set(svc.folder(preferensi).toString());
    }

    public void gantiFolder() {
        dialogs.pilihFolder(Messages.get("cadangan.pilihFolder")).ifPresent(p -> {
            preferensi.set(CadanganService.PREFERENSI_FOLDER, p.toAbsolutePath().toString());
            try {
                preferensi.simpan();
            } catch (IOException e) {
                dialogs.galat(e);
            }
            folder.set(svc.folder(preferensi).toString());
        });
    }

    public void cadangkanSekarang() {
        Path dir = svc.folder(preferensi);
        sibuk.set(true);
        status.set(Messages.get("cadangan.sedang"));
        tasks.jalankan(() -> {
            id.kesos.core.db.Izin.folderPribadi(dir);
            return svc.cadangkan(svc.namaBaru(dir, "manual"));
        }, i -> {
            sibuk.set(false);
            status.set(Messages.get("cadangan.tersimpan", i.berkas(), ringkas(i)));
        }, e -> {
            sibuk.set(false);
            status.set("");
            dialogs.galat(e);
        });
    }

    public void pulihkan() {
        dialogs.pilihCadangan(Messages.get("cadangan.pilihBerkas")).ifPresent(berkas -> tasks.jalankan(() -> CadanganService.baca(berkas),
                info -> {
                    String pesan = Messages.get("cadangan.konfirmasi", info.berkas(), Tanggal.format(info.dibuat().toLocalDate()),
                            info.dibuat().toLocalTime(), info.versiAplikasi(), info.kodeKecamatan() + " " + info.namaKecamatan(),
                            ringkas(info), svc.folder(preferensi));
                    if (dialogs.konfirmasi(Messages.get("cadangan.konfirmasiJudul"), pesan,
                            Messages.get("cadangan.konfirmasiTombol", info.berkas().getFileName()))) {
                        jalankanPemulihan(berkas);
                    }
                }, dialogs::galat));
    }

    private void jalankanPemulihan(Path berkas) {
        try {
            svc.wajib(id.kesos.core.audit.Peran.Hak.PULIHKAN);
        } catch (id.kesos.core.KesosException e) {
            dialogs.galat(e);
            return;
        }
        sibuk.set(true);
        status.set(Messages.get("cadangan.memulihkan"));
        Path dir = svc.folder(preferensi);
        var dataDir = svc.dataDir();
        tasks.jalankan(() -> {
            tutupData.run();
            return Pemulihan.pulihkan(dataDir, berkas, dir, Clock.systemDefaultZone());
        }, h -> {
            dialogs.galat(Messages.get("cadangan.selesaiJudul"), Messages.get("cadangan.selesai", h.dipulihkan().berkas(),
                    h.sebelumnya().berkas()));
            keluar.run();
        }, e -> {
            // the data was closed for the restore: the app ends either way and opens the data again
            dialogs.galat(e);
            keluar.run();
        });
    }

    /** What the password dialog does. */
    public enum UbahSandi { PASANG, GANTI, HAPUS }

    /** True when the data is encrypted with a password. */
    public boolean terenkripsi() {
        return id.kesos.core.db.Enkripsi.aktif(svc.dataDir());
    }

    /**
     * Checks the password dialog's input while the data is still open, so a mistake costs nothing: {@code galat} gets
     * why it cannot be used (a new password too short or not repeated the same, the loss not acknowledged, the current
     * password wrong), else {@code lanjut} runs and the change starts. The current password's check (an Argon2id
     * derivation, about half a second) runs in the background.
     */
    public void periksaLaluUbah(UbahSandi apa, char[] lama, char[] baru, char[] ulang, boolean paham,
            java.util.function.Consumer<String> galat, Runnable lanjut) {
        String salah = periksaSandi(apa, baru, ulang, paham);
        if (salah != null) {
            galat.accept(salah);
            return;
        }
        tasks.jalankan(() -> apa == UbahSandi.PASANG || svc.sandiCocok(lama), cocok -> {
            if (!cocok) {
                galat.accept(Messages.get("sandi.lamaSalah"));
                return;
            }
            lanjut.run();
            ubahSandi(apa, lama, baru);
        }, e -> galat.accept(e.getMessage()));
    }

    /** The checks that need no derivation: role, length, repetition, acknowledgement (null: all pass). */
    private String periksaSandi(UbahSandi apa, char[] baru, char[] ulang, boolean paham) {
        try {
            svc.wajib(id.kesos.core.audit.Peran.Hak.PENGATURAN);
            if (apa != UbahSandi.HAPUS) {
                id.kesos.core.db.Enkripsi.periksaBaru(baru);
                if (!java.util.Arrays.equals(baru, ulang)) {
                    return Messages.get("sandi.tidakSama");
                }
                if (!paham) {
                    return Messages.get("sandi.perluPaham");
                }
            }
            return null;
        } catch (id.kesos.core.KesosException e) {
            return e.getMessage();
        }
    }

    /** Sets, changes or removes the password; the data is closed for it, and the app ends to be opened again. */
    private void ubahSandi(UbahSandi apa, char[] lama, char[] baru) {
        sibuk.set(true);
        status.set(Messages.get("sandi.sedang"));
        Path dir = svc.folder(preferensi);
        var dataDir = svc.dataDir();
        tasks.jalankan(() -> {
            tutupData.run();
            return switch (apa) {
                case PASANG -> id.kesos.core.cadangan.KataSandi.pasang(dataDir, baru, dir, Clock.systemDefaultZone());
                case GANTI -> id.kesos.core.cadangan.KataSandi.ganti(dataDir, lama, baru, dir, Clock.systemDefaultZone());
                case HAPUS -> id.kesos.core.cadangan.KataSandi.hapus(dataDir, lama, dir, Clock.systemDefaultZone());
            };
        }, h -> {
            dialogs.galat(Messages.get("sandi.selesaiJudul"), Messages.get(switch (apa) {
                case PASANG -> "sandi.selesaiPasang";
                case GANTI -> "sandi.selesaiGanti";
                case HAPUS -> "sandi.selesaiHapus";
            }, h.cadangan().berkas()));
            keluar.run();
        }, e -> {
            // the data was closed for the change: the app ends either way and opens the data again
            dialogs.galat(e);
            keluar.run();
        });
    }

    static String ringkas(CadanganService.Info i) {
        return Messages.get("cli.cadangan.jumlah", i.jumlah().get("penduduk"), i.jumlah().get("pmks"), i.jumlah().get("psks"),
                i.jumlah().get("rapat"), i.jumlah().get("bantuan"));
    }

    /** The app's log file (warnings and unexpected errors), for whoever is asked to look into a problem. */
    public String berkasLog() {
        return id.kesos.core.db.LogBerkas.berkas(svc.dataDir().path()).toString();
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty sibukProperty() {
        return sibuk;
    }
}
