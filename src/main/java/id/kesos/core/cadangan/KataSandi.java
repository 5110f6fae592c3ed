package id.kesos.core.cadangan;

import id.kesos.core.KesosException;
import id.kesos.core.audit.AuditLog;
import id.kesos.core.db.Brankas;
import id.kesos.core.db.DataDir;
import id.kesos.core.db.Database;
import id.kesos.core.db.Enkripsi;
import id.kesos.core.db.Galat;
import id.kesos.core.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;

/**
 * Setting, changing and removing the data password ({@link Enkripsi}). Each is done on the closed file: a verified
 * backup first (under the password as it was), then a working copy re-encrypted and counted, then the copy put in
 * the file's place in one step. A crash at any point leaves the old file (with the old password) or the new one,
 * never a mix: the folder's salt is written before a plain file is replaced and kept when the password changes.
 */
public final class KataSandi {
    /** What was done: the backup made before, and the records the data holds (the same before and after). */
    public record Hasil(CadanganService.Info cadangan, Map<String, Long> jumlah) {
    }

    private KataSandi() {
    }

    /** Sets a password on a plain folder. */
    public static Hasil pasang(DataDir d, char[] baru, Path folderCadangan, Clock clock) {
        if (Enkripsi.aktif(d)) {
            throw new KesosException(Messages.get("sandi.sudahAda"));
        }
        Enkripsi.periksaBaru(baru);
        return ubah(d, null, baru, folderCadangan, clock, "dipasang");
    }

    /** Changes the password of an encrypted folder ({@code lama} the current one). */
    public static Hasil ganti(DataDir d, char[] lama, char[] baru, Path folderCadangan, Clock clock) {
        if (!Enkripsi.aktif(d)) {
            throw new KesosException(Messages.get("sandi.belumAda"));
        }
        Enkripsi.periksaBaru(baru);
        return ubah(d, lama, baru, folderCadangan, clock, "diganti");
    }

    /** Removes the password: the file is plain again. */
    public static Hasil hapus(DataDir d, char[] lama, Path folderCadangan, Clock clock) {
        if (!Enkripsi.aktif(d)) {
            throw new KesosException(Messages.get("sandi.belumAda"));
        }
        return ubah(d, lama, null, folderCadangan, clock, "dihapus");
    }

    private static Hasil ubah(DataDir d, char[] lama, char[] baru, Path folderCadangan, Clock clock, String apa) {
        if (lama != null) {
            Brankas.simpan(d, lama);
        }
        CadanganService.Info cadangan;
        Map<String, Long> jumlah;
        String sandiDb;
        String kunciLama;
        try (Database db = Database.open(d, CadanganService::sebelumMigrasi)) {
            if (db.adaSesiLain()) {
                throw new KesosException(Messages.get("sandi.masihDibuka", d));
            }
            cadangan = new CadanganService(db, clock, AuditLog.forCurrentUser()).cadangkanSebelum(folderCadangan, "sebelum-kata-sandi");
            jumlah = db.hitung(CadanganService.TABEL);
            sandiDb = db.sandi();
            kunciLama = db.kunciBerkas();
        }
        Enkripsi.Parameter p = baru == null ? null : lama == null ? Enkripsi.Parameter.baru() : Enkripsi.parameter(d);
        String kunciBaru = baru == null ? null : Enkripsi.kunciBerkas(baru, p);
        // in this process's own temporary folder: a kill leaves it to the next start, which removes it
        id.kesos.core.db.Sementara.pakai(d);
        Path kerja = id.kesos.core.db.Sementara.folder().resolve("sandi-" + System.nanoTime());
        try {
            id.kesos.core.db.Izin.folderPribadi(kerja);
            Path salinan = kerja.resolve("kesos.mv.db");
            Files.copy(d.databaseFile(), salinan);
            Enkripsi.ubahBerkas(kerja, kunciLama, kunciBaru);
            if (!Database.hitungSalinan(kerja.resolve("kesos"), sandiDb, kunciBaru, CadanganService.TABEL).equals(jumlah)) {
                throw new KesosException(Messages.get("sandi.gagalPeriksa"));
            }
            if (lama == null) {
                // the salt before the file: until the encrypted file is in place, the plain one opens as before
                Enkripsi.tulisParameter(d, p);
            }
            id.kesos.core.db.Izin.berkasPribadi(salinan);
            id.kesos.core.cetak.Berkas.pindahkan(salinan, d.databaseFile());
            if (baru == null) {
                Enkripsi.hapusParameter(d);
            }
        } catch (IOException e) {
            throw Galat.berkas(d.databaseFile().toString(), e);
        } finally {
            CadanganService.hapusFolder(kerja);
            id.kesos.core.db.Sementara.lepas(d);
        }
        Brankas.simpan(d, baru);
        // opened with the new password, and the change recorded (never the password itself)
        try (Database db = Database.open(d, CadanganService::sebelumMigrasi)) {
            new id.kesos.core.audit.Penulis(db.dsl(), AuditLog.forCurrentUser()).tulis(tx -> {
                AuditLog.forCurrentUser().catat(tx, "pengaturan", "kata_sandi", AuditLog.Aksi.UBAH, null, Map.of("nilai", apa));
                return null;
            });
        }
        if (baru != null) {
            Arrays.fill(baru, '\0');
        }
        return new Hasil(cadangan, jumlah);
    }
}
