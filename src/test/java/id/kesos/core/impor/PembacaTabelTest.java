package id.kesos.core.impor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.core.KesosException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three readers give the same rows: text as shown, a NIK in a number cell keeps its number (to be
 * refused as damaged), a date cell its date, rows left out of a sparse sheet come as empty rows, and a
 * file that is not a list is refused with its name in Indonesian.
 */
class PembacaTabelTest {
    @TempDir
    Path dir;

    /** A small office list: a merged title, a gap row, the header, two people (one NIK typed as a number). */
    private void isi(Workbook wb) {
        Sheet s = wb.createSheet("Data PMKS");
        wb.createSheet("Petunjuk").createRow(0).createCell(0).setCellValue("Isi mulai baris 5");
        s.createRow(0).createCell(0).setCellValue("DAFTAR PMKS KECAMATAN BANDUNG");
        s.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
        Row h = s.createRow(3);
        String[] kepala = {"No", "NIK", "Nama", "Tgl Lahir", "Desa"};
        for (int i = 0; i < kepala.length; i++) {
            h.createCell(i).setCellValue(kepala[i]);
        }
        CellStyle tgl = wb.createCellStyle();
        tgl.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        Row a = s.createRow(4);
        a.createCell(0).setCellValue(1);
        a.createCell(1).setCellValue("3604345708600003");
        a.createCell(2).setCellValue("Siti Maemunah");
        a.createCell(3).setCellValue(LocalDate.of(1960, 8, 17));
        a.getCell(3).setCellStyle(tgl);
        a.createCell(4).setCellValue("Mander");
        Row b = s.createRow(5);
        b.createCell(0).setCellValue(2);
        b.createCell(1).setCellValue(3604341708600001d); // typed as a number: Excel keeps 15 digits
        b.createCell(2).setCellValue("Ujang Hidayat");
        b.createCell(4).setCellValue("Bandung");
    }

    private Path tulis(Workbook wb, String nama) throws IOException {
        isi(wb);
        Path p = dir.resolve(nama);
        try (OutputStream out = Files.newOutputStream(p); wb) {
            wb.write(out);
        }
        return p;
    }

    private static List<BarisMentah> semua(PembacaTabel r, String lembar) {
        List<BarisMentah> l = new ArrayList<>();
        r.baca(lembar, l::add);
        return l;
    }

    private static void periksaIsi(List<BarisMentah> l) {
        assertEquals(6, l.size(), "rows 1 to 6, the two left out (2, 3) as empty rows");
        assertEquals(List.of(1, 2, 3, 4, 5, 6), l.stream().map(BarisMentah::nomor).toList());
        assertEquals("DAFTAR PMKS KECAMATAN BANDUNG", l.get(0).sel(0).teks());
        assertTrue(l.get(1).kosong() && l.get(2).kosong());
        assertEquals("NIK", l.get(3).sel(1).teks());
        BarisMentah siti = l.get(4);
        assertEquals("3604345708600003", siti.sel(1).teks());
        assertNull(siti.sel(1).angka(), "a NIK typed as text is text");
        assertEquals(LocalDate.of(1960, 8, 17), siti.sel(3).tanggal());
        assertEquals("Mander", siti.sel(4).teks());
        BarisMentah ujang = l.get(5);
        assertEquals(3604341708600001d, ujang.sel(1).angka(), "the number of a number cell is kept");
        assertTrue(ujang.sel(3).kosong(), "a cell left out is empty");
        assertEquals("Bandung", ujang.sel(4).teks());
    }

    @Test
    void xlsxIsReadAsAStreamWithNumbersAndDates() throws IOException {
        PembacaTabel r = PembacaTabel.buka(tulis(new XSSFWorkbook(), "daftar.xlsx"));
        assertEquals(List.of("Data PMKS", "Petunjuk"), r.lembar());
        periksaIsi(semua(r, "Data PMKS"));
        assertEquals("Isi mulai baris 5", semua(r, "Petunjuk").getFirst().sel(0).teks());
    }

