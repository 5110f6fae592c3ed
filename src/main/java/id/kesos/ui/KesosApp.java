package id.kesos.ui;

import id.kesos.core.Layanan;

import atlantafx.base.theme.PrimerLight;
import id.kesos.core.AppInfo;
import id.kesos.core.preferensi.Preferensi;
import id.kesos.ui.dialog.FxDialogService;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The JavaFX application: one window, its size and position remembered in the data folder. What has
 * to happen after it closes (saves finishing, database closing) is done by {@link UiLauncher}.
 */
public final class KesosApp extends Application {
    private UiLauncher.Bootstrap boot;

    @Override
    public void start(Stage stage) {
        boot = UiLauncher.bootstrap();
        KesosWindow root = pasang(stage, boot.preferensi());
        stage.show();

        FxDialogService dialogs = new FxDialogService(() -> stage).denganHostServices(this::getHostServices);
        if (boot.terkunci()) {
            SandiAwal.tanya(stage, boot.dataDir(), boot.layanan(), boot.tasks());
        }
        boot.awal().whenComplete((a, e) -> Platform.runLater(() -> {
            if (boot.layanan().isCancelled()) {
                return; // the user left at the password question
            }
            if (e != null) {
                dialogs.galat(e);
                Platform.exit();
                return;
            }
            Layanan l = boot.layanan().join();
            Runnable mulai = () -> root.mulai(l, a, boot.preferensi(), boot.tasks(), dialogs, () -> {
                if (AppInfo.UKUR_HALAMAN.equals(System.getenv(AppInfo.ENV_UKUR_MULAI))) {
                    root.bukaSemuaHalaman(() -> {
                        System.out.println(AppInfo.PENANDA_HALAMAN);
                        System.out.flush();
                    });
                } else if (System.getenv(AppInfo.ENV_UKUR_MULAI) != null) {
                    System.out.println(AppInfo.PENANDA_JENDELA);
                    System.out.flush();
                    Platform.exit();
                }
            });
            if (!l.sesi().sudahMasuk()) {
                // users are on: who is working, before any page shows
                MasukAwal.tanya(stage, l, boot.tasks(), mulai);
            } else {
                mulai.run();
            }
        }));
    }

    /** The product icon: the one picture the window and the installers' .png, .ico and .icns come from. */
    public static final String IKON = "/id/kesos/ui/ikon/kesos.png";

    /** Puts the theme, the window content and the remembered size and position on {@code stage}. */
    public static KesosWindow pasang(Stage stage, Preferensi preferensi) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        KesosWindow root = new KesosWindow();
        Scene scene = new Scene(root, 1280, 720);
        scene.getStylesheets().add(KesosApp.class.getResource(Gaya.CSS).toExternalForm());
        stage.setScene(scene);
        stage.setTitle(AppInfo.NAME);
        // the product icon (the installers' icons are made from the same picture) in the task bar and title; read
        // and scaled in the background: on the FX thread it held the first frame back by about 50 ms
        stage.getIcons().add(new javafx.scene.image.Image(KesosApp.class.getResource(IKON).toExternalForm(), 256, 256, true, true, true));
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        Jendela.pulihkan(stage, preferensi);
        return root;
    }

    /** Window size and position: restored if still on a screen, recorded as the user moves the window. */
    static final class Jendela {
        private Jendela() {
        }

        static void pulihkan(Stage stage, Preferensi p) {
            double w = p.getDouble("jendela.lebar").orElse(1280.0);
            double h = p.getDouble("jendela.tinggi").orElse(720.0);
            Rectangle2D layar = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(w, layar.getWidth()));
            stage.setHeight(Math.min(h, layar.getHeight()));
            var x = p.getDouble("jendela.x");
            var y = p.getDouble("jendela.y");
            if (x.isPresent() && y.isPresent()
                    && !Screen.getScreensForRectangle(x.get(), y.get(), stage.getWidth(), stage.getHeight()).isEmpty()) {
                stage.setX(x.get());
                stage.setY(y.get());
            } else {
                stage.centerOnScreen();
            }
            stage.setMaximized(Boolean.parseBoolean(p.get("jendela.maksimal").orElse("false")));
            stage.xProperty().addListener((o, a, b) -> catat(stage, p));
            stage.yProperty().addListener((o, a, b) -> catat(stage, p));
            stage.widthProperty().addListener((o, a, b) -> catat(stage, p));
            stage.heightProperty().addListener((o, a, b) -> catat(stage, p));
            stage.maximizedProperty().addListener((o, a, b) -> p.set("jendela.maksimal", String.valueOf(b)));
        }

        private static void catat(Stage stage, Preferensi p) {
            if (stage.isMaximized() || stage.isIconified()) {
                return; // keep the normal bounds for when the window is restored
            }
            p.set("jendela.x", String.valueOf(stage.getX()));
            p.set("jendela.y", String.valueOf(stage.getY()));
            p.set("jendela.lebar", String.valueOf(stage.getWidth()));
            p.set("jendela.tinggi", String.valueOf(stage.getHeight()));
        }
    }
}
