package id.kesos.ui;

import id.kesos.core.KesosException;
import id.kesos.core.Layanan;
import id.kesos.core.db.DataDir;
import id.kesos.core.i18n.Messages;
import id.kesos.core.preferensi.Preferensi;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;

/** Opens the window: checks for a screen, starts opening the database while JavaFX starts, launches. */
public final class UiLauncher {
    private static volatile Bootstrap bootstrap;
    /** JavaFX warns on every start that it runs from the class path, which is how this app is built: keep it quiet. */
    private static final java.util.logging.Logger FX_PLATFORM = java.util.logging.Logger.getLogger("com.sun.javafx.application.PlatformImpl");

    /** What the JavaFX application needs, handed over once before {@link Application#launch}. */
    record Bootstrap(DataDir dataDir, Preferensi preferensi, CompletableFuture<Layanan> layanan) {
    }

    private UiLauncher() {
    }

    static Bootstrap bootstrap() {
        return bootstrap;
    }

    public static void launch(DataDir dataDir) {
        if (!adaLayar(System.getProperty("os.name", ""), System.getenv("DISPLAY"), System.getenv("WAYLAND_DISPLAY"),
                System.getProperty("glass.platform"))) {
            throw new KesosException(Messages.get("ui.tanpaLayar"));
        }
        FX_PLATFORM.setLevel(java.util.logging.Level.SEVERE);
        Preferensi preferensi = Preferensi.muat(dataDir.path());
        preferensi.get("bahasa").ifPresent(b -> Messages.setLocale(Locale.of(b)));
        // the database opens (and migrates) while JavaFX starts: the two together are the start-up time
        CompletableFuture<Layanan> layanan = CompletableFuture.supplyAsync(() -> Layanan.buka(dataDir));
        bootstrap = new Bootstrap(dataDir, preferensi, layanan);
        try {
            Application.launch(KesosApp.class);
        } catch (RuntimeException | Error e) {
            throw new KesosException(Messages.get("ui.gagalMulai", e.getMessage()), e);
        }
    }

    static boolean adaLayar(String os, String display, String wayland, String glassPlatform) {
        String o = os.toLowerCase(Locale.ROOT);
        if (o.contains("win") || o.contains("mac") || "Monocle".equalsIgnoreCase(glassPlatform)) {
            return true;
        }
        return display != null && !display.isBlank() || wayland != null && !wayland.isBlank();
    }
}
