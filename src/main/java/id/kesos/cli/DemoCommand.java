package id.kesos.cli;

import id.kesos.core.Layanan;
import id.kesos.core.audit.AuditLog;
import id.kesos.core.demo.DemoPmks;
import id.kesos.core.demo.DemoPsks;
import id.kesos.core.demo.DemoRapat;
import id.kesos.core.i18n.Messages;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
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
            DemoPmks.Hasil h = new DemoPmks(l.db().dsl(), AuditLog.forCurrentUser()).isi(orang, seed, th, tambahkan, l.pmks().jenis(),
                    n -> {
                        if (orang >= 20_000 && n * 10L / orang > terakhir[0]) {
                            terakhir[0] = (int) (n * 10L / orang);
                            err.println(Messages.get("cli.demo.kemajuan", n, orang));
                        }
                    });
            out.println(Messages.get("cli.demo.selesai", h.orang(), h.entri(), h.bantuan(), th, seed));
            // the pillars are a small set per kecamatan: made once, kept when more PMKS data is added
            if (l.psks().repository().jumlah() == 0) {
                DemoPsks.Hasil p = new DemoPsks(l.db().dsl(), l.psks()).isi(seed);
                out.println(Messages.get("cli.demo.psksSelesai", p.psks()));
            } else {
                out.println(Messages.get("cli.demo.psksAda", l.psks().repository().jumlah()));
            }
            if (l.rapat().jumlah() == 0) {
                int n = new DemoRapat(l.rapat(), l.psks()).isi(l.kantor().profil().orElseThrow(), seed);
                out.println(Messages.get("cli.demo.rapatSelesai", n));
            }
        }
        return KesosCommand.OK;
    }
}
