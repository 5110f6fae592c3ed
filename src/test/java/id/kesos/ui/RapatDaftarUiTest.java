package id.kesos.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.UjiKantor;
import id.kesos.core.Layanan;
import id.kesos.core.demo.DemoRapat;
import id.kesos.core.rapat.BarisRapat;
import id.kesos.core.rapat.StatusRapat;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The meetings of a year as the office sees them: titles that tell the meetings apart, a final one read in normal colours. */
class RapatDaftarUiTest extends UiTestBase {
    @Override
    void siapkan(Layanan l) {
        UjiKantor.pasang(l);
        new DemoRapat(l.rapat(), l.psks()).isi(l.kantor().profil().orElseThrow(), 3);
    }

    @Test
    void titlesAreReadWholeAndAFinalMeetingReadsInNormalColours() throws Exception {
        tunggu(() -> utamaSiap);
        interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        clickOn("#nav-rapat");
        @SuppressWarnings("unchecked")
        TableView<BarisRapat> tabel = lookup("#rapat-tabel").queryAs(TableView.class);
        tunggu(() -> tabel.getItems().size() > 2);
        WaitForAsyncUtils.waitForFxEvents();
        simpanGambar("target/ui-rapat-daftar-1280.png");
        // no title, type or follow-up in the lists is cut: the text drawn is the whole text
        for (var n : lookup(x -> x instanceof TableCell<?, ?> c && c.getText() != null && c.getText().length() > 12).queryAll()) {
            TableCell<?, ?> c = (TableCell<?, ?>) n;
            assertTrue(c.lookup(".text") instanceof javafx.scene.text.Text t && t.getText().replace("\n", " ").replaceAll("\\s+", " ")
                    .equals(c.getText().replaceAll("\\s+", " ")), "cut short: " + c.getText());
        }

        // a final meeting: locked, in normal colours (the faded grey of a disabled field is for controls that do nothing)
        int baris = -1;
        for (int i = 0; i < tabel.getItems().size(); i++) {
            if (tabel.getItems().get(i).status() == StatusRapat.FINAL) {
                baris = i;
                break;
            }
        }
        assertTrue(baris >= 0, "the sample meetings hold a final one");
        int pilih = baris;
        interact(() -> {
            tabel.getSelectionModel().select(pilih);
            tabel.requestFocus();
        });
        type(KeyCode.ENTER);
        tunggu(() -> lookup("#rapat-judul").tryQuery().isPresent() && lookup("#rapat-terkunci").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        TextField judul = lookup("#rapat-judul").queryAs(TextField.class);
        assertTrue(judul.isDisabled(), "a final meeting cannot be changed");
        assertEquals(1.0, judul.getOpacity(), 0.01, "but reads in normal colours");
        simpanGambarJendela("#rapat-judul", "target/ui-rapat-final.png");
    }
}
