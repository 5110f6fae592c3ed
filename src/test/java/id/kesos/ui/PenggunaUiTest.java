package id.kesos.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.UjiKantor;
import id.kesos.core.Layanan;
import id.kesos.core.audit.Peran;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Users on in the window: the sign-in question, the signed-in user shown, and a role's refusal said where the user acted. */
class PenggunaUiTest extends UiTestBase {
    @Override
    void siapkan(Layanan l) {
        UjiKantor.pasang(l);
        l.pengguna().tambah("siti", Peran.ADMIN, "admin kantor 123".toCharArray());
        l.pengguna().tambah("Operator1", Peran.OPERATOR, "operator 12345".toCharArray());
        l.pengguna().masuk("Operator1", "operator 12345".toCharArray());
    }

    @Test
    void anOperatorSeesWhoIsSignedInAndIsRefusedTheSettings() throws Exception {
        tunggu(() -> utamaSiap);
        assertEquals("Masuk sebagai Operator1 (Operator)", teks("#nav-pengguna"));
        press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.CONTROL);
        tunggu(() -> lookup("#pengaturan-simpan").tryQuery().isPresent());
        tunggu(() -> !lookup("#kantor-nama-camat").queryAs(javafx.scene.control.TextField.class).getText().isEmpty());
        clickOn("#pengaturan-simpan");
        tunggu(() -> lookup(".dialog-pane").tryQuery().isPresent());
        String pesan = lookup(".dialog-pane .content").queryAs(javafx.scene.control.Label.class).getText();
        assertTrue(pesan.contains("Operator1 (Operator) tidak boleh mengubah pengaturan kantor atau kata sandi data."), pesan);
        type(KeyCode.ENTER);
    }

    @Test
    void theSignInQuestionSaysAWrongPasswordAndLetsTheRightUserIn() throws Exception {
        tunggu(() -> utamaSiap);
        boolean[] masuk = {false};
        interact(() -> MasukAwal.tanya(stage, layanan, tasks, () -> masuk[0] = true));
        tunggu(() -> lookup("#masuk-nama").tryQuery().isPresent());
        clickOn("#masuk-nama").write("siti");
        clickOn("#masuk-sandi").write("bukan ini").type(KeyCode.ENTER);
        tungguTeks("#masuk-galat", s -> s.startsWith("Nama atau kata sandi salah."));
        simpanGambarJendela("#masuk-nama", "target/ui-masuk.png");
        clickOn("#masuk-sandi").write("admin kantor 123").type(KeyCode.ENTER);
        tunggu(() -> masuk[0]);
        assertEquals("siti", layanan.sesi().nama());
        assertEquals(Peran.ADMIN, layanan.sesi().peran().orElseThrow());
    }
}
