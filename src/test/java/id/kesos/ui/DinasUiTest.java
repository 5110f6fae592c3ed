package id.kesos.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.core.Layanan;
import id.kesos.core.dinas.DinasService;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** A Dinas Sosial's window: receive the folder of sample packages, read the status board, save the kabupaten recap. */
class DinasUiTest extends UiTestBase {
    @TempDir
    Path keluar;

    @Override
    void siapkan(Layanan l) {
        l.dinas().simpan(new id.kesos.core.dinas.Dinas("36.04", "Drs. Ahmad Fauzi", "197005051995031002", null, null, null, null, null, null, 0));
    }

    @Test
    void receivingAFolderOfPackagesFillsTheStatusBoard() throws Exception {
        tunggu(() -> utamaSiap);
        tungguTeks("#dinas-mode", t -> t.equals("Dinas Sosial Kabupaten Serang"));
        clickOn("#dinas-nav-paket");
        folderDipilih = Path.of("sample-data", "paket").toAbsolutePath();
        clickOn("#dinas-terima-folder");
        tungguTeks("#dinas-pesan", t -> t.equals("Selesai: 3 paket diterima, 0 ditolak."));
        tungguTeks("#dinas-status-ringkasan", t -> t.equals("Paket tahun 2026: 3 dari 29 kecamatan sudah mengirim."));
        @SuppressWarnings("unchecked")
        TableView<DinasService.StatusKecamatan> t = lookup("#dinas-status").queryAs(TableView.class);
        assertEquals(29, t.getItems().size(), "every kecamatan of Kabupaten Serang");
        assertEquals(3, t.getItems().stream().filter(DinasService.StatusKecamatan::terkirim).count());
        WaitForAsyncUtils.waitForFxEvents();
        simpanGambar("target/ui-dinas-paket.png");
        // the same folder again: each package is refused as already received, nothing doubled
        clickOn("#dinas-terima-folder");
        tungguTeks("#dinas-pesan", x -> x.equals("Selesai: 0 paket diterima, 3 ditolak."));
        assertEquals(3, layanan.db().dsl().fetchCount(id.kesos.core.db.jooq.Tables.PAKET));

        clickOn("#dinas-nav-rekap");
        Path rekap = keluar.resolve("rekap-kabupaten.xlsx");
        simpanKe = rekap;
        clickOn("#dinas-simpan-excel");
        tungguTeks("#dinas-rekap-pesan", x -> x.startsWith("Tersimpan"));
        assertTrue(Files.size(rekap) > 0);
        clickOn("#dinas-nav-ganda");
        tungguTeks("#dinas-ganda-pesan", x -> x.contains("2026"));
        simpanGambar("target/ui-dinas-ganda.png");
    }
}
