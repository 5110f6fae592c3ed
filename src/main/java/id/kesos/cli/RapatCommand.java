package id.kesos.cli;

import id.kesos.core.cetak.Berkas;
import id.kesos.core.KesosException;
import id.kesos.core.Layanan;
import id.kesos.core.cetak.Kertas;
import id.kesos.core.rapat.NotulaPdf;
import id.kesos.core.i18n.Messages;
import id.kesos.core.kantor.ProfilKantor;
import id.kesos.core.penduduk.Tanggal;
import id.kesos.core.rapat.BarisRapat;
import id.kesos.core.rapat.Rapat;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kesos rapat daftar|cetak}: the coordination meetings from the command line. */
@Command(name = "rapat", mixinStandardHelpOptions = true, subcommands = {RapatCommand.Daftar.class, RapatCommand.Cetak.class})
final class RapatCommand {
    @ParentCommand
    KesosCommand parent;

    @Command(name = "daftar", mixinStandardHelpOptions = true)
    static final class Daftar implements Callable<Integer> {
        @ParentCommand
        RapatCommand rapat;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Layanan l = Layanan.buka(rapat.parent.dataDir())) {
                for (BarisRapat b : l.rapat().daftar()) {
                    out.println(String.format("%-5d %-10s %-60s %s", b.id(), b.tanggal() == null ? "-" : b.tanggal().toString(),
                            b.judul() == null ? Messages.get("rapat.tanpaJudul") : b.judul(), Messages.get(b.status().labelKey())));
                }
            }
            return KesosCommand.OK;
        }
    }

    @Command(name = "cetak", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Cetak implements Callable<Integer> {
        @ParentCommand
        RapatCommand rapat;
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "cli.rapat.id")
        long id;
        @Option(names = "--out", required = true, paramLabel = "BERKAS.pdf", descriptionKey = "cli.rapat.out")
        Path out;
        @Option(names = "--kertas", paramLabel = "a4|f4", descriptionKey = "cli.rapat.kertas")
        String kertas;
        @Option(names = "--bagian", paramLabel = "notula|daftar-hadir|semua", defaultValue = "semua", descriptionKey = "cli.rapat.bagian")
        String bagian;

        @Override
        public Integer call() {
            NotulaPdf.Bagian b = NotulaPdf.Bagian.dariKode(bagian);
            if (b == null) {
                throw new KesosException(Messages.get("cli.rapat.bagianSalah", bagian));
            }
            out = Berkas.periksaTujuan(out);
            try (Layanan l = Layanan.buka(rapat.parent.dataDir())) {
                Kertas k = kertas == null ? l.kantor().kertas() : Keluaran.kertas(kertas);
                ProfilKantor profil = l.kantor().profil().orElseThrow(() -> new KesosException(Messages.get("demo.belumSetup")));
                Rapat r = l.rapat().rapat(id).orElseThrow(() -> new KesosException(Messages.get("cli.rapat.tidakAda", id)));
                NotulaPdf.simpan(r, profil, k, b, out);
                spec.commandLine().getOut().println(Messages.get("cli.rapat.tercetak", out, Tanggal.format(r.tanggal()),
                        Messages.get(k.labelKey())));
            }
            return KesosCommand.OK;
        }
    }
}
