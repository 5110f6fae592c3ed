package id.kesos.cli;

import id.kesos.core.KesosException;
import id.kesos.core.cadangan.CadanganService;
import id.kesos.core.cadangan.KataSandi;
import id.kesos.core.db.DataDir;
import id.kesos.core.i18n.Messages;
import id.kesos.core.preferensi.Preferensi;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code kesos kata-sandi pasang|ganti|hapus}: the data password, read from files (never from the command line, which
 * other users of the computer can see). Each makes a verified backup first.
 */
@Command(name = "kata-sandi", mixinStandardHelpOptions = true,
        subcommands = {KataSandiCommand.Pasang.class, KataSandiCommand.Ganti.class, KataSandiCommand.Hapus.class})
final class KataSandiCommand {
    @ParentCommand
    KesosCommand parent;

    /** The backup folder the office chose (Pengaturan), as the window would use. */
    static Path folderCadangan(DataDir d) {
        return CadanganService.folderPilihan(d, Preferensi.muat(d.path()));
    }

    static void lapor(PrintWriter out, String kunci, KataSandi.Hasil h) {
        out.println(Messages.get(kunci));
        out.println(Messages.get("cli.sandi.cadangan", h.cadangan().berkas()));
        out.println(Messages.get("cli.sandi.jumlah", h.jumlah().get("penduduk"), h.jumlah().get("pmks"), h.jumlah().get("psks"),
                h.jumlah().get("rapat")));
    }

    /** With users on, only an Admin changes the data password: signed in as the command line was told. */
    static void izinkan(DataDir d, char[] lama) {
        if (lama != null) {
            id.kesos.core.db.Brankas.simpan(d, lama);
        }
        try (id.kesos.core.Layanan l = id.kesos.core.Layanan.buka(d)) {
            l.sesi().wajib(id.kesos.core.audit.Peran.Hak.PENGATURAN);
        }
    }

    static void setuju(boolean paham) {
        if (!paham) {
            throw new KesosException(Messages.get("cli.sandi.perluPaham"));
        }
    }

    @Command(name = "pasang", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Pasang implements Callable<Integer> {
        @ParentCommand
        KataSandiCommand induk;
        @Spec
        CommandSpec spec;
        @Option(names = "--baru", paramLabel = "BERKAS", required = true, descriptionKey = "cli.sandi.baru")
        Path baru;
        @Option(names = "--saya-paham", descriptionKey = "cli.sandi.paham")
        boolean paham;

        @Override
        public Integer call() {
            char[] b = KesosCommand.bacaSandi(baru);
            setuju(paham);
            DataDir d = induk.parent.dataDir();
            izinkan(d, null);
            KataSandi.Hasil h = KataSandi.pasang(d, b, folderCadangan(d), Clock.systemDefaultZone());
            lapor(spec.commandLine().getOut(), "cli.sandi.terpasang", h);
            spec.commandLine().getOut().println(Messages.get("cli.sandi.cadanganLama"));
            return KesosCommand.OK;
        }
    }

    @Command(name = "ganti", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Ganti implements Callable<Integer> {
        @ParentCommand
        KataSandiCommand induk;
        @Spec
        CommandSpec spec;
        @Option(names = "--lama", paramLabel = "BERKAS", required = true, descriptionKey = "cli.sandi.lama")
        Path lama;
        @Option(names = "--baru", paramLabel = "BERKAS", required = true, descriptionKey = "cli.sandi.baru")
        Path baru;
        @Option(names = "--saya-paham", descriptionKey = "cli.sandi.paham")
        boolean paham;

        @Override
        public Integer call() {
            char[] l = KesosCommand.bacaSandi(lama);
            char[] b = KesosCommand.bacaSandi(baru);
            setuju(paham);
            DataDir d = induk.parent.dataDir();
            izinkan(d, l);
            lapor(spec.commandLine().getOut(), "cli.sandi.diganti", KataSandi.ganti(d, l, b, folderCadangan(d), Clock.systemDefaultZone()));
            return KesosCommand.OK;
        }
    }

    @Command(name = "hapus", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Hapus implements Callable<Integer> {
        @ParentCommand
        KataSandiCommand induk;
        @Spec
        CommandSpec spec;
        @Option(names = "--lama", paramLabel = "BERKAS", required = true, descriptionKey = "cli.sandi.lama")
        Path lama;

        @Override
        public Integer call() {
            char[] l = KesosCommand.bacaSandi(lama);
            DataDir d = induk.parent.dataDir();
            izinkan(d, l);
            lapor(spec.commandLine().getOut(), "cli.sandi.dihapus", KataSandi.hapus(d, l, folderCadangan(d), Clock.systemDefaultZone()));
            return KesosCommand.OK;
        }
    }
}
