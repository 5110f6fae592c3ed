package id.kesos.core.cadangan;

import id.kesos.core.KesosException;
import id.kesos.core.db.Brankas;
import id.kesos.core.db.DataDir;
import id.kesos.core.db.Enkripsi;
import id.kesos.core.db.Database;
import id.kesos.core.db.Galat;
import id.kesos.core.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Restoring a backup over the data folder, with nothing open on it: the backup is checked (a backup
 * of this app, of this kecamatan, openable, its counts as described), the current data is backed up
 * first, then the file is replaced in one step and opened (and migrated, for an older backup).
 */
public final class Pemulihan {
    /** What was restored, and where the data from before went. */
    public record Hasil(CadanganService.Info dipulihkan, CadanganService.Info sebelumnya) {
    }

    private Pemulihan() {
    }

    public static Hasil pulihkan(DataDir dataDir, Path berkas, Path folderCadangan, Clock clock) {
        return pulihkan(dataDir, berkas, folderCadangan, clock, null);
    }

    /**
     * Restores {@code berkas}; an encrypted backup made with another password than the folder's opens with
     * {@code sandiCadangan} (null: the folder's password). The folder keeps its own password either way.
     */
    public static Hasil pulihkan(DataDir dataDir, Path berkas, Path folderCadangan, Clock clock, char[] kataSandiCadangan) {
        CadanganService.Info info = CadanganService.baca(berkas);
        CadanganService.Info sebelum;
        String kunciFolder;
        try (Database cur = Database.open(dataDir, CadanganService::sebelumMigrasi)) {
            kunciFolder = cur.kunciBerkas();
            String[] kec = CadanganService.kecamatan(cur);
            if (!kec[0].isEmpty() && !info.kodeKecamatan().isEmpty() && !kec[0].equals(info.kodeKecamatan())) {
                throw new KesosException(Messages.get("cadangan.kecamatanLain", berkas, info.kodeKecamatan() + " " + info.namaKecamatan(),
                        kec[0] + " " + kec[1]));
            }
            if (versi(info.skema()) > versi(cur.schemaVersion())) {
                throw new KesosException(Messages.get("cadangan.versiBaru", berkas, info.versiAplikasi()));
            }
            if (cur.adaSesiLain()) {
                throw new KesosException(Messages.get("cadangan.masihDibuka", dataDir));
            }
            sebelum = new CadanganService(cur, clock).cadangkanSebelum(folderCadangan, "sebelum-pulih");
        }
        Path kerja = dataDir.path().resolve("sementara").resolve("pulih-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        try {
            id.kesos.core.db.Izin.folderPribadi(kerja);
            Path db = kerja.resolve("kesos.mv.db");
            String sandiCadangan = CadanganService.ekstrak(berkas, db);
            // an encrypted backup opens with the password this process was given and the salt the backup carries
            Enkripsi.Parameter parameterCadangan = null;
            String kunciCadangan = null;
            if (Enkripsi.terenkripsi(db)) {
                parameterCadangan = info.terenkripsi() ? Enkripsi.Parameter.dari(info.enkripsi()) : Enkripsi.parameter(dataDir);
                char[] s = kataSandiCadangan != null ? kataSandiCadangan.clone()
                        : Brankas.sandi(dataDir).orElseThrow(() -> new KesosException(Messages.get("cadangan.perluSandi", berkas)));
                kunciCadangan = Enkripsi.kunciBerkas(s, parameterCadangan);
                java.util.Arrays.fill(s, '\0');
            }
            try {
                Database.gantiSandi(kerja.resolve("kesos"), kunciCadangan, sandiCadangan, Database.sandiFolder(dataDir));
            } catch (KesosException e) {
                if (kunciCadangan != null) {
                    throw new KesosException(Messages.get("cadangan.sandiBeda", berkas), e);
                }
                throw e;
            }
            String kunci = kunciCadangan;
            if (kunciFolder != null && !kunciFolder.equals(kunciCadangan)) {
                // the folder keeps its password: the restored data is encrypted with it (or re-encrypted)
                Enkripsi.ubahBerkas(kerja, kunciCadangan, kunciFolder);
                kunci = kunciFolder;
            }
            if (!Database.hitungSalinan(kerja.resolve("kesos"), Database.sandiFolder(dataDir), kunci, CadanganService.TABEL).equals(info.jumlah())) {
                throw new KesosException(Messages.get("cadangan.gagalPeriksa", berkas));
            }
            if (kunciFolder == null && kunciCadangan != null) {
                // a plain folder takes the backup's password: its salt first (a plain file ignores it), then the file
                Enkripsi.tulisParameter(dataDir, parameterCadangan);
            }
            id.kesos.core.db.Izin.berkasPribadi(db);
            id.kesos.core.cetak.Berkas.pindahkan(db, dataDir.databaseFile());
        } catch (IOException e) {
            throw Galat.berkas(dataDir.databaseFile().toString(), e);
        } finally {
            CadanganService.hapusFolder(kerja);
        }
        // opens (and brings an older backup up to this version's schema)
        Database.open(dataDir, CadanganService::sebelumMigrasi).close();
        return new Hasil(info, sebelum);
    }

    static int versi(String v) {
        try {
            return Integer.parseInt(v.replaceAll("[^0-9].*$", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
