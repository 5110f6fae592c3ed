package id.kesos.ui;

import id.kesos.core.AppInfo;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor of {@code kesos benchmark mulai}: a bare JavaFX window of the app's size with one label,
 * started from the same class path and Java. It prints the benchmark's marker once the window has
 * been laid out and shown, then exits, as the app does once its main window shows its data.
 */
public final class JendelaPolos extends Application {

    /** Started by the benchmark as its own process (a plain main class, like {@code id.kesos.Main}). */
    public static final class Mulai {
        private Mulai() {
        }

        public static void main(String[] args) {
            Application.launch(JendelaPolos.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new Label(AppInfo.NAME)), 1280, 720);
        stage.setScene(scene);
        stage.setTitle(AppInfo.NAME);
        Runnable[] sekali = new Runnable[1];
        sekali[0] = () -> {
            scene.removePostLayoutPulseListener(sekali[0]);
            Platform.runLater(() -> {
                System.out.println(AppInfo.PENANDA_JENDELA);
                System.out.flush();
                Platform.exit();
            });
        };
        scene.addPostLayoutPulseListener(sekali[0]);
        stage.show();
    }
}
