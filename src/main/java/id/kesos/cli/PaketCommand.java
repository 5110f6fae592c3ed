package id.kesos.cli;

import id.kesos.core.Layanan;
import id.kesos.core.i18n.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kesos paket --tahun Y [--status terverifikasi|semua] --out F}: the package the kecamatan sends to its Dinas Sosial. */
@Command(name = "paket", mixinStandardHelpOptions = true, sortOptions = false)
final class PaketCommand implements Callable<Integer> {
    @ParentCommand
    KesosCommand parent;
    @Spec
    CommandSpec spec;

    @Option(names = "--tahun", required = true, paramLabel = "TAHUN", descriptionKey = "cli.ekspor.tahun")
    int tahun;
    @Option(names = "--status", paramLabel = "terverifikasi|semua", defaultValue = "terverifikasi", descriptionKey = "cli.ekspor.status")
    String status;
    @Option(names = "--out", required = true, paramLabel = "BERKAS", descriptionKey = "cli.paket.out")
    Path out;

    @Override
    public Integer call() {
        boolean usulan = Keluaran.termasukUsulan(status);
        try (Layanan l = Layanan.buka(parent.dataDir())) {
            // a folder: the package gets its usual name in it
            Path tujuan = Files.isDirectory(out) ? out.resolve(l.rekap().namaPaket(tahun)) : out;
            tujuan = id.kesos.core.cetak.Berkas.periksaTujuan(tujuan);
            long entri = l.rekap().paket(tahun, usulan, tujuan, null);
            spec.commandLine().getOut().println(Messages.get("cli.paket.tersimpan", tujuan, tahun, entri));
        }
        return KesosCommand.OK;
    }
}
