package id.kesos.core.ringkasan;

import id.kesos.core.db.Database;
import id.kesos.core.kantor.KantorService;
import id.kesos.core.pmks.PmksService;
import id.kesos.core.psks.PsksService;
import id.kesos.core.rapat.RapatService;

/** Collects the overview of the office's data. */
public final class RingkasanService {
    private final Database db;
    private final KantorService kantor;
    private final PmksService pmks;
    private final PsksService psks;
    private final RapatService rapat;

    public RingkasanService(Database db, KantorService kantor, PmksService pmks, PsksService psks, RapatService rapat) {
        this.db = db;
        this.kantor = kantor;
        this.pmks = pmks;
        this.psks = psks;
        this.rapat = rapat;
    }

    public Ringkasan ringkasan() {
        return new Ringkasan(db.dataDir().toString(), db.schemaVersion(), kantor.profil(), pmks.jumlahAktif(),
                psks.jumlah(), rapat.jumlah(), rapat.lewatBatasWaktu(java.time.LocalDate.now()));
    }
}
