package id.kesos.cli;

import id.kesos.core.Layanan;
import id.kesos.core.i18n.Messages;
import id.kesos.core.pmks.PmksService;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kesos uji-tahan}: kills the command line at random moments and checks the data after each kill. */
@Command(name = "uji-tahan", mixinStandardHelpOptions = true, sortOptions = false, subcommands = UjiTahanCommand.SimpanTerus.class)
final class UjiTahanCommand implements Callable<Integer> {
    @ParentCommand
    KesosCommand parent;
    @Spec
    CommandSpec spec;

    @Option(names = "--ulang", defaultValue = "100", paramLabel = "N", descriptionKey = "cli.ujiTahan.ulang")
    int ulang;
    @Option(names = "--jenis", split = ",", paramLabel = "demo,simpan,setup,ekspor", descriptionKey = "cli.ujiTahan.jenis")
    List<String> jenis;
    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", descriptionKey = "cli.demo.seed")
    long seed;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (ulang < 1 || ulang > 10_000) {
            throw new id.kesos.core.KesosException(Messages.get("cli.ujiTahan.ulangSalah", ulang));
        }
        List<UjiTahan.Jenis> daftar;
        try {
            daftar = jenis == null ? List.of(UjiTahan.Jenis.values())
                    : jenis.stream().map(s -> UjiTahan.Jenis.valueOf(s.strip().toUpperCase(Locale.ROOT))).toList();
        } catch (IllegalArgumentException e) {
            throw new id.kesos.core.KesosException(Messages.get("cli.ujiTahan.jenisSalah", String.join(",", jenis)));
        }
        Path kerja = Files.createTempDirectory("kesos-uji-tahan-");
        boolean semua = true;
        try {
            UjiTahan u = new UjiTahan(kerja, seed);
            for (UjiTahan.Jenis j : daftar) {
                UjiTahan.Hasil h = u.jalankan(j, ulang);
                out.println(Messages.get("cli.ujiTahan.hasil", j.name().toLowerCase(Locale.ROOT), h.bunuh(), h.bunuh() - h.masalah().size(),
                        h.simpanDiperiksa(), h.ms() / 1000.0, h.msPenuh()));
                h.masalah().forEach(m -> out.println("  " + m));
                semua &= h.masalah().isEmpty();
            }
        } finally {
            UjiTahan.hapus(kerja);
        }
        return semua ? KesosCommand.OK : KesosCommand.DITOLAK;
    }

    /** The child of the save loop: saves a person after another and prints a line after each commit. Not for people. */
    @Command(name = "simpan-terus", hidden = true)
    static final class SimpanTerus implements Callable<Integer> {
        @ParentCommand
        UjiTahanCommand induk;
        @Spec
        CommandSpec spec;
        @Option(names = "--seed", defaultValue = "0")
        int seed;
        @Option(names = "--jumlah", defaultValue = "10000")
        int jumlah;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Layanan l = Layanan.buka(induk.parent.dataDir())) {
                PmksService svc = l.pmks();
                for (int i = 0; i < Math.min(jumlah, 10_000); i++) {
                    PmksService.HasilSimpan h = svc.tambah(UjiTahan.orang(seed * 10_000 + i), UjiTahan.entri(), true);
                    out.println(UjiTahan.OK + h.penduduk().nik());
                    out.flush();
                }
            }
            return KesosCommand.OK;
        }
    }
}
