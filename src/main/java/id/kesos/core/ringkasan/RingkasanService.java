package id.kesos.core.ringkasan;

import id.kesos.core.db.Database;
import id.kesos.core.kantor.KantorService;
import id.kesos.core.pmks.PmksRepository;
import id.kesos.core.psks.PsksService;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Collects the overview of the office's data. */
public final class RingkasanService {
    /** The meetings register, whose table a later version of the schema creates; until then it holds 0 records. */
    static final String TABEL_RAPAT = "RAPAT";

    private final Database db;
    private final KantorService kantor;
    private final PmksRepository pmks;
    private final PsksService psks;

    public RingkasanService(Database db, KantorService kantor, PmksRepository pmks, PsksService psks) {
        this.db = db;
        this.kantor = kantor;
        this.pmks = pmks;
        this.psks = psks;
    }

    public Ringkasan ringkasan() {
        DSLContext dsl = db.dsl();
        return new Ringkasan(db.dataDir().toString(), db.schemaVersion(), kantor.profil(), pmks.jumlahAktif(),
                psks.repository().jumlah(), jumlah(dsl, TABEL_RAPAT));
    }

    /** Row count of a register table; a register whose table the schema does not have yet holds 0 records. */
    static long jumlah(DSLContext dsl, String tabel) {
        boolean ada = dsl.fetchExists(DSL.selectOne().from(DSL.table(DSL.name("INFORMATION_SCHEMA", "TABLES")))
                .where(DSL.field(DSL.name("TABLE_SCHEMA")).eq("PUBLIC"))
                .and(DSL.field(DSL.name("TABLE_NAME")).eq(tabel)));
        return ada ? dsl.fetchCount(DSL.table(DSL.name(tabel))) : 0;
    }
}
