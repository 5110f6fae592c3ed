package id.kesos;

import id.kesos.cli.KesosCommand;
import id.kesos.core.i18n.Messages;
import id.kesos.ui.UiLauncher;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The one entry point (a plain class, not a JavaFX Application): no command opens the window,
 * a command runs the command line on the same core.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        pasangLog(args);
        Messages.setLocale(Messages.dariLingkungan());
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = KesosCommand.jalankan(args, UiLauncher::launch, out, err);
        System.exit(code);
    }

    /** The log goes to the data folder's log/kesos.log from the first line on (before any logger exists). */
    static void pasangLog(String[] args) {
        String pilihan = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir") && i + 1 < args.length) {
                pilihan = args[i + 1];
            } else if (args[i].startsWith("--data-dir=")) {
                pilihan = args[i].substring("--data-dir=".length());
            }
        }
        if (java.util.Arrays.asList(args).contains("--help") || java.util.Arrays.asList(args).contains("--version")) {
            return; // nothing to log, and no folder to make
        }
        try {
            id.kesos.core.db.LogBerkas.pasang(id.kesos.core.db.DataDir.resolve(pilihan).path());
        } catch (RuntimeException e) {
            // a --data-dir that is not a path: the command says so itself
        }
    }
}
