package id.kesos.ui;

import static id.kesos.UjiLembar.baris;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.UjiKantor;
import id.kesos.core.Layanan;
import id.kesos.core.db.jooq.Tables;
import id.kesos.core.impor.KolomPmks;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Impor page as the operator uses it: choose the office's spreadsheet, tell the page that the
 * "URAIAN" column is the note, confirm a misspelt desa, read the preview, import, then open the
 * rejected rows' workbook; the corrected mapping is remembered for the next file with these headers.
 */
class ImporUiTest extends UiTestBase {
    @TempDir
    Path berkas;
    final int tahun = LocalDate.now().getYear();

    @Override
    void siapkan(Layanan l) {
        UjiKantor.pasang(l);
    }

    Path daftar() throws Exception {
        Path p = berkas.resolve("lansia-kecamatan.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
            Sheet s = wb.createSheet("Lansia");
            baris(s, 0, "DATA LANJUT USIA TELANTAR KECAMATAN BANDUNG");
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, 6));
            baris(s, 2, "NO", "NIK", "NAMA", "L/P", "DESA", "JENIS", "URAIAN");
            baris(s, 3, "1", "3604345708600003", "Siti Maemunah", "P", "Mander", "LUT", "tinggal sendiri");
            baris(s, 4, "2", "3604344203550002", "Enah", "P", "Panampng", "LUT", "");
            baris(s, 5, "3", "3604341708600001", "Ujang Hidayat", "L", "Bandung", "LUT", "");
            baris(s, 6, "4", 3604340101500003d, "Karta", "L", "Mander", "LUT", "");
            baris(s, 7, "", "JUMLAH", "", "", "", "", "");
            wb.write(out);
        }
        return p;
    }

    @Test
    void chooseCorrectAColumnConfirmADesaImportAndOpenTheRejects() throws Exception {
        tunggu(() -> utamaSiap);
        clickOn("#nav-impor");
        tungguTeks("#impor-berkas", t -> t.equals("Belum ada berkas dipilih."));
        assertTrue(lookup("#impor-jalankan").query().isDisabled(), "nothing to import before a file is chosen");

        bukaDari = daftar();
        clickOn("#impor-pilih");
        tungguTeks("#impor-ringkasan", t -> t.startsWith("Baris data: 5"));
        assertEquals("Baris data: 5 · akan ditambah: 2 · diperbarui: 0 · dilewati: 1 · ditolak: 2", teks("#impor-ringkasan"),
                "Siti and Ujang; Enah's desa is misspelt, Karta's NIK was damaged by Excel; the totals row skipped");
        @SuppressWarnings("unchecked")
        TableView<id.kesos.ui.impor.ImporViewModel.KolomBerkas> kolom = lookup("#impor-kolom").queryAs(TableView.class);
        assertEquals(7, kolom.getItems().size());
        assertEquals(null, kolom.getItems().get(6).dibacaProperty().get(), "URAIAN is not a known header");

        // the desa to confirm is in front; the column is corrected on the Kolom tab
        tunggu(() -> lookup("#impor-terima-0").tryQuery().isPresent());
        clickOn("#impor-tab-kolom .tab-label");
        doubleClickOn(lookup("#impor-kolom .table-row-cell").nth(6).lookup(".table-cell").nth(1).<javafx.scene.Node>query());
        tunggu(() -> lookup("#impor-kolom .combo-box").tryQuery().isPresent());
        clickOn("#impor-kolom .combo-box");
        tunggu(() -> lookup(".combo-box-popup .list-view").tryQuery().isPresent());
        // the list is longer than its popup: scrolled to the choice as the wheel would
        javafx.scene.control.ListView<?> pilihan = lookup(".combo-box-popup .list-view").queryAs(javafx.scene.control.ListView.class);
        interact(() -> pilihan.scrollTo(KolomPmks.KETERANGAN.ordinal()));
        clickOn(lookup(".combo-box-popup .list-cell").match(n -> "Keterangan".equals(((javafx.scene.control.ListCell<?>) n).getText()))
                .<javafx.scene.Node>query());
        tunggu(() -> kolom.getItems().size() == 7 && kolom.getItems().get(6).dibacaProperty().get() == KolomPmks.KETERANGAN);
        tungguTeks("#impor-ringkasan", t -> t.startsWith("Baris data: 5 · akan ditambah: 2"));

        clickOn("#impor-tab-desa .tab-label");
        tunggu(() -> lookup("#impor-terima-0").tryQuery().isPresent());
        assertEquals("Ya, Panamping", teks("#impor-terima-0"));
        simpanGambar("target/layar-impor-desa.png");
        clickOn("#impor-terima-0");
        tungguTeks("#impor-ringkasan", t -> t.equals("Baris data: 5 · akan ditambah: 3 · diperbarui: 0 · dilewati: 1 · ditolak: 1"));
        clickOn("#impor-tab-tolak .tab-label");
        simpanGambar("target/layar-impor-pratinjau.png");
        @SuppressWarnings("unchecked")
        TableView<id.kesos.core.impor.Tolakan> tolak = lookup("#impor-tolak").queryAs(TableView.class);
        assertEquals(7, tolak.getItems().getFirst().baris(), "the row number as Excel shows it");
        assertTrue(tolak.getItems().getFirst().alasan().contains("format kolom NIK sebagai Teks"), tolak.getItems().getFirst().alasan());
        assertEquals(0, layanan.pmks().jumlahAktif(), "nothing is stored before Impor");

        clickOn("#impor-jalankan");
        tunggu(() -> lookup(".dialog-pane").tryQuery().isPresent());
        String tanya = lookup(".dialog-pane").queryAs(DialogPane.class).getContentText();
        assertTrue(tanya.startsWith("3 baris akan ditambahkan dan 0 diperbarui"), tanya);
        clickOn(lookup(".dialog-pane .button").match(n -> "Impor".equals(((javafx.scene.control.Button) n).getText()))
                .<javafx.scene.Node>query());
        tungguTeks("#impor-pesan", t -> t.equals("Impor selesai: ditambah 3, diperbarui 0, dilewati 1, ditolak 1."));
        assertEquals(3, layanan.pmks().jumlahAktif());
        assertEquals("tinggal sendiri", layanan.pmks().entri(layanan.pmks().orang().denganNik("3604345708600003").orElseThrow().id(),
                "PMKS-08", tahun).orElseThrow().keterangan(), "URAIAN read as the note");
        assertEquals("36.04.34.2003", layanan.pmks().orang().denganNik("3604344203550002").orElseThrow().desaKode(), "Panampng is Panamping");
        assertTrue(lookup("#impor-jalankan").query().isDisabled(), "the same preview is not imported twice");
        @SuppressWarnings("unchecked")
        TableView<id.kesos.core.impor.RiwayatImpor> riwayat = lookup("#impor-riwayat").queryAs(TableView.class);
        tunggu(() -> riwayat.getItems().size() == 1);
        assertEquals("lansia-kecamatan.xlsx", riwayat.getItems().getFirst().namaBerkas());
        assertEquals(1, layanan.db().dsl().fetchCount(Tables.IMPOR_RIWAYAT));

        clickOn("#impor-buka-tolak");
        tunggu(() -> !dibuka.isEmpty());
        try (Workbook wb = WorkbookFactory.create(dibuka.getFirst().toFile())) {
            Sheet s = wb.getSheetAt(0);
            assertEquals("URAIAN", s.getRow(0).getCell(6).getStringCellValue());
            assertEquals("Baris asal", s.getRow(0).getCell(7).getStringCellValue());
            assertEquals("Alasan", s.getRow(0).getCell(8).getStringCellValue());
            assertTrue(s.getRow(1).getCell(8).getStringCellValue().startsWith("NIK: "), s.getRow(1).getCell(8).getStringCellValue());
            assertEquals("Karta", s.getRow(1).getCell(2).getStringCellValue());
        }

        // the next file with these headers is read with the corrected mapping
        Path lagi = berkas.resolve("lansia-bulan-depan.xlsx");
        Files.copy(bukaDari, lagi);
        bukaDari = lagi;
        clickOn("#impor-pilih");
        tungguTeks("#impor-berkas", t -> t.equals("lansia-bulan-depan.xlsx"));
        tungguTeks("#impor-ringkasan", t -> t.startsWith("Baris data: 5"));
        tunggu(() -> kolom.getItems().size() == 7 && kolom.getItems().get(6).dibacaProperty().get() == KolomPmks.KETERANGAN);
        assertTrue(teks("#impor-pesan").contains("sudah pernah diimpor"), teks("#impor-pesan"));
    }

    @Test
    void theReadmeWalkthroughOnTheOfficeSpreadsheet() throws Exception {
        tunggu(() -> utamaSiap);
        clickOn("#nav-impor");
        tungguTeks("#impor-berkas", t -> t.equals("Belum ada berkas dipilih."));
        bukaDari = Path.of("sample-data", id.kesos.core.demo.ContohImpor.KANTOR).toAbsolutePath();
        clickOn("#impor-pilih");
        tungguTeks("#impor-ringkasan", t -> t.equals("Baris data: 135 · akan ditambah: 105 · diperbarui: 0 · dilewati: 15 · ditolak: 15"));
        int tahunIni = LocalDate.now().getYear();
        for (int i = 0; i < tahunIni - 2025; i++) {
            clickOn("#impor-tahun .decrement-arrow-button");
        }
        tunggu(() -> Integer.valueOf(2025).equals(lookup("#impor-tahun").queryAs(javafx.scene.control.Spinner.class).getValue()));
        tunggu(() -> !lookup("#impor-pilih").query().isDisabled() && !teks("#impor-pesan").startsWith("Membaca"));
        tungguTeks("#impor-ringkasan", t -> t.equals("Baris data: 135 · akan ditambah: 105 · diperbarui: 0 · dilewati: 15 · ditolak: 15"));
        tunggu(() -> lookup("#impor-terima-2").tryQuery().isPresent());
        simpanGambar("target/layar-impor-contoh.png");
        for (int i = 0; i < 3; i++) {
            // the table's cells are made again with each preview: the button on screen now
            tunggu(() -> lookup("#impor-terima-0").match(ImporUiTest::diLayar).tryQuery().isPresent());
            clickOn(lookup("#impor-terima-0").match(ImporUiTest::diLayar).<javafx.scene.Node>query());
            int sisa = 2 - i;
            tunggu(() -> lookup("#impor-desa").queryAs(TableView.class).getItems().size() == sisa && !lookup("#impor-pilih").query().isDisabled()
                    && !teks("#impor-pesan").startsWith("Membaca"));
        }
        tungguTeks("#impor-ringkasan", t -> t.equals("Baris data: 135 · akan ditambah: 114 · diperbarui: 0 · dilewati: 15 · ditolak: 6"));
    }

    @Test
    void aPsmVerificationFormOnThePsksRegister() throws Exception {
        tunggu(() -> utamaSiap);
        clickOn("#nav-impor");
        tungguTeks("#impor-berkas", t -> t.equals("Belum ada berkas dipilih."));
        clickOn("#impor-register");
        klikPada(n -> n instanceof javafx.scene.control.ListCell<?> c && "PSKS (pilar sosial)".equals(c.getText()));
        tunggu(() -> tampak(lookup("#impor-jenis-psks").query()) && !tampak(lookup("#impor-tahun").query()));
        bukaDari = Path.of("sample-data", id.kesos.core.demo.ContohImpor.B11).toAbsolutePath();
        clickOn("#impor-pilih");
        tungguTeks("#impor-pesan", t -> t.contains("tidak punya kolom jenis PSKS"));
        assertTrue(lookup("#impor-jalankan").query().isDisabled());
        clickOn("#impor-jenis-psks");
        klikPada(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getText() != null && c.getText().contains("Pekerja Sosial Masyarakat"));
        tungguTeks("#impor-ringkasan", t -> t.equals("Baris data: 33 · akan ditambah: 21 · diperbarui: 0 · dilewati: 9 · ditolak: 3"));
        simpanGambar("target/layar-impor-psks.png");
        @SuppressWarnings("unchecked")
        TableView<id.kesos.ui.impor.ImporViewModel.KolomBerkas> kolom = lookup("#impor-kolom").queryAs(TableView.class);
        assertEquals(id.kesos.core.impor.KolomPsks.PENDIDIKAN, kolom.getItems().get(5).dibacaProperty().get(), "PENDIDIKAN TERAKHIR");
        clickOn("#impor-jalankan");
        tunggu(() -> lookup(".dialog-pane").tryQuery().isPresent());
        clickOn(lookup(".dialog-pane .button").match(n -> "Impor".equals(((javafx.scene.control.Button) n).getText()))
                .<javafx.scene.Node>query());
        tungguTeks("#impor-pesan", t -> t.equals("Impor selesai: ditambah 21, diperbarui 0, dilewati 9, ditolak 3."));
        assertEquals(21, layanan.psks().jumlah());
        @SuppressWarnings("unchecked")
        TableView<id.kesos.core.impor.RiwayatImpor> riwayat = lookup("#impor-riwayat").queryAs(TableView.class);
        tunggu(() -> riwayat.getItems().size() == 1 && riwayat.getItems().getFirst().register().equals("psks"));
    }

    /** A node the user can click: in the window, shown with all its parents, enabled. */
    private static boolean diLayar(javafx.scene.Node n) {
        return n.getScene() != null && !n.isDisabled() && tampak(n);
    }

    /** Shown, with all its parents. */
    private static boolean tampak(javafx.scene.Node n) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
