package id.kesos.ui;

import id.kesos.UjiKantor;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kesos.core.Layanan;
import id.kesos.core.preferensi.Preferensi;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The window opens where and as large as it was left. */
class JendelaUiTest extends UiTestBase {
    @Override
    void siapkan(Layanan l) {
        l.kantor().simpan(UjiKantor.bandung());
        try {
            Files.writeString(dataDir.resolve(Preferensi.FILE), "jendela.x=40\njendela.y=30\njendela.lebar=1000\njendela.tinggi=650\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void sizeAndPositionAreRestoredAndRecorded() throws Exception {
        tunggu(() -> utamaSiap);
        assertEquals(1000, stage.getWidth(), 0.5);
        assertEquals(650, stage.getHeight(), 0.5);
        assertEquals(40, stage.getX(), 0.5);
        assertEquals(30, stage.getY(), 0.5);

        interact(() -> {
            stage.setX(120);
            stage.setWidth(1100);
        });
        preferensi.simpan(); // what KesosApp.stop() does when the window closes
        Preferensi lagi = Preferensi.muat(dataDir);
        assertEquals(120.0, lagi.getDouble("jendela.x").orElseThrow(), 0.5);
        assertEquals(1100.0, lagi.getDouble("jendela.lebar").orElseThrow(), 0.5);
        assertEquals(650.0, lagi.getDouble("jendela.tinggi").orElseThrow(), 0.5);
    }
}
