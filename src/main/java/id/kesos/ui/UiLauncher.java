package id.kesos.ui;

import id.kesos.core.KesosException;
import id.kesos.core.Layanan;
import id.kesos.core.cadangan.CadanganOtomatis;
import id.kesos.core.db.DataDir;
import id.kesos.core.i18n.Messages;
import id.kesos.core.preferensi.Preferensi;
import id.kesos.ui.task.FxTaskRunner;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens the window: checks for a screen, starts opening the database while JavaFX starts, launches. */
public final class UiLauncher {
    private static final Logger LOG = LoggerFactory.getLogger(UiLauncher.class);
    private static volatile Bootstrap bootstrap;
    /** JavaFX warns on every start that it runs from the class path, which is how this app is built: drop just that line. */
    private static final java.util.logging.Logger FX_LOG = java.util.logging.Logger.getLogger("javafx");

    /** What the JavaFX application needs, handed over once before {@link Application#launch}. */
    record Bootstrap(DataDir dataDir, Preferensi preferensi, CompletableFuture<Layanan> layanan, CompletableFuture<Awal> awal, FxTaskRunner tasks,
            boolean terkunci) {
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
        FX_LOG.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
        Preferensi preferensi = Preferensi.muat(dataDir.path());
        preferensi.get("bahasa").ifPresent(b -> Messages.setLocale(Locale.of(b)));
        // the database opens (and migrates) while JavaFX starts: the two together are the start-up time
        // an encrypted folder without a password given opens once the window has asked for it
        boolean terkunci = id.kesos.core.db.Enkripsi.aktif(dataDir) && id.kesos.core.db.Brankas.sandi(dataDir).isEmpty();
        CompletableFuture<Layanan> layanan = terkunci ? new CompletableFuture<>() : CompletableFuture.supplyAsync(() -> Layanan.bukaTanpaMasuk(dataDir));
        // and, on the same thread, what the first screen shows: ready when the window is, or nearly
        CompletableFuture<Awal> awal = layanan.thenApply(Awal::baca);
        CompletableFuture<CadanganOtomatis> cadangan = layanan.thenApply(l -> new CadanganOtomatis(l.cadangan(),
                () -> l.cadangan().folder(preferensi), 60));
        FxTaskRunner tasks = new FxTaskRunner();
        bootstrap = new Bootstrap(dataDir, preferensi, layanan, awal, tasks, terkunci);
        MemoriDiam memori = new MemoriDiam();
        try {
            Application.launch(KesosApp.class);
        } catch (RuntimeException | Error e) {
            throw new KesosException(Messages.get("ui.gagalMulai", e.getMessage()), e);
        } finally {
            memori.close();
            cadangan.thenAccept(CadanganOtomatis::close);
            tutup(bootstrap);
        }
        if (layanan.isCompletedExceptionally() && !layanan.isCancelled()) {
            // the window showed why the data could not be opened; the console and the exit code say it too
            try {
                layanan.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof KesosException k ? k : new KesosException(Messages.get("ui.gagalMulai", e.getMessage()), e);
            }
        }
    }

    /** After the window has closed, off the JavaFX thread: let saves finish, close the database, keep the preferences. */
    private static void tutup(Bootstrap b) {
        b.tasks().close();
        try {
            b.layanan().join().close();
        } catch (CompletionException | CancellationException e) {
            LOG.debug("Basis data tidak pernah terbuka", e);
        }
        try {
            b.preferensi().simpan();
        } catch (IOException e) {
            LOG.warn("{}", Messages.get("ui.preferensiGagalDisimpan", e.getMessage()));
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
