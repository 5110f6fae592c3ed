package id.kesos.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.UjiKantor;
import id.kesos.core.Layanan;
import id.kesos.core.db.Brankas;
import id.kesos.core.db.DataDir;
import java.util.concurrent.CompletableFuture;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * The data password in the window: Pengaturan's dialog refuses a short, unrepeated or unacknowledged password before
 * anything closes; the start-up question of an encrypted folder says a wrong password and opens with the right one.
 */
class SandiUiTest extends UiTestBase {
    @Override
    void siapkan(Layanan l) {
        UjiKantor.pasang(l);
    }

    @Test
    void thePasswordDialogRefusesWhatCannotBeUsedBeforeTheDataCloses() throws Exception {
        tunggu(() -> utamaSiap);
        press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.CONTROL);
        tunggu(() -> lookup("#sandi-pasang").tryQuery().isPresent());
        assertTrue(teks("#sandi-keadaan").startsWith("Data tidak memakai kata sandi"));
        interact(() -> lookup("#sandi-pasang").query().requestFocus());
        type(KeyCode.SPACE);
        tunggu(() -> lookup("#sandi-baru").tryQuery().isPresent());
        clickOn("#sandi-baru").write("pendek");
        clickOn("#sandi-ulang").write("pendek");
        clickOn("#sandi-ok");
        tungguTeks("#sandi-galat", s -> s.startsWith("Kata sandi minimal 8 karakter, sekarang 6."));
        clickOn("#sandi-baru").push(KeyCode.CONTROL, KeyCode.A).write("rahasia kantor 2026");
        clickOn("#sandi-ulang").push(KeyCode.CONTROL, KeyCode.A).write("rahasia kantor 2025");
        clickOn("#sandi-ok");
        tungguTeks("#sandi-galat", s -> s.equals("Kedua kata sandi baru tidak sama. Ketik ulang keduanya."));
        clickOn("#sandi-ulang").push(KeyCode.CONTROL, KeyCode.A).write("rahasia kantor 2026");
        clickOn("#sandi-ok");
        tungguTeks("#sandi-galat", s -> s.startsWith("Centang \"Saya paham\" dulu"));
        simpanGambarJendela("#sandi-baru", "target/ui-sandi-pasang.png");
        assertTrue(!id.kesos.core.db.Enkripsi.aktif(new DataDir(dataDir)), "nothing changed");
        assertEquals(0, layanan.db().dsl().fetchCount(id.kesos.core.db.jooq.Tables.AUDIT_LOG,
                id.kesos.core.db.jooq.Tables.AUDIT_LOG.BARIS_ID.eq("kata_sandi")));
        type(KeyCode.ESCAPE);
    }

    @Test
    void theFirstUserAddedInPengaturanIsAnAdminAndGetsTheRecoveryCodeOnce() throws Exception {
        tunggu(() -> utamaSiap);
        press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.CONTROL);
        tunggu(() -> lookup("#pengguna-tambah").tryQuery().isPresent());
        assertTrue(teks("#pengguna-keadaan").startsWith("Belum ada pengguna"));
        interact(() -> lookup("#pengguna-tambah").query().requestFocus());
        type(KeyCode.SPACE);
        tunggu(() -> lookup("#pengguna-nama").tryQuery().isPresent());
        clickOn("#pengguna-nama").write("siti");
        interact(() -> lookup("#pengguna-peran").queryAs(javafx.scene.control.ComboBox.class).setValue(id.kesos.core.audit.Peran.OPERATOR));
        clickOn("#pengguna-sandi").write("admin kantor 123");
        clickOn("#pengguna-ulang").write("admin kantor 123");
        clickOn("#pengguna-ok");
        tungguTeks("#pengguna-galat", s -> s.startsWith("Pengguna pertama harus Admin"));
        interact(() -> lookup("#pengguna-peran").queryAs(javafx.scene.control.ComboBox.class).setValue(id.kesos.core.audit.Peran.ADMIN));
        clickOn("#pengguna-ok");
        tunggu(() -> lookup(".dialog-pane .content").tryQuery().map(n -> n instanceof javafx.scene.control.Label lb
                && lb.getText().contains("Catat kode pemulihan ini")).orElse(false));
        String pesan = lookup(".dialog-pane .content").queryAs(javafx.scene.control.Label.class).getText();
        assertTrue(pesan.strip().matches("(?s).*\\n[A-Z2-9]{5}(-[A-Z2-9]{5}){3}$"), pesan);
        type(KeyCode.ENTER);
        tunggu(() -> lookup("#pengguna-tabel").queryAs(javafx.scene.control.TableView.class).getItems().size() == 1);
        assertTrue(layanan.pengguna().aktif());
        assertEquals("siti", layanan.sesi().nama(), "whoever turned users on works on as that Admin");
    }

    @Test
    void theStartUpQuestionSaysAWrongPasswordAndOpensWithTheRightOne() throws Exception {
        tunggu(() -> utamaSiap);
        DataDir lain = new DataDir(dataDir.resolve("terenkripsi"));
        try (Layanan l = Layanan.buka(lain)) {
            UjiKantor.pasang(l);
        }
        id.kesos.core.cadangan.KataSandi.pasang(lain, "rahasia kantor 2026".toCharArray(), dataDir.resolve("cadangan-lain"),
                java.time.Clock.systemDefaultZone());
        Brankas.simpan(lain, null);
        CompletableFuture<Layanan> dibuka = new CompletableFuture<>();
        interact(() -> SandiAwal.tanya(stage, lain, dibuka, tasks));
        tunggu(() -> lookup("#sandi-awal").tryQuery().isPresent());
        clickOn("#sandi-awal").write("rahasia kantor 2025").type(KeyCode.ENTER);
        tungguTeks("#sandi-awal-galat", s -> s.startsWith("Kata sandi salah."));
        assertTrue(!dibuka.isDone());
        simpanGambarJendela("#sandi-awal", "target/ui-sandi-awal.png");
        clickOn("#sandi-awal").write("rahasia kantor 2026").type(KeyCode.ENTER);
        tunggu(dibuka::isDone);
        try (Layanan l = dibuka.join()) {
            assertEquals("36.04.34", l.kantor().muat().orElseThrow().kodeKecamatan());
        } finally {
            Brankas.simpan(lain, null);
        }
        assertTrue(lookup("#sandi-awal").tryQuery().isEmpty(), "the question is gone");
    }
}
