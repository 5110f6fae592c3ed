package id.kesos.cli;

import id.kesos.core.Layanan;
import id.kesos.core.cadangan.CadanganService;
import id.kesos.core.cadangan.Pemulihan;
import id.kesos.core.db.DataDir;
import id.kesos.core.i18n.Messages;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kesos cadangkan} and {@code kesos pulihkan}: a verified backup, and restoring one. */
final class CadanganCommand {
    private CadanganCommand() {
    }

    /** Prints a backup's file, date, version, kecamatan and counts. */
    static void cetak(PrintWriter out, CadanganService.Info i) {
        out.println(Messages.get("cli.cadangan.berkas", i.berkas()));
        out.println(Messages.get("cli.cadangan.info", id.kesos.core.penduduk.Tanggal.format(i.dibuat().toLocalDate()),
                i.dibuat().toLocalTime(), i.versiAplikasi(), i.kodeKecamatan().isEmpty() ? "-" : i.kodeKecamatan() + " " + i.namaKecamatan()));
        out.println(Messages.get("cli.cadangan.jumlah", i.jumlah().get("penduduk"), i.jumlah().get("pmks"), i.jumlah().get("psks"),
                i.jumlah().get("rapat"), i.jumlah().get("bantuan")));
    }

    @Command(name = "cadangkan", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Cadangkan implements Callable<Integer> {
        @ParentCommand
        KesosCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--out", paramLabel = "BERKAS.zip", descriptionKey = "cli.cadangan.out")
        Path out;

        @Override
        public Integer call() {
            try (Layanan l = Layanan.buka(parent.dataDir())) {
                CadanganService c = l.cadangan();
                Path tujuan = out != null ? out : c.namaBaru(c.folder(), "manual");
                if (out == null) {
                    try {
                        id.kesos.core.db.Izin.folderPribadi(c.folder());
                    } catch (java.io.IOException e) {
                        throw new id.kesos.core.KesosException(Messages.get("cadangan.folderGagal", c.folder()), e);
                    }
                }
                CadanganService.Info i = c.cadangkan(tujuan);
                spec.commandLine().getOut().println(Messages.get("cli.cadangan.tersimpan"));
                cetak(spec.commandLine().getOut(), i);
            }
            return KesosCommand.OK;
        }
    }

    @Command(name = "pulihkan", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Pulihkan implements Callable<Integer> {
        @ParentCommand
        KesosCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "BERKAS.zip", descriptionKey = "cli.cadangan.berkasPulih")
        Path berkas;
        @Option(names = "--kata-sandi-cadangan", paramLabel = "BERKAS", descriptionKey = "cli.cadangan.sandiCadangan")
        Path sandiCadangan;

        @Override
        public Integer call() {
            DataDir d = parent.dataDir();
            Path folder;
            try (Layanan l = Layanan.buka(d)) {
                l.sesi().wajib(id.kesos.core.audit.Peran.Hak.PULIHKAN);
                folder = l.cadangan().folder();
            }
            Pemulihan.Hasil h = Pemulihan.pulihkan(d, berkas, folder, Clock.systemDefaultZone(),
                    sandiCadangan == null ? null : KesosCommand.bacaSandi(sandiCadangan));
            PrintWriter out = spec.commandLine().getOut();
            out.println(Messages.get("cli.cadangan.dipulihkan"));
            cetak(out, h.dipulihkan());
            out.println(Messages.get("cli.cadangan.sebelumnya", h.sebelumnya().berkas()));
            return KesosCommand.OK;
        }
    }
}
