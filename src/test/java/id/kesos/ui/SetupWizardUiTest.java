package id.kesos.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.core.Layanan;
import id.kesos.core.db.DataDir;
import id.kesos.core.kantor.ProfilKantor;
import id.kesos.core.wilayah.Wilayah;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.Test;

/** A new user's first start: find the kecamatan by typing, fill the profile, finish, see the desa. */
class SetupWizardUiTest extends UiTestBase {

    @Test
    void typeToFindBandungSerangFillProfileFinish() throws Exception {
        tunggu(() -> lookup("#provinsi-daftar").queryAs(ListView.class).getItems().size() == 38);
        ListView<Wilayah> provinsi = lookup("#provinsi-daftar").queryAs(ListView.class);
        ListView<Wilayah> kabupaten = lookup("#kabupaten-daftar").queryAs(ListView.class);
        ListView<Wilayah> kecamatan = lookup("#kecamatan-daftar").queryAs(ListView.class);

        // the longest name shows whole, on two lines: the list does not scroll sideways, even in the narrowest window
        javafx.stage.Window w = lookup("#provinsi-daftar").query().getScene().getWindow();
        double lebarAwal = w.getWidth();
        interact(() -> w.setWidth(800));
        clickOn("#provinsi-cari").write("yogya");
        tunggu(() -> provinsi.getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ListCell<?> diy = (javafx.scene.control.ListCell<?>) lookup(n -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getText() != null && c.getText().startsWith("Daerah Istimewa")).query();
        assertEquals(diy.getText(), ((javafx.scene.text.Text) diy.lookup(".text")).getText().replace("\n", " "), "not cut short");
        assertTrue(provinsi.lookupAll(".scroll-bar").stream().noneMatch(b -> b instanceof javafx.scene.control.ScrollBar sb
                && sb.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && sb.isVisible()), "no sideways scrolling");
        interact(() -> {
            lookup("#provinsi-cari").queryAs(TextField.class).clear();
            w.setWidth(lebarAwal);
        });
        clickOn("#provinsi-cari").write("bant");
        assertEquals(1, provinsi.getItems().size(), "typing filters the 38 provinsi");
        type(KeyCode.ENTER);
        tunggu(() -> kabupaten.getItems().size() == 8);
        // Enter moved the cursor on to the next column
        assertTrue(lookup("#kabupaten-cari").queryAs(TextField.class).isFocused());
        write("serang");
        assertEquals(2, kabupaten.getItems().size(), "Kabupaten Serang and Kota Serang");
        type(KeyCode.DOWN);
        assertEquals("36.04", kabupaten.getSelectionModel().getSelectedItem().kode());
        tunggu(() -> kecamatan.getItems().size() == 29);
        clickOn("#kecamatan-cari").write("Bandung");
        type(KeyCode.ENTER);
        tunggu(() -> lookup("#desa-daftar").queryAs(ListView.class).getItems().size() == 8);
        assertEquals("36.04.34", kecamatan.getSelectionModel().getSelectedItem().kode());
        WaitForAsyncUtils.waitForFxEvents();
        simpanGambar("target/panduan-1-wilayah.png"); // for the README's Panduan singkat

        clickOn("#setup-lanjut");
        assertTrue(teks("#setup-ringkasan-wilayah").startsWith("Kecamatan Bandung, Kabupaten Serang, Banten (36.04.34)"));

        clickOn("#kantor-nama-camat").write("Drs. Budi Santoso");
        clickOn("#kantor-nip-camat").write("19700101 199003 100");
        clickOn("#kantor-pangkat-camat");
        assertEquals("NIP Camat harus 18 angka, sekarang 17 angka. Salin NIP dari SK atau kartu pegawai.", teks("#galat-nip-camat"),
                "the message shows under the field once the user leaves it");
        clickOn("#kantor-nip-camat").write("1");
        clickOn("#kantor-nama-kasie").write("Siti Aminah, S.Sos");
        assertEquals("", teks("#galat-nip-camat"));
        clickOn("#kantor-nip-kasie").write("198002022005012002");
        clickOn("#kantor-alamat").write("Jl. Raya Bandung No. 1");
        clickOn("#kantor-kode-pos").write("42176");
        clickOn("#kantor-telepon").write("(0254) 123456");
        clickOn("#kantor-email").write("kec.bandung@contoh.go.id");
        simpanGambar("target/panduan-2-profil.png");
        type(KeyCode.ENTER); // Enter saves
        tunggu(() -> utamaSiap);

        assertEquals("Kecamatan Bandung", teks("#beranda-kantor"));
        assertEquals("8 desa/kelurahan: Bandung, Mander, Panamping, Pangawinan, Malabar, Blokang, Babakan, Pringwulung",
                teks("#beranda-desa"));
        assertEquals(dataDir.toAbsolutePath().toString(), teks("#beranda-data-dir"));
        assertEquals("0", teks("#beranda-pmks"));

        // stored in the H2 file: a fresh open of the same folder (as after a restart) sees it
        try (Layanan lagi = Layanan.buka(new DataDir(dataDir))) {
            ProfilKantor p = lagi.kantor().profil().orElseThrow();
            assertEquals("Drs. Budi Santoso", p.kantor().namaCamat());
            assertEquals("197001011990031001", p.kantor().nipCamat());
            assertEquals("42176", p.kantor().kodePos());
            assertEquals(8, p.desa().size());
        }
    }

    @Test
    void nextNeedsAKecamatan() throws Exception {
        tunggu(() -> lookup("#provinsi-daftar").queryAs(ListView.class).getItems().size() == 38);
        assertTrue(lookup("#setup-lanjut").query().isDisabled());
        assertFalse(lookup("#kabupaten-cari").query().isDisabled() && false);
        assertTrue(lookup("#kabupaten-daftar").query().getParent().isDisabled(), "kabupaten waits for a provinsi");
    }
}
