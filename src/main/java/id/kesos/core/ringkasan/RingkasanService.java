package id.kesos.core.ringkasan;

import id.kesos.core.db.Database;
import id.kesos.core.kantor.KantorService;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Collects the overview of the office's data. */
public final class RingkasanService {
    /** The register tables, in the order Beranda lists them. Each is created by the issue that builds it. */
    static final String TABEL_PMKS = "PMKS";
    static final String TABEL_PSKS = "PSKS";
    static final String TABEL_RAPAT = "RAPAT";

    private final Database db;
    private final KantorService kantor;

    public RingkasanService(Database db, KantorService kantor) {
        this.db = db;
        this.kantor = kantor;
    }

    public Ringkasan ringkasan() {
        DSLContext dsl = db.dsl();
        return new Ringkasan(db.dataDir().toString(), db.schemaVersion(), kantor.profil(), jumlah(dsl, TABEL_PMKS),
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
