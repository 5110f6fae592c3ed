package id.kesos.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.UjiKantor;
import id.kesos.core.Layanan;
import id.kesos.core.audit.AuditLog;
import id.kesos.core.demo.DemoPmks;
import id.kesos.core.wilayah.Wilayah;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.TableView;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.io.TempDir;

/** Rekap & Ekspor as the Kasie uses it: choose the per-desa recap, read the preview, save the Excel file, and its JUMLAH row is the register's. */
class RekapUiTest extends UiTestBase {
    @TempDir
    Path keluar;
    final int tahun = LocalDate.now().getYear();

    @Override
    void siapkan(Layanan l) {
        UjiKantor.pasang(l);
        new DemoPmks(l.db().dsl(), AuditLog.forCurrentUser()).isi(300, 5, tahun, false, l.pmks().jenis(), n -> { });
    }

    /** Opens the recap list and clicks the entry, as a user does. */
    void pilihRekap(String nama) throws Exception {
        clickOn("#rekap-jenis");
        // the popup's cells are laid out on the FX thread: look for the entry once they are there
        klikPada(n -> n instanceof javafx.scene.control.ListCell<?> c && nama.equals(c.getText()));
    }

    long satu(String sql) {
        return ((Number) layanan.db().dsl().fetchValue(sql)).longValue();
    }

