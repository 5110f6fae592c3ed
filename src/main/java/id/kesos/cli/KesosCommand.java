package id.kesos.cli;

import id.kesos.core.AppInfo;
import id.kesos.core.KesosException;
import id.kesos.core.db.DataDir;
import id.kesos.core.db.CatatanGalat;
import id.kesos.core.db.Galat;
import id.kesos.core.i18n.Messages;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

/**
 * {@code kesos}: with no command it opens the window; the sub-commands work on the same data
 * without a screen. Exit codes: 0 done, 1 input refused (reason on stderr), 2 usage error.
 */
@Command(name = "kesos", mixinStandardHelpOptions = true, versionProvider = KesosCommand.Versi.class,
        subcommands = {SetupCommand.class, InfoCommand.class, PmksCommand.class, PsksCommand.class, RapatCommand.class, EksporCommand.class, ImporCommand.class, DemoCommand.class, BenchmarkCommand.class, CadanganCommand.Cadangkan.class, CadanganCommand.Pulihkan.class,
            UjiTahanCommand.class, RiwayatCommand.class, KataSandiCommand.class, PenggunaCommand.class, PaketCommand.class, DinasCommand.class},
        usageHelpAutoWidth = true)
public final class KesosCommand implements Callable<Integer> {
    public static final int OK = 0;
    public static final int DITOLAK = 1;
    public static final int SALAH_PAKAI = 2;

    @Option(names = "--data-dir", paramLabel = "FOLDER", descriptionKey = "cli.opsi.dataDir", scope = CommandLine.ScopeType.INHERIT)
    String dataDir;
    /** The environment variable naming the data password's file, when {@code --kata-sandi} is not given. */
    public static final String ENV_SANDI = "KESOS_KATA_SANDI_FILE";
    @Option(names = "--kata-sandi", paramLabel = "BERKAS", descriptionKey = "cli.opsi.kataSandi")
    java.nio.file.Path kataSandi;
    public static final String ENV_PENGGUNA = "KESOS_PENGGUNA";
    public static final String ENV_SANDI_PENGGUNA = "KESOS_SANDI_PENGGUNA_FILE";
    @Option(names = "--pengguna", paramLabel = "NAMA", descriptionKey = "cli.opsi.pengguna")
    String pengguna;
    @Option(names = "--sandi-pengguna", paramLabel = "BERKAS", descriptionKey = "cli.opsi.sandiPengguna")
    java.nio.file.Path sandiPengguna;

    private final Consumer<DataDir> bukaJendela;

    public KesosCommand(Consumer<DataDir> bukaJendela) {
        this.bukaJendela = bukaJendela;
    }

    /**
     * The data folder chosen by {@code --data-dir}, {@code KESOS_DATA_DIR} or the OS default; the password of an
     * encrypted one from {@code --kata-sandi FILE} or {@value #ENV_SANDI} is handed to the opening.
     */
    DataDir dataDir() {
        DataDir d = DataDir.resolve(dataDir);
        java.nio.file.Path f = kataSandi;
        if (f == null && System.getenv(ENV_SANDI) != null && !System.getenv(ENV_SANDI).isBlank()) {
            f = java.nio.file.Path.of(System.getenv(ENV_SANDI));
        }
        if (f != null) {
            id.kesos.core.db.Brankas.simpan(d, bacaSandi(f));
        }
        // with users on, who runs the command: --pengguna and the file of their password (or the environment)
        String u = pengguna != null ? pengguna : System.getenv(ENV_PENGGUNA);
        java.nio.file.Path up = sandiPengguna;
        if (up == null && System.getenv(ENV_SANDI_PENGGUNA) != null && !System.getenv(ENV_SANDI_PENGGUNA).isBlank()) {
            up = java.nio.file.Path.of(System.getenv(ENV_SANDI_PENGGUNA));
        }
        if (u != null && !u.isBlank()) {
            if (up == null) {
                throw new KesosException(Messages.get("cli.pengguna.perluSandi"));
            }
            id.kesos.core.db.Brankas.simpanPengguna(d, u, bacaSandi(up));
        }
        return d;
    }

    /** A password from a file: its first line, without the line break; never from the command line itself. */
    static char[] bacaSandi(java.nio.file.Path f) {
        try {
            String s = java.nio.file.Files.readString(f, java.nio.charset.StandardCharsets.UTF_8);
            if (s.startsWith("\uFEFF")) {
                s = s.substring(1);
            }
            int nl = s.indexOf('\n');
            String baris = (nl < 0 ? s : s.substring(0, nl)).replace("\r", "");
            if (baris.isEmpty()) {
                throw new KesosException(Messages.get("cli.sandi.kosong", f));
            }
            return baris.toCharArray();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            throw new KesosException(Messages.get("cli.sandi.tidakTerbaca", f), e);
        }
    }

    @Override
    public Integer call() {
        bukaJendela.accept(dataDir());
        return OK;
    }

    /** Runs the command line and returns the exit code. */
    public static int jalankan(String[] args, Consumer<DataDir> bukaJendela, PrintWriter out, PrintWriter err) {
        DataDir jendela = jendelaSaja(args);
        if (jendela != null) {
            // the window alone: opened without building the command line's model of every command first, which
            // cost a fifth of a second of the start on an office PC
            try {
                bukaJendela.accept(jendela);
                return OK;
            } catch (RuntimeException e) {
                return galat(e, err);
            } finally {
                out.flush();
                err.flush();
            }
        }
        CommandLine cmd = new CommandLine(new KesosCommand(bukaJendela));
        cmd.setResourceBundle(Messages.bundle());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> galat(e, commandLine.getErr()));
        cmd.setParameterExceptionHandler(new SalahPakai());
        int code = cmd.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The data folder when {@code args} only open the window (nothing, or just {@code --data-dir FOLDER}); null
     * when they need the command line, or name a folder that is not valid (the command line then says why).
     */
    static DataDir jendelaSaja(String[] args) {
        String pilihan;
        if (args.length == 0) {
            pilihan = null;
        } else if (args.length == 2 && args[0].equals("--data-dir")) {
            pilihan = args[1];
        } else if (args.length == 1 && args[0].startsWith("--data-dir=")) {
            pilihan = args[0].substring("--data-dir=".length());
        } else {
            return null;
        }
        try {
            return DataDir.resolve(pilihan);
        } catch (KesosException e) {
            return null;
        }
    }

    /** What a failed command prints: the known reason, else a reference to the log; never a stack trace. */
    private static int galat(Exception e, PrintWriter err) {
        KesosException k = Galat.dikenali(e);
        if (k != null) {
            err.println(id.kesos.core.validasi.Teks.tampil(k.getMessage()));
            return DITOLAK;
        }
        // never a stack trace or the exception's text (it may quote someone's data): the details go to the log
        err.println(Messages.get("cli.galat.takTerduga", e.getClass().getSimpleName(), CatatanGalat.tulis(e)));
        return DITOLAK;
    }

    static final class Versi implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {AppInfo.NAME + " " + AppInfo.version()};
        }
    }
}
