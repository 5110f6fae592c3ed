package id.kesos.core;

import id.kesos.core.audit.AuditLog;
import id.kesos.core.cadangan.CadanganService;
import id.kesos.core.db.DataDir;
import id.kesos.core.db.Database;
import id.kesos.core.kantor.KantorService;
import id.kesos.core.penduduk.PendudukService;
import id.kesos.core.pmks.PmksService;
import id.kesos.core.psks.PsksService;
import id.kesos.core.rapat.RapatService;
import id.kesos.core.rekap.RekapService;
import id.kesos.core.ringkasan.DasborService;
import id.kesos.core.ringkasan.RingkasanService;
import id.kesos.core.wilayah.WilayahService;
import java.time.Clock;

/** The core services over one open database; the window and the command line are built on it. */
public record Layanan(Database db, WilayahService wilayah, KantorService kantor, PmksService pmks, PsksService psks,
        RapatService rapat, RingkasanService ringkasan, RekapService rekap,
        DasborService dasbor, CadanganService cadangan, id.kesos.core.impor.ImporPmks impor, id.kesos.core.impor.ImporPsks imporPsks,
        id.kesos.core.pengguna.PenggunaService pengguna, id.kesos.core.dinas.DinasService dinas) implements AutoCloseable {

    /**
     * Opens the data for a command: with users on, the user and password this process was given
     * ({@code --pengguna}, {@link id.kesos.core.db.Brankas#pengguna}) sign in first, or the data is not opened.
     */
    public static Layanan buka(DataDir dataDir) {
        Layanan l = bukaTanpaMasuk(dataDir);
        try {
            if (l.pengguna().aktif()) {
                var masuk = id.kesos.core.db.Brankas.pengguna(dataDir)
                        .orElseThrow(() -> new id.kesos.core.KesosException(id.kesos.core.i18n.Messages.get("pengguna.perluMasuk")));
                l.pengguna().masuk(masuk.nama(), masuk.sandi());
            }
            return l;
        } catch (RuntimeException e) {
            l.close();
            throw e;
        }
    }

    /** Opens the data without signing in: the window asks who is working, and nothing is allowed until then. */
    public static Layanan bukaTanpaMasuk(DataDir dataDir) {
        Layanan l = dari(Database.open(dataDir, CadanganService::sebelumMigrasi));
        l.pengguna().aktif();
        return l;
    }

    /** Who is working now (the signed-in user, or the OS account with users off). */
    public id.kesos.core.audit.Sesi sesi() {
        return pengguna.sesi();
    }

    public static Layanan dari(Database db) {
        AuditLog audit = new AuditLog(new id.kesos.core.audit.Sesi(AuditLog.akunOs()));
        KantorService kantor = new KantorService(db.dsl(), audit);
        PendudukService orang = new PendudukService(db.dsl(), audit);
        PmksService pmks = new PmksService(db.dsl(), audit, orang);
        PsksService psks = new PsksService(db.dsl(), audit, orang);
        psks.setSesudahOrangBerubah(pmks::perbaruiIndeks);
        RapatService rapat = new RapatService(db.dsl(), audit);
        java.util.function.Supplier<java.util.List<id.kesos.core.wilayah.Wilayah>> desa =
                () -> kantor.profil().map(p -> p.desa()).orElse(java.util.List.of());
        return new Layanan(db, new WilayahService(db.dsl()), kantor, pmks, psks, rapat,
                new RingkasanService(db, kantor, pmks, psks, rapat), new RekapService(db.dsl(), kantor, pmks, psks, audit),
                new DasborService(db.dsl(), kantor, pmks, orang, Clock.systemDefaultZone()),
                new CadanganService(db, Clock.systemDefaultZone(), audit),
                new id.kesos.core.impor.ImporPmks(db.dsl(), audit, pmks, desa),
                new id.kesos.core.impor.ImporPsks(db.dsl(), audit, psks, desa),
                new id.kesos.core.pengguna.PenggunaService(db.dsl(), audit, Clock.systemDefaultZone()),
                new id.kesos.core.dinas.DinasService(db.dsl(), audit, pmks::jenis, psks::jenis));
    }

    @Override
    public void close() {
        db.close();
    }
}
