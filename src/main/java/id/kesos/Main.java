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
        Messages.setLocale(Messages.dariLingkungan());
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = KesosCommand.jalankan(args, UiLauncher::launch, out, err);
        System.exit(code);
    }
}
