package id.kesos.core.ringkasan;

import id.kesos.core.db.Database;
import id.kesos.core.kantor.KantorService;
import id.kesos.core.pmks.PmksRepository;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Collects the overview of the office's data. */
public final class RingkasanService {
    /** Registers whose tables later versions of the schema create; until then they hold 0 records. */
    static final String TABEL_PSKS = "PSKS";
    static final String TABEL_RAPAT = "RAPAT";

    private final Database db;
    private final KantorService kantor;
    private final PmksRepository pmks;

    public RingkasanService(Database db, KantorService kantor, PmksRepository pmks) {
        this.db = db;
        this.kantor = kantor;
        this.pmks = pmks;
    }

    public Ringkasan ringkasan() {
        DSLContext dsl = db.dsl();
        return new Ringkasan(db.dataDir().toString(), db.schemaVersion(), kantor.profil(), pmks.jumlahAktif(),
                jumlah(dsl, TABEL_PSKS), jumlah(dsl, TABEL_RAPAT));
    }

    /** Row count of a register table; a register whose table the schema does not have yet holds 0 records. */
    static long jumlah(DSLContext dsl, String tabel) {
        boolean ada = dsl.fetchExists(DSL.selectOne().from(DSL.table(DSL.name("INFORMATION_SCHEMA", "TABLES")))
                .where(DSL.field(DSL.name("TABLE_SCHEMA")).eq("PUBLIC"))
                .and(DSL.field(DSL.name("TABLE_NAME")).eq(tabel)));
        return ada ? dsl.fetchCount(DSL.table(DSL.name(tabel))) : 0;
    }
}