    /** A cell typed with two fonts (rich text runs) reads as its whole text; a phonetic guide is not part of it. */
    @Test
    void richTextCellsReadAsTheirWholeText() throws IOException {
        Path p = dir.resolve("kaya.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
            Sheet s = wb.createSheet("Data");
            org.apache.poi.xssf.usermodel.XSSFRichTextString t = new org.apache.poi.xssf.usermodel.XSSFRichTextString("Desa Mander");
            org.apache.poi.xssf.usermodel.XSSFFont tebal = wb.createFont();
            tebal.setBold(true);
            t.applyFont(0, 5, tebal);
            s.createRow(0).createCell(0).setCellValue(t);
            s.getRow(0).createCell(1).setCellValue("  spasi & <tanda> \"kutip\"  ");
            // a phonetic guide (rPh) inside the shared string, as some Excel versions write one
            org.apache.poi.xssf.usermodel.XSSFRichTextString fonetik = new org.apache.poi.xssf.usermodel.XSSFRichTextString("Bandung");
            fonetik.getCTRst().addNewRPh().setT("ban");
            s.getRow(0).createCell(2).setCellValue(fonetik);
            wb.write(out);
        }
        List<BarisMentah> l = semua(PembacaTabel.buka(p), "Data");
        assertEquals("Desa Mander", l.getFirst().sel(0).teks());
        assertEquals("spasi & <tanda> \"kutip\"", l.getFirst().sel(1).teks().strip());
        assertEquals("Bandung", l.getFirst().sel(2).teks());
    }

    /** A streaming writer's file (POI's SXSSF, as this app's own exports): every text cell an inline string. */
    @Test
    void inlineStringsOfAStreamedFileGiveTheSameRows() throws IOException {
        Path p = tulis(new org.apache.poi.xssf.streaming.SXSSFWorkbook(), "ekspor.xlsx");
        try (var zip = java.nio.file.FileSystems.newFileSystem(p)) {
            assertTrue(Files.readString(zip.getPath("xl/worksheets/sheet1.xml")).contains("t=\"inlineStr\""), "the file has inline strings");
        }
        periksaIsi(semua(PembacaTabel.buka(p), "Data PMKS"));
    }

    /**
     * Inline strings as other writers put them: rich text runs joined, a phonetic guide left out, the text in a
     * {@code <v>} instead of {@code <is>}, markup characters; the number cell beside them stays a number.
     */
    @Test
    void inlineRichTextAndOddInlineCellsReadAsTheirText() throws IOException {
        Path p = dir.resolve("sebaris.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
            wb.createSheet("Data").createRow(0).createCell(0).setCellValue("diganti");
            wb.write(out);
        }
        String baris = "<row r=\"1\">"
                + "<c r=\"A1\" t=\"inlineStr\"><is><r><rPr><b/></rPr><t xml:space=\"preserve\">Desa </t></r><r><t>Mander</t></r>"
                + "<rPh sb=\"0\" eb=\"4\"><t>de</t></rPh></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><v>Bandung</v></c>"
                + "<c r=\"C1\"><v>5</v></c>"
                + "<c r=\"E1\" t=\"inlineStr\"><is><t>&lt;tanda&gt; &amp; \"kutip\"</t></is></c>"
                + "</row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t/></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>Cibeber</t></is></c><c r=\"C2\" t=\"inlineStr\"/>"
                + "<c r=\"D2\" t=\"inlineStr\"><is><t>akhir</t></is></c></row>";
        try (var zip = java.nio.file.FileSystems.newFileSystem(p)) {
            Path lembar = zip.getPath("xl/worksheets/sheet1.xml");
            String xml = Files.readString(lembar);
            Files.writeString(lembar, xml.replaceAll("<sheetData>.*</sheetData>|<sheetData/>", "<sheetData>" + baris + "</sheetData>"));
        }
        List<BarisMentah> l = semua(PembacaTabel.buka(p), "Data");
        assertEquals(2, l.size());
        BarisMentah a = l.getFirst();
        assertEquals("Desa Mander", a.sel(0).teks());
        assertEquals("Bandung", a.sel(1).teks());
        assertEquals(5d, a.sel(2).angka());
        assertTrue(a.sel(3).kosong());
        assertEquals("<tanda> & \"kutip\"", a.sel(4).teks());
        assertNull(a.sel(4).angka());
        assertTrue(l.get(1).sel(0).kosong());
        assertEquals("Cibeber", l.get(1).sel(1).teks());
        assertTrue(l.get(1).sel(2).kosong(), "an inline cell without text is empty");
        assertEquals("akhir", l.get(1).sel(3).teks());
    }

