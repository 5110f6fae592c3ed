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
            UjiTahanCommand.class},
        usageHelpAutoWidth = true)
public final class KesosCommand implements Callable<Integer> {
    public static final int OK = 0;
    public static final int DITOLAK = 1;
    public static final int SALAH_PAKAI = 2;

    @Option(names = "--data-dir", paramLabel = "FOLDER", descriptionKey = "cli.opsi.dataDir", scope = CommandLine.ScopeType.INHERIT)
    String dataDir;

    private final Consumer<DataDir> bukaJendela;

    public KesosCommand(Consumer<DataDir> bukaJendela) {
        this.bukaJendela = bukaJendela;
    }

    /** The data folder chosen by {@code --data-dir}, {@code KESOS_DATA_DIR} or the OS default. */
    DataDir dataDir() {
        return DataDir.resolve(dataDir);
    }

    @Override
    public Integer call() {
        bukaJendela.accept(dataDir());
        return OK;
    }

    /** Runs the command line and returns the exit code. */
    public static int jalankan(String[] args, Consumer<DataDir> bukaJendela, PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new KesosCommand(bukaJendela));
        cmd.setResourceBundle(Messages.bundle());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            KesosException k = Galat.dikenali(e);
            if (k != null) {
                commandLine.getErr().println(id.kesos.core.validasi.Teks.tampil(k.getMessage()));
                return DITOLAK;
            }
            // never a stack trace or the exception's text (it may quote someone's data): the details go to the log
            commandLine.getErr().println(Messages.get("cli.galat.takTerduga", e.getClass().getSimpleName(), CatatanGalat.tulis(e)));
            return DITOLAK;
        });
        cmd.setParameterExceptionHandler(new SalahPakai());
        int code = cmd.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static final class Versi implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {AppInfo.NAME + " " + AppInfo.version()};
        }
    }
}
