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

    @Test
    void theAttendeesAndFollowUpsFitTheDialogWithoutScrollingSideways() throws Exception {
        tunggu(() -> utamaSiap);
        clickOn("#nav-rapat");
        @SuppressWarnings("unchecked")
        TableView<BarisRapat> tabel = lookup("#rapat-tabel").queryAs(TableView.class);
        tunggu(() -> tabel.getItems().size() > 2);
        interact(() -> {
            tabel.getSelectionModel().select(0);
            tabel.requestFocus();
        });
        type(KeyCode.ENTER);
        tunggu(() -> lookup("#rapat-judul").tryQuery().isPresent());
        for (String[] t : new String[][] {{"Peserta", "#rapat-ringkasan-peserta", "target/ui-rapat-peserta.png"},
            {"Tindak lanjut", "#rapat-tambah-tindak-lanjut", "target/ui-rapat-tindak-lanjut.png"}}) {
            clickOn(lookup(".tab-label").match((javafx.scene.control.Label x) -> x.getText().startsWith(t[0])).queryAs(javafx.scene.control.Label.class));
            tunggu(() -> lookup(t[1]).tryQuery().filter(javafx.scene.Node::isVisible).isPresent());
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.Node isi = lookup(t[1]).query();
            javafx.scene.Node n = isi;
            while (!(n instanceof javafx.scene.control.ScrollPane)) {
                n = n.getParent();
            }
            javafx.scene.control.ScrollPane gulung = (javafx.scene.control.ScrollPane) n;
            double lihat = gulung.getViewportBounds().getWidth();
            double lebar = gulung.getContent().getLayoutBounds().getWidth();
            simpanGambarJendela(t[1], t[2]);
            assertTrue(lebar <= lihat + 1, t[0] + ": content " + lebar + " px in a view of " + lihat + " px scrolls sideways");
            assertTrue(lookup(".scroll-bar").queryAll().stream().noneMatch(b -> b instanceof javafx.scene.control.ScrollBar sb
                    && sb.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && sb.isVisible() && isiDari(sb, gulung)),
                    t[0] + ": a sideways scrollbar");
            // every field of every row stands whole inside the view, the delete button at the right included
            for (javafx.scene.Node f : gulung.lookupAll(".text-field")) {
                javafx.geometry.Bounds b = gulung.getContent().sceneToLocal(f.localToScene(f.getLayoutBounds()));
                assertTrue(b.getMaxX() <= lihat + 1 && b.getWidth() >= 60, t[0] + ": a field cut or squeezed: " + b);
            }
            // the choices (Unsur, Kehadiran, Status) and the delete buttons show their whole text, not "Keca..."
            java.util.List<javafx.scene.Node> berteks = new java.util.ArrayList<>(gulung.lookupAll(".list-cell"));
            berteks.addAll(gulung.lookupAll(".button"));
            assertTrue(berteks.size() >= 3, "the rows' choices and buttons: " + berteks.size());
            for (javafx.scene.Node c : berteks) {
                String teks = c instanceof javafx.scene.control.Labeled x ? x.getText() : null;
                if (teks != null && !teks.isBlank() && c.isVisible()) {
                    javafx.scene.Node tampil = c.lookup(".text");
                    assertTrue(tampil instanceof javafx.scene.text.Text x && x.getText().equals(teks), t[0] + ": \"" + teks + "\" shows as \""
                            + (tampil instanceof javafx.scene.text.Text x ? x.getText() : "") + "\"");
                    javafx.geometry.Bounds b = gulung.getContent().sceneToLocal(c.localToScene(c.getLayoutBounds()));
                    assertTrue(b.getMaxX() <= lihat + 1, t[0] + ": \"" + teks + "\" beyond the view's right edge");
                }
            }
        }
    }

    private static boolean isiDari(javafx.scene.Node n, javafx.scene.Node induk) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (p == induk) {
                return true;
            }
        }
        return false;
    }
}
