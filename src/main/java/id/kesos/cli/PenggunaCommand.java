package id.kesos.cli;

import id.kesos.core.KesosException;
import id.kesos.core.Layanan;
import id.kesos.core.audit.Peran;
import id.kesos.core.i18n.Messages;
import id.kesos.core.pengguna.PenggunaService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kesos pengguna tambah|daftar|nonaktifkan|pulihkan-admin}: the optional users and their roles. */
@Command(name = "pengguna", mixinStandardHelpOptions = true, subcommands = {PenggunaCommand.Tambah.class, PenggunaCommand.Daftar.class,
    PenggunaCommand.Nonaktifkan.class, PenggunaCommand.PulihkanAdmin.class})
final class PenggunaCommand {
    @ParentCommand
    KesosCommand parent;

    static Peran peran(String s) {
        Peran p = Peran.dariKode(s);
        if (p == null) {
            throw new KesosException(Messages.get("cli.pengguna.peranSalah", s, Arrays.stream(Peran.values()).map(Peran::kode)
                    .collect(Collectors.joining(", "))));
        }
        return p;
    }

    @Command(name = "tambah", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Tambah implements Callable<Integer> {
        @ParentCommand
        PenggunaCommand induk;
        @Spec
        CommandSpec spec;
        @Option(names = "--nama", paramLabel = "NAMA", required = true, descriptionKey = "cli.pengguna.nama")
        String nama;
        @Option(names = "--peran", paramLabel = "admin|kasie|operator|tamu", required = true, descriptionKey = "cli.pengguna.peran")
        String peran;
        @Option(names = "--kata-sandi", paramLabel = "BERKAS", required = true, descriptionKey = "cli.pengguna.kataSandi")
        Path kataSandi;

        @Override
        public Integer call() {
            Peran p = peran(peran);
            char[] s = KesosCommand.bacaSandi(kataSandi);
            PrintWriter out = spec.commandLine().getOut();
            try (Layanan l = Layanan.buka(induk.parent.dataDir())) {
                String kode = l.pengguna().tambah(nama, p, s);
                out.println(Messages.get("cli.pengguna.ditambah", nama.strip(), p.label()));
                if (kode != null) {
                    out.println(Messages.get("cli.pengguna.aktif"));
                    out.println(Messages.get("cli.pengguna.kode", kode));
                }
            }
            return KesosCommand.OK;
        }
    }

    @Command(name = "daftar", mixinStandardHelpOptions = true)
    static final class Daftar implements Callable<Integer> {
        @ParentCommand
        PenggunaCommand induk;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Layanan l = Layanan.buka(induk.parent.dataDir())) {
                var daftar = l.pengguna().daftar();
                if (daftar.isEmpty()) {
                    out.println(Messages.get("cli.pengguna.tidakAktif"));
                }
                for (PenggunaService.Pengguna u : daftar) {
                    out.println(String.format("%-24s  %-9s  %s%s", u.nama(), u.peran().kode(),
                            Messages.get(u.aktif() ? "cli.pengguna.statusAktif" : "cli.pengguna.statusNonaktif"),
                            u.terkunci() ? "  " + Messages.get("cli.pengguna.statusTerkunci") : ""));
                }
            }
            return KesosCommand.OK;
        }
    }

    @Command(name = "nonaktifkan", mixinStandardHelpOptions = true)
    static final class Nonaktifkan implements Callable<Integer> {
        @ParentCommand
        PenggunaCommand induk;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "NAMA", descriptionKey = "cli.pengguna.nama")
        String nama;

        @Override
        public Integer call() {
            try (Layanan l = Layanan.buka(induk.parent.dataDir())) {
                l.pengguna().nonaktifkan(nama);
            }
            spec.commandLine().getOut().println(Messages.get("cli.pengguna.dinonaktifkan", nama));
            return KesosCommand.OK;
        }
    }

    @Command(name = "pulihkan-admin", mixinStandardHelpOptions = true, sortOptions = false)
    static final class PulihkanAdmin implements Callable<Integer> {
        @ParentCommand
        PenggunaCommand induk;
        @Spec
        CommandSpec spec;
        @Option(names = "--nama", paramLabel = "NAMA", required = true, descriptionKey = "cli.pengguna.namaAdmin")
        String nama;
        @Option(names = "--kode", paramLabel = "BERKAS", required = true, descriptionKey = "cli.pengguna.kodeBerkas")
        Path kode;
        @Option(names = "--kata-sandi", paramLabel = "BERKAS", required = true, descriptionKey = "cli.pengguna.kataSandi")
        Path kataSandi;

        @Override
        public Integer call() {
            String k = new String(KesosCommand.bacaSandi(kode));
            char[] s = KesosCommand.bacaSandi(kataSandi);
            try (Layanan l = Layanan.bukaTanpaMasuk(induk.parent.dataDir())) {
                String baru = l.pengguna().pulihkanAdmin(nama, k, s);
                spec.commandLine().getOut().println(Messages.get("cli.pengguna.dipulihkan", nama));
                spec.commandLine().getOut().println(Messages.get("cli.pengguna.kode", baru));
            }
            return KesosCommand.OK;
        }
    }
}
