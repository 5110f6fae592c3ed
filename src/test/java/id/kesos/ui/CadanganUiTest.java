package id.kesos.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.UjiKantor;
import id.kesos.cli.UjiTahan;
import id.kesos.core.Layanan;
import id.kesos.core.cadangan.CadanganService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pengaturan > Cadangan data in the real window: the folder is changed, "Cadangkan sekarang" writes a
 * verified backup there and says so, and "Pulihkan dari cadangan..." first shows what the backup
 * holds in a question whose "Batal" changes nothing. (The restore itself ends the app: CadanganViewModelTest.)
 */
class CadanganUiTest extends UiTestBase {
    @Override
    void siapkan(Layanan l) {
        UjiKantor.pasang(l);
        l.pmks().tambah(UjiTahan.orang(1), UjiTahan.entri(), true);
    }

    @Test
    void backUpNowAndLookAtABackupBeforeRestoring() throws Exception {
        tunggu(() -> utamaSiap);
        press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.CONTROL);
        tunggu(() -> lookup("#cadangan-sekarang").tryQuery().isPresent());
        assertEquals(dataDir.resolve("cadangan").toString(), lookup("#cadangan-folder").queryAs(TextField.class).getText());

        folderDipilih = Files.createDirectories(dataDir.resolve("flashdisk"));
        // reached from the keyboard: the page scrolls to the focused button
        interact(() -> lookup("#cadangan-ubah-folder").query().requestFocus());
        clickOn("#cadangan-ubah-folder");
        assertEquals(folderDipilih.toString(), lookup("#cadangan-folder").queryAs(TextField.class).getText());

        interact(() -> lookup("#cadangan-sekarang").query().requestFocus());
        clickOn("#cadangan-sekarang");
        tungguTeks("#cadangan-status", t -> t.startsWith("Cadangan tersimpan dan sudah diperiksa"));
        List<Path> dibuat;
        try (Stream<Path> s = Files.list(folderDipilih)) {
            dibuat = s.toList();
        }
        assertEquals(1, dibuat.size());
        assertTrue(teks("#cadangan-status").contains(dibuat.getFirst().toString()));
        assertTrue(teks("#cadangan-status").contains("1 data PMKS"), teks("#cadangan-status"));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node status = lookup("#cadangan-status").query();
        javafx.scene.control.ScrollPane gulir = lookup(".scroll-pane").queryAs(javafx.scene.control.ScrollPane.class);
        javafx.geometry.Bounds lihat = gulir.localToScene(gulir.getLayoutBounds());
        javafx.geometry.Bounds b = status.localToScene(status.getLayoutBounds());
        assertTrue(b.getMaxY() <= lihat.getMaxY() + 1, "the report is in view: " + b + " in " + lihat);
        assertTrue(teks("#pengaturan-log").contains(dataDir.resolve("log").resolve("kesos.log").toString()), teks("#pengaturan-log"));
        simpanGambar("target/layar-pengaturan-cadangan.png");

        bukaDari = dibuat.getFirst();
        interact(() -> lookup("#cadangan-pulihkan").query().requestFocus());
        clickOn("#cadangan-pulihkan");
        tunggu(() -> lookup(".dialog-pane").tryQuery().isPresent());
        String tanya = lookup(".dialog-pane").queryAs(DialogPane.class).getContentText();
        assertTrue(tanya.startsWith("Cadangan " + bukaDari), tanya);
        assertTrue(tanya.contains("Kecamatan 36.04.34 Bandung") && tanya.contains("1 data PMKS"), tanya);
        clickOn("Batal");
        tunggu(() -> lookup(".dialog-pane").tryQuery().isEmpty());
        assertEquals(1L, CadanganService.baca(bukaDari).jumlah().get("pmks"));
        assertEquals(1, layanan.db().dsl().fetchCount(layanan.db().dsl().selectOne().from("pmks")), "Batal changed nothing");
    }
}
