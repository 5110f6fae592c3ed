package id.kesos.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.core.Layanan;
import id.kesos.core.db.DataDir;
import id.kesos.core.kantor.Kantor;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** After setup: the main window opens on Beranda; Pengaturan edits the profile and the edit survives a restart. */
class PengaturanUiTest extends UiTestBase {
    @Override
    void siapkan(Layanan l) {
        l.kantor().simpan(new Kantor("36.04.34", "Drs. Budi Santoso", "197001011990031001", null, "Siti Aminah",
                "198002022005012002", null, null, null, null, null, null, 0));
    }

    @Test
    void editProfileInPengaturan() throws Exception {
        tunggu(() -> utamaSiap);
        assertEquals("Kecamatan Bandung", teks("#beranda-kantor"));
        press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.CONTROL);
        tunggu(() -> "Drs. Budi Santoso".equals(lookup("#kantor-nama-camat").queryAs(TextField.class).getText()));
        tunggu(() -> lookup("#kecamatan-daftar").queryAs(javafx.scene.control.ListView.class).getSelectionModel()
                .getSelectedItem() != null);

        TextField nip = lookup("#kantor-nip-kasie").queryAs(TextField.class);
        doubleClickOn(nip).eraseText(nip.getText().length()).write("1980020220050120");
        clickOn("#pengaturan-simpan");
        assertTrue(teks("#galat-nip-kasie").contains("harus 18 angka, sekarang 16 angka"));
        assertTrue(teks("#pengaturan-status").startsWith("Ada isian yang perlu diperbaiki"));

        clickOn(nip).write("02");
        TextField camat = lookup("#kantor-nama-camat").queryAs(TextField.class);
        clickOn(camat).eraseText(camat.getText().length()).write("Hj. Ratna Dewi, S.IP");
        javafx.scene.control.CheckBox samarkan = lookup("#pengaturan-samarkan").queryAs(javafx.scene.control.CheckBox.class);
        assertTrue(!samarkan.isSelected(), "a new office exports NIK whole");
        interact(() -> samarkan.setSelected(true));
        clickOn(camat);
        type(KeyCode.ENTER);
        tunggu(() -> teks("#pengaturan-status").startsWith("Tersimpan pukul"));

        try (Layanan lagi = Layanan.buka(new DataDir(dataDir))) {
            Kantor k = lagi.kantor().muat().orElseThrow();
            assertEquals("Hj. Ratna Dewi, S.IP", k.namaCamat());
            assertEquals("198002022005012002", k.nipKasie());
            assertEquals(2, k.version());
            assertTrue(lagi.kantor().samarkanEkspor(), "the export default is stored with the profile");
        }
        // the Rekap page starts from it
        press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        tunggu(() -> lookup("#rekap-samarkan").tryQuery().isPresent());
        interact(() -> lookup("#rekap-jenis").queryAs(javafx.scene.control.ComboBox.class).setValue(id.kesos.core.rekap.RekapService.Jenis.BNBA_PMKS));
        tunggu(() -> lookup("#rekap-samarkan").query().isVisible());
        assertTrue(lookup("#rekap-samarkan").queryAs(javafx.scene.control.CheckBox.class).isSelected());
        press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        tunggu(() -> "Kecamatan Bandung".equals(teks("#beranda-kantor")));
    }

    @Test
    void everyPageOpensWithoutError() throws Exception {
        tunggu(() -> utamaSiap);
        for (String page : new String[] {"pmks", "psks", "rapat", "rekap", "impor", "pengaturan", "riwayat", "beranda"}) {
            clickOn("#nav-" + page);
            assertTrue(lookup("#nav-" + page).queryAs(javafx.scene.control.ToggleButton.class).isSelected());
        }
        clickOn("#nav-impor");
        tunggu(() -> teks("#impor-berkas").equals("Belum ada berkas dipilih."));
        clickOn("#nav-rekap");
        tunggu(() -> lookup("#rekap-pratinjau").tryQuery().isPresent());
        clickOn("#nav-rapat");
        tunggu(() -> teks("#rapat-ringkasan").startsWith("0 rapat"));
        clickOn("#nav-psks");
        tunggu(() -> teks("#psks-ringkasan").startsWith("0 data"));
        clickOn("#nav-pmks");
        tunggu(() -> teks("#pmks-ringkasan").startsWith("0 data cocok"));
    }
}
