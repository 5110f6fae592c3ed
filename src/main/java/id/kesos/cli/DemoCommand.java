package id.kesos.cli;

import id.kesos.core.KesosException;
import id.kesos.core.Layanan;
import id.kesos.core.audit.AuditLog;
import id.kesos.core.demo.DemoPmks;
import id.kesos.core.demo.DemoPsks;
import id.kesos.core.demo.DemoRapat;
import id.kesos.core.db.Galat;
import id.kesos.core.i18n.Messages;
import id.kesos.core.kantor.KantorService;
import id.kesos.core.penduduk.PendudukService;
import id.kesos.core.psks.PsksService;
import id.kesos.core.rapat.RapatService;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kesos demo}: fills the register of the configured kecamatan with synthetic sample data. */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false)
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    KesosCommand parent;
    @Spec
    CommandSpec spec;

    @Option(names = "--orang", defaultValue = "300", paramLabel = "N", descriptionKey = "cli.demo.orang")
    int orang;
    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", descriptionKey = "cli.demo.seed")
    long seed;
    @Option(names = "--tahun", paramLabel = "TAHUN", descriptionKey = "cli.demo.tahun")
    Integer tahun;
    @Option(names = "--tambahkan", descriptionKey = "cli.demo.tambahkan")
    boolean tambahkan;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int th = tahun == null ? LocalDate.now().getYear() : tahun;
        try (Layanan l = Layanan.buka(parent.dataDir())) {
            int[] terakhir = {0};
            List<String> laporan = new ArrayList<>();
            // one transaction for everything the demo writes: killed or stopped half-way, the data stays as it was
            try {
                l.db().dsl().transaction(cfg -> {
                    DSLContext tx = DSL.using(cfg);
                    AuditLog audit = AuditLog.forCurrentUser();
                    PsksService psks = new PsksService(tx, audit, new PendudukService(tx, audit));
                    RapatService rapat = new RapatService(tx, audit);
                    DemoPmks.Hasil h = new DemoPmks(tx, audit).isi(orang, seed, th, tambahkan, l.pmks().jenis(), n -> {
                        if (orang >= 20_000 && n * 10L / orang > terakhir[0]) {
                            terakhir[0] = (int) (n * 10L / orang);
                            err.println(Messages.get("cli.demo.kemajuan", n, orang));
                        }
                    });
                    laporan.add(Messages.get("cli.demo.selesai", h.orang(), h.entri(), h.bantuan(), th, seed));
                    // the pillars are a small set per kecamatan: made once, kept when more PMKS data is added
                    if (psks.jumlah() == 0) {
                        DemoPsks.Hasil p = new DemoPsks(tx, psks).isi(seed);
                        laporan.add(Messages.get("cli.demo.psksSelesai", p.psks()));
                    } else {
                        laporan.add(Messages.get("cli.demo.psksAda", psks.jumlah()));
                    }
                    if (rapat.jumlah() == 0) {
                        int n = new DemoRapat(rapat, psks).isi(new KantorService(tx, audit).profil().orElseThrow(), seed);
                        laporan.add(Messages.get("cli.demo.rapatSelesai", n));
                    }
                });
            } catch (RuntimeException e) {
                throw Galat.terjemahkan(e instanceof DataAccessException d && d.getCause() instanceof KesosException k ? k : e);
            }
            // said only once it is committed
            laporan.forEach(out::println);
        }
        return KesosCommand.OK;
    }
}
