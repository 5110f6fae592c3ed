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
        DasborService dasbor, CadanganService cadangan, id.kesos.core.impor.ImporPmks impor, id.kesos.core.impor.ImporPsks imporPsks)
        implements AutoCloseable {

    public static Layanan buka(DataDir dataDir) {
        return dari(Database.open(dataDir, CadanganService::sebelumMigrasi));
    }

    public static Layanan dari(Database db) {
        AuditLog audit = AuditLog.forCurrentUser();
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
                new id.kesos.core.impor.ImporPsks(db.dsl(), audit, psks, desa));
    }

    @Override
    public void close() {
        db.close();
    }
}
