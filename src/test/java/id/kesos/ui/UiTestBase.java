package id.kesos.ui;

import id.kesos.core.Layanan;
import id.kesos.core.db.DataDir;
import id.kesos.core.preferensi.Preferensi;
import id.kesos.ui.dialog.FxDialogService;
import id.kesos.ui.task.FxTaskRunner;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real window (theme, content, background tasks) on a fresh data folder per test,
 * exactly as {@link KesosApp} builds it.
 */
abstract class UiTestBase extends ApplicationTest {
    @TempDir
    Path dataDir;
    Stage stage;
    Layanan layanan;
    Preferensi preferensi;
    FxTaskRunner tasks;
    boolean utamaSiap;
    /** Where "Simpan PDF" / "Simpan Excel" save in a test. */
    Path simpanKe;
    /** The file an open dialog (a district template, a backup) answers in a test. */
    Path bukaDari;
    /** The files the app handed to the system's program to open (a spreadsheet, a PDF). */
    final java.util.List<Path> dibuka = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** The folder the folder chooser answers in a test. */
    Path folderDipilih;

    /** Runs before the window opens: e.g. a setup already done. */
    void siapkan(Layanan l) {
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        layanan = Layanan.buka(new DataDir(dataDir));
        siapkan(layanan);
        preferensi = Preferensi.muat(dataDir);
        tasks = new FxTaskRunner();
        KesosWindow root = KesosApp.pasang(stage, preferensi);
        stage.show();
        FxDialogService fx = new FxDialogService(() -> stage);
        // real dialogs, except the file chooser (a native window TestFX cannot drive): it answers simpanKe
        id.kesos.ui.dialog.DialogService dialogs = new id.kesos.ui.dialog.DialogService() {
            @Override
            public void galat(String judul, String pesan) {
                fx.galat(judul, pesan);
            }

            @Override
            public boolean konfirmasi(String judul, String pesan, String tombolLanjut) {
                return fx.konfirmasi(judul, pesan, tombolLanjut);
            }

            @Override
            public java.util.Optional<Path> pilihGambar(String judul) {
                return fx.pilihGambar(judul);
            }

            @Override
            public java.util.Optional<Path> simpanBerkas(String judul, String namaAwal) {
                return java.util.Optional.ofNullable(simpanKe);
            }

            @Override
            public java.util.Optional<Path> pilihExcel(String judul) {
                return java.util.Optional.ofNullable(bukaDari);
            }

            @Override
            public java.util.Optional<Path> pilihDaftar(String judul) {
                return java.util.Optional.ofNullable(bukaDari);
            }

            @Override
            public void buka(Path berkas) {
                dibuka.add(berkas);
            }

            @Override
            public java.util.Optional<Path> pilihCadangan(String judul) {
                return java.util.Optional.ofNullable(bukaDari);
            }

            @Override
            public java.util.Optional<Path> pilihFolder(String judul) {
                return java.util.Optional.ofNullable(folderDipilih);
            }

            @Override
            public void galat(Throwable e) {
                fx.galat(e);
            }
        };
        // what the first screen shows read beforehand, as UiLauncher does while JavaFX starts
        root.mulai(layanan, Awal.baca(layanan), preferensi, tasks, dialogs, () -> utamaSiap = true);
    }

    @AfterEach
    void tutup() throws Exception {
        interact(() -> stage.close());
        tasks.close();
        layanan.close();
    }

    void tunggu(Callable<Boolean> kondisi) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                try {
                    return kondisi.call();
                } catch (RuntimeException e) {
                    return false; // e.g. the node is not on screen yet
                }
            });
        } catch (java.util.concurrent.TimeoutException e) {
            simpanGambarGagal();
            throw e;
        }
    }

    /** Pictures of every open window as the test failed (target/ui-gagal-*.png), to see what the user would have seen. */
    private void simpanGambarGagal() {
        int[] i = {0};
        interact(() -> javafx.stage.Window.getWindows().forEach(w -> {
            try {
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(w.getScene().snapshot(null), null), "png",
                        new java.io.File("target/ui-gagal-" + getClass().getSimpleName() + "-" + (i[0]++) + ".png"));
            } catch (java.io.IOException x) {
                throw new java.io.UncheckedIOException(x);
            }
        }));
    }

    /** Waits until the label {@code query} satisfies {@code p}; on timeout, says what it showed. */
    /**
     * Clicks the node the predicate names once it is on screen. The node is looked up on the FX thread: a lookup from the
     * test thread while a popup lays its cells out can walk a child list as it changes (IndexOutOfBounds in CI).
     */
    void klikPada(java.util.function.Predicate<javafx.scene.Node> p) throws Exception {
        javafx.scene.Node[] ketemu = new javafx.scene.Node[1];
        tunggu(() -> {
            ketemu[0] = WaitForAsyncUtils.asyncFx(() -> lookup(p).tryQuery().filter(javafx.scene.Node::isVisible).orElse(null)).get();
            return ketemu[0] != null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(ketemu[0]);
    }

    void tungguTeks(String query, java.util.function.Predicate<String> p) throws Exception {
        try {
            tunggu(() -> p.test(teks(query)));
        } catch (java.util.concurrent.TimeoutException e) {
            String semua = lookup(n -> n instanceof Labeled l && l.getId() != null && l.isVisible()).queryAll().stream()
                    .map(n -> n.getId() + "=" + ((Labeled) n).getText()).reduce("", (a, b) -> a + "\n" + b);
            org.junit.jupiter.api.Assertions.fail(query + " shows: " + (lookup(query).tryQuery().isPresent() ? teks(query) : "(not on screen)")
                    + semua);
        }
    }

    /** A picture of the main window, to look at (and for the README). */
    void simpanGambar(String nama) {
        interact(() -> {
            try {
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png",
                        new java.io.File(nama));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** A picture of the window that holds {@code query} (a dialog too), to look at. */
    void simpanGambarJendela(String query, String nama) {
        interact(() -> {
            try {
                javafx.scene.Scene sc = lookup(query).query().getScene();
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(sc.snapshot(null), null), "png", new java.io.File(nama));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    String teks(String query) {
        Node n = lookup(query).query();
        return ((Labeled) n).getText();
    }
}