    @Test
    void xlsGivesTheSameRows() throws IOException {
        PembacaTabel r = PembacaTabel.buka(tulis(new HSSFWorkbook(), "daftar-lama.xls"));
        assertEquals(List.of("Data PMKS", "Petunjuk"), r.lembar());
        periksaIsi(semua(r, "Data PMKS"));
    }

    @Test
    void anXlsxNamedCsvIsStillReadAsXlsx() throws IOException {
        PembacaTabel r = PembacaTabel.buka(tulis(new XSSFWorkbook(), "salah-nama.csv"));
        assertEquals(List.of("Data PMKS", "Petunjuk"), r.lembar());
    }

    @Test
    void csvInWindows1252WithSemicolonsAndQuotes() throws IOException {
        Path p = dir.resolve("dinas.csv");
        String isi = "DAFTAR DTKS;;\r\nNIK;Nama;Alamat\r\n'3604345708600003;Siti Ma\u00e9munah;\"Kp. Pasir; RT 03\"\r\n\r\n";
        Files.write(p, isi.getBytes(Charset.forName("windows-1252")));
        PembacaCsv r = (PembacaCsv) PembacaTabel.buka(p);
        assertEquals(';', r.pemisah());
        assertEquals("windows-1252", r.charset().name());
        List<BarisMentah> l = semua(r, r.lembar().getFirst());
        assertEquals(4, l.size());
        assertEquals("Siti Ma\u00e9munah", l.get(2).sel(1).teks());
        assertEquals("Kp. Pasir; RT 03", l.get(2).sel(2).teks(), "a quoted separator stays in its field");
        assertEquals("'3604345708600003", l.get(2).sel(0).teks());
        assertTrue(l.get(3).kosong());
    }

    @Test
    void csvInUtf8WithBomAndTabs() throws IOException {
        Path p = dir.resolve("tab.txt");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] isi = "NIK\tNama\n3604345708600003\tSiti \u00c0minah\n".getBytes(StandardCharsets.UTF_8);
        byte[] semua = new byte[bom.length + isi.length];
        System.arraycopy(bom, 0, semua, 0, bom.length);
        System.arraycopy(isi, 0, semua, bom.length, isi.length);
        Files.write(p, semua);
        PembacaCsv r = (PembacaCsv) PembacaTabel.buka(p);
        assertEquals('\t', r.pemisah());
        List<BarisMentah> l = semua(r, r.lembar().getFirst());
        assertEquals("NIK", l.getFirst().sel(0).teks(), "the BOM is not part of the first header");
        assertEquals("Siti \u00c0minah", l.get(1).sel(1).teks());
    }

    @Test
    void filesThatAreNoListAreRefusedByName() throws IOException {
        Path kosong = Files.createFile(dir.resolve("kosong.xlsx"));
        KesosException a = assertThrows(KesosException.class, () -> PembacaTabel.buka(kosong));
        assertTrue(a.getMessage().contains("kosong.xlsx") && a.getMessage().contains("kosong"), a.getMessage());

        Path zipRusak = dir.resolve("terpotong.xlsx");
        byte[] utuh = Files.readAllBytes(tulis(new XSSFWorkbook(), "utuh.xlsx"));
        Files.write(zipRusak, java.util.Arrays.copyOf(utuh, utuh.length / 3));
        KesosException b = assertThrows(KesosException.class, () -> semua(PembacaTabel.buka(zipRusak), "Data PMKS"));
        assertTrue(b.getMessage().startsWith("Berkas \"terpotong.xlsx\" bukan lembar kerja Excel yang utuh"), b.getMessage());

        Path gambar = dir.resolve("foto.xlsx");
        Files.write(gambar, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0, 1, 2, 3});
        KesosException c = assertThrows(KesosException.class, () -> PembacaTabel.buka(gambar));
        assertTrue(c.getMessage().contains("bukan daftar yang dapat dibaca"), c.getMessage());

        KesosException d = assertThrows(KesosException.class, () -> PembacaTabel.buka(dir.resolve("tidak-ada.xlsx")));
        assertTrue(d.getMessage().contains("tidak ditemukan"), d.getMessage());

        KesosException e = assertThrows(KesosException.class, () -> PembacaTabel.buka(tulis(new XSSFWorkbook(), "x.xlsx")).baca("Rekap", x -> { }));
        assertEquals("Lembar \"Rekap\" tidak ada di berkas ini. Lembar yang ada: Data PMKS, Petunjuk.", e.getMessage());
    }
}