    @Test
    void theRekapPageFitsA1280x720Screen() throws Exception {
        tunggu(() -> utamaSiap);
        interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        // Ctrl+5 from Beranda, then Ctrl+S at once, before any click on the page: the recap is saved
        press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        tunggu(() -> lookup("#rekap-halaman").tryQuery().isPresent() && lookup("#rekap-halaman").query().isVisible()
                && !lookup("#rekap-memuat").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        simpanGambar("target/panduan-6-rekap.png"); // for the README's Panduan singkat
        Path cepat = keluar.resolve("ctrl-s.xlsx");
        simpanKe = cepat;
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        tunggu(() -> Files.exists(cepat) && teks("#rekap-pesan").startsWith("Tersimpan"));

        pilihRekap("Rekap PMKS per desa/kelurahan");
        tunggu(() -> !lookup("#rekap-memuat").query().isVisible() && lookup("#rekap-pratinjau").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().getSelectedItem().getText().equals("Rekap PMKS per desa"));
        WaitForAsyncUtils.waitForFxEvents();
        simpanGambar("target/ui-rekap-desa-1280.png");
        // margins as on the other pages: the buttons and the table's right edge are inside the window
        double lebar = stage.getScene().getWidth();
        for (String tombol : List.of("#rekap-simpan-excel", "#rekap-simpan-pdf", "#rekap-buka")) {
            javafx.geometry.Bounds b = lookup(tombol).query().localToScene(lookup(tombol).query().getLayoutBounds());
            assertTrue(b.getMaxX() <= lebar - 12, tombol + " ends at " + b.getMaxX() + " of " + lebar);
            // its whole label, also beside a long "Tersimpan: ..." message
            javafx.scene.control.Button k = lookup(tombol).queryAs(javafx.scene.control.Button.class);
            assertEquals(k.getText(), ((javafx.scene.text.Text) k.lookup(".text")).getText(), tombol + " cut short");
        }
        javafx.scene.Node tabelDesa = lookup("#rekap-pratinjau").query();
        assertTrue(tabelDesa.localToScene(tabelDesa.getLayoutBounds()).getMaxX() <= lebar - 12, "the preview keeps a right margin");
        // a type's header is read whole, on lines of its own, not cut to "1. Anak Balit..."
        assertTrue(lookup(n -> n instanceof javafx.scene.control.Label l && "1. Anak Balita\nTelantar".equals(l.getText())).tryQuery()
                .isPresent(), "the first type's header broken at a space");
        pilihRekap("BNBA PMKS (daftar nama dan alamat)");
        tunggu(() -> !lookup("#rekap-memuat").query().isVisible() && lookup("#rekap-pratinjau").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().getSelectedItem().getText().startsWith("PMKS-"));
        WaitForAsyncUtils.waitForFxEvents();
        simpanGambar("target/ui-rekap-bnba-1280.png");
        // NIK and No. KK whole: no cell of them ends in "..."
        assertTrue(lookup(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && c.getText() != null && c.getText().matches("\\d{16}")
                && c.lookup(".text") instanceof javafx.scene.text.Text t && !t.getText().equals(c.getText())).tryQuery().isEmpty(),
                "a NIK or No. KK cut short in the preview");
        assertTrue(lookup(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && c.getText() != null && c.getText().matches("\\d{16}"))
                .tryQuery().isPresent(), "the BNBA preview shows NIKs");
    }

    @Test
    void kirimKeDinasWritesThePackageTheDinasReads() throws Exception {
        tunggu(() -> utamaSiap);
        clickOn("#nav-rekap");
        tunggu(() -> lookup("#rekap-kirim-dinas").tryQuery().isPresent());
        // the button is at the foot of the options: scrolled into view as a user scrolls
        interact(() -> lookup(n -> n instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null
                && sp.getContent().lookup("#rekap-kirim-dinas") != null).queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        Path paket = keluar.resolve("paket.xlsx");
        simpanKe = paket;
        clickOn("#rekap-kirim-dinas");
        tunggu(() -> Files.exists(paket) && teks("#rekap-pesan").startsWith("Tersimpan"));
        List<String> lembar = id.kesos.core.impor.PembacaTabel.buka(paket).lembar();
        assertTrue(lembar.containsAll(List.of("Rekap PMKS per desa", "Rekap PMKS per jenis", "Rekap SPM", "Rekap PSKS per desa", "BNBA PMKS", "Paket",
                "data_bnba")), lembar.toString());
        // and a Dinas of Kabupaten Serang receives it
        try (Layanan d = Layanan.buka(new id.kesos.core.db.DataDir(keluar.resolve("dinas")))) {
            d.dinas().simpan(new id.kesos.core.dinas.Dinas("36.04", "Kepala", "197005051995031002", null, null, null, null, null, null, 0));
            id.kesos.core.dinas.DinasService.HasilTerima h = d.dinas().terima(List.of(paket), null).getFirst();
            assertTrue(h.diterima(), h.alasan());
            assertEquals("Bandung", h.kecamatan());
        }
    }

    @Test
    void previewSaveAndTheJumlahRowMatchesTheDatabase() throws Exception {
        tunggu(() -> utamaSiap);
        clickOn("#nav-rekap");
        pilihRekap("Rekap SPM bidang sosial");
        tunggu(() -> lookup(".rekap-tabel").tryQuery().isPresent()
                && lookup(".rekap-tabel").queryAs(TableView.class).getItems().size() == 6);
        pilihRekap("Rekap PMKS per desa/kelurahan");
        List<Wilayah> desa = layanan.kantor().profil().orElseThrow().desa();
        tunggu(() -> lookup(".rekap-tabel").tryQuery().isPresent()
                && lookup(".rekap-tabel").queryAs(TableView.class).getItems().size() == desa.size() + 1);
        @SuppressWarnings("unchecked")
        TableView<Object[]> tabel = lookup(".rekap-tabel").queryAs(TableView.class);
        for (int i = 0; i < desa.size(); i++) {
            assertEquals(desa.get(i).nama(), tabel.getItems().get(i)[1], "the preview lists every desa in code order");
        }
        assertEquals("JUMLAH", tabel.getItems().getLast()[1]);

        Path out = keluar.resolve("rekap-desa.xlsx");
        simpanKe = out;
        clickOn("#rekap-simpan-excel");
        tunggu(() -> Files.exists(out) && teks("#rekap-pesan").startsWith("Tersimpan"));

        long orang = satu("SELECT COUNT(*) FROM pmks e JOIN penduduk p ON p.id = e.penduduk_id WHERE e.hapus_token = 0 AND e.tahun = "
                + tahun + " AND e.status = 'terverifikasi'");
        long kelompok = satu("SELECT COALESCE(SUM(k.jumlah_jiwa), 0) FROM pmks e JOIN kelompok k ON k.id = e.kelompok_id"
                + " WHERE e.hapus_token = 0 AND e.tahun = " + tahun + " AND e.status = 'terverifikasi'");
        long lansiaL = satu("SELECT COUNT(*) FROM pmks e JOIN penduduk p ON p.id = e.penduduk_id WHERE e.hapus_token = 0 AND e.tahun = "
                + tahun + " AND e.status = 'terverifikasi' AND e.jenis_kode = 'PMKS-08' AND p.jenis_kelamin = 'L'");
        assertTrue(orang > 0);
        try (Workbook wb = WorkbookFactory.create(out.toFile())) {
            Sheet s = wb.getSheetAt(0);
            Row jumlah = null;
            Row kepala = null;
            for (Row r : s) {
                Cell c = r.getCell(1);
                if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals("JUMLAH")) {
                    jumlah = r;
                }
                for (Cell x : r) {
                    if (x.getCellType() == CellType.STRING && x.getStringCellValue().equals("8. Lanjut Usia Telantar")) {
                        kepala = r;
                    }
                }
            }
            assertTrue(jumlah != null && kepala != null);
            assertEquals(orang + kelompok, (long) jumlah.getCell(jumlah.getLastCellNum() - 1).getNumericCellValue(), "Total of the JUMLAH row");
            int kolomLansia = -1;
            for (Cell c : kepala) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals("8. Lanjut Usia Telantar")) {
                    kolomLansia = c.getColumnIndex();
                }
            }
            assertEquals(lansiaL, (long) jumlah.getCell(kolomLansia).getNumericCellValue(), "Lanjut Usia Telantar, L");
            assertEquals(String.valueOf(lansiaL), String.valueOf(tabel.getItems().getLast()[kolomLansia]), "the preview shows the same sum");
        }
    }

    @Test
    void aDistrictTemplateIsInstalledAndFilled() throws Exception {
        tunggu(() -> utamaSiap);
        clickOn("#nav-rekap");
        tunggu(() -> lookup(".rekap-tabel").tryQuery().isPresent());
        assertTrue(teks("#rekap-templat").startsWith("Format bawaan"));
        bukaDari = Path.of("sample-data/templat-kabupaten-rekap-pmks-desa.xlsx").toAbsolutePath();
        clickOn("#rekap-pasang-templat");
        tunggu(() -> teks("#rekap-templat").equals("Templat dinas: templat-kabupaten-rekap-pmks-desa.xlsx"));
        Path out = keluar.resolve("dinas.xlsx");
        simpanKe = out;
        clickOn("#rekap-simpan-excel");
        tunggu(() -> Files.exists(out) && teks("#rekap-pesan").startsWith("Tersimpan"));
        try (Workbook wb = WorkbookFactory.create(out.toFile())) {
            Sheet s = wb.getSheet("REKAP PPKS");
            assertTrue(s != null, "the district's own sheet");
            assertEquals("LAPORAN DATA PEMERLU PELAYANAN KESEJAHTERAAN SOSIAL (PPKS) KECAMATAN BANDUNG",
                    s.getRow(0).getCell(0).getStringCellValue());
        }
    }
}
