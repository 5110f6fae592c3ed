package id.kesos.core.rekap;

import id.kesos.core.Kemajuan;
import static id.kesos.core.rekap.RekapPmksExcelTest.angka;
import static id.kesos.core.rekap.RekapPmksExcelTest.cari;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.UjiRegister;
import id.kesos.core.KesosException;
import id.kesos.core.cetak.Kertas;
import id.kesos.core.demo.DemoPsks;
import id.kesos.core.demo.DemoRapat;
import id.kesos.core.pmks.JenisPmks;
import id.kesos.core.rekap.RekapService.Format;
import id.kesos.core.rekap.RekapService.Jenis;
import id.kesos.core.rekap.RekapService.Opsi;
import id.kesos.core.rekap.RekapService.Templat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

/** BNBA, SPM, meetings, PDF output and district templates, each number against plain SQL over generated data. */
class RekapLainTest extends UjiRegister {

    RekapLainTest() {
        super(600, 11, 2026);
    }

    long satu(String sql, Object... p) {
        return RekapPmksExcelTest.satu(l, sql, p);
    }

    static final String TERHITUNG = " FROM pmks e JOIN penduduk p ON p.id = e.penduduk_id WHERE e.hapus_token = 0 AND e.tahun = ?"
            + " AND e.status = 'terverifikasi'";

    @Test
    void bnbaListsEveryCountedPersonNikAsTextSensitiveNamesHidden() throws Exception {
        Path out = dir.resolve("bnba.xlsx");
        l.rekap().ekspor(Jenis.BNBA_PMKS, Opsi.tahun(tahun), Format.XLSX, null, out, null);
        Set<String> nikDb = new HashSet<>(l.db().dsl().fetchValues("SELECT p.nik" + TERHITUNG.replace("?", String.valueOf(tahun))
                + " AND p.nik IS NOT NULL").stream().map(String::valueOf).toList());
        try (Workbook wb = WorkbookFactory.create(out.toFile())) {
            int lembar = 0;
            for (JenisPmks j : l.pmks().jenis()) {
                long n = satu("SELECT COUNT(*)" + TERHITUNG + " AND e.jenis_kode = ?", tahun, j.kode());
                Sheet s = wb.getSheet(String.format("PMKS-%02d %s", j.nomor(), j.singkatan()));
                if (j.sensitif() || n == 0) {
                    assertNull(s, j.nama() + (j.sensitif() ? " is sensitive: no names leave the office" : " has no entries"));
                    continue;
                }
                assertNotNull(s, j.nama());
                lembar++;
                int awal = cari(s, "(1)", 0) + 1;
                for (int i = 0; i < n; i++) {
                    Row r = s.getRow(awal + i);
                    assertEquals(i + 1, angka(r, 0));
                    if (!r.getCell(1).getStringCellValue().isEmpty()) {
                        assertEquals(CellType.STRING, r.getCell(1).getCellType(), "NIK as a text cell");
                        assertTrue(nikDb.contains(r.getCell(1).getStringCellValue()), "the stored NIK, all 16 digits");
                    }
                }
                assertTrue(s.getRow(cari(s, "(1)", 0) - 2).getCell(10) == null || !"Jenis PMKS/PPKS".equals(s.getRow(cari(s, "(1)", 0) - 2)
                        .getCell(10).getStringCellValue()), "a sheet of one type does not repeat it on every row");
                assertTrue(judulMemuat(s, j.nama()), "the type in the sheet's title");
                assertEquals("JUMLAH: " + n + " jiwa", s.getRow(awal + (int) n).getCell(1).getStringCellValue());
            }
            assertEquals(lembar, wb.getNumberOfSheets());
            assertTrue(RekapPmksExcelTest.cari(wb.getSheetAt(0), "(12)", 11) > 0, "12 columns up to Bantuan (the type in the title)");
        }
        // asked for: the sensitive names are listed, one filtered sheet
        long odha = satu("SELECT COUNT(*)" + TERHITUNG + " AND e.jenis_kode = 'PMKS-16'", tahun);
        Path satuJenis = dir.resolve("odha.xlsx");
        l.rekap().ekspor(Jenis.BNBA_PMKS, Opsi.tahun(tahun).denganSembunyikanSensitif(false).denganJenis(false, "PMKS-16"), Format.XLSX,
                null, satuJenis, null);
        try (Workbook wb = WorkbookFactory.create(satuJenis.toFile())) {
            assertEquals(1, wb.getNumberOfSheets());
            Sheet s = wb.getSheetAt(0);
            assertEquals("JUMLAH: " + odha + " jiwa", s.getRow(cari(s, "(1)", 0) + 1 + (int) odha).getCell(1).getStringCellValue());
        }
        // aid of the year is shown by programme
        long dibantu = satu("SELECT COUNT(*)" + TERHITUNG + " AND e.jenis_kode = 'PMKS-08' AND EXISTS (SELECT 1 FROM bantuan b"
                + " WHERE b.penduduk_id = p.id AND YEAR(b.tanggal) = ?)", tahun, tahun);
        try (Workbook wb = WorkbookFactory.create(out.toFile())) {
            Sheet s = wb.getSheet("PMKS-08 LUT");
            long dengan = 0;
            for (Row r : s) {
                if (r.getRowNum() > cari(s, "(1)", 0) && r.getCell(11) != null && !r.getCell(11).getStringCellValue().isBlank()) {
                    dengan++;
                }
            }
            assertEquals(dibantu, dengan, "rows with aid in the year");
        }
    }

    static boolean judulMemuat(Sheet s, String teks) {
        for (int r = 0; r < 10; r++) {
            if (s.getRow(r) != null && s.getRow(r).getCell(0) != null && s.getRow(r).getCell(0).getCellType() == CellType.STRING
                    && s.getRow(r).getCell(0).getStringCellValue().toUpperCase(java.util.Locale.ROOT).contains(teks.toUpperCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void libreOfficeKeepsEveryNikDigitOfTheNameList() throws Exception {
        Path out = dir.resolve("bnba.xlsx");
        l.rekap().ekspor(Jenis.BNBA_PMKS, Opsi.tahun(tahun).denganJenis(false, "PMKS-24"), Format.XLSX, null, out, null);
        List<String> csv = RekapPmksExcelTest.lewatLibreOffice(out, dir);
        List<String> nik = l.db().dsl().fetchValues("SELECT p.nik" + TERHITUNG.replace("?", String.valueOf(tahun))
                + " AND e.jenis_kode = 'PMKS-24' AND p.nik IS NOT NULL").stream().map(String::valueOf).toList();
        assertFalse(nik.isEmpty());
        String semua = String.join("\n", csv);
        for (String n : nik) {
            assertTrue(semua.contains("," + n + ","), "NIK " + n + " read back with all 16 digits");
        }
        assertFalse(semua.contains("E+15"), "no NIK turned into a number");
    }

    @Test
    void spmGroupsAndAidEqualTheDatabase() throws Exception {
        Path out = dir.resolve("spm.xlsx");
        l.rekap().ekspor(Jenis.REKAP_SPM, Opsi.tahun(tahun), Format.XLSX, null, out, null);
        String[] kelompok = {"anak_telantar", "lansia_telantar", "disabilitas_telantar", "tuna_sosial", "korban_bencana"};
        String basis = "SELECT COUNT(DISTINCT p.id)" + TERHITUNG + " AND e.jenis_kode IN (SELECT kode FROM jenis_pmks WHERE kelompok_spm = ?)";
        String bantu = " AND EXISTS (SELECT 1 FROM bantuan b WHERE b.penduduk_id = p.id AND YEAR(b.tanggal) = " + tahun + ")";
        try (Workbook wb = WorkbookFactory.create(out.toFile())) {
            Sheet s = wb.getSheetAt(0);
            int awal = cari(s, "(1)", 0) + 1;
            long semua = 0;
            for (int i = 0; i < kelompok.length; i++) {
                Row r = s.getRow(awal + i);
                long lk = satu(basis + " AND p.jenis_kelamin = 'L'", tahun, kelompok[i]);
                long pr = satu(basis + " AND p.jenis_kelamin = 'P'", tahun, kelompok[i]);
                long b = satu(basis + bantu, tahun, kelompok[i]);
                assertEquals(lk, angka(r, 3), kelompok[i] + " L");
                assertEquals(pr, angka(r, 4), kelompok[i] + " P");
                assertEquals(lk + pr, angka(r, 5));
                assertEquals(b, angka(r, 8), kelompok[i] + " aided");
                assertEquals(lk + pr - b, angka(r, 9), kelompok[i] + " not yet aided");
                semua += lk + pr;
            }
            assertTrue(semua > 0, "the generated register has SPM people");
            assertEquals("JUMLAH", s.getRow(awal + 5).getCell(1).getStringCellValue());
            assertEquals(semua, angka(s.getRow(awal + 5), 5));
        }
    }

    @Test
    void meetingsAndFollowUpsOfTheYear() throws Exception {
        new DemoPsks(l.db().dsl(), l.psks()).isi(3);
        new DemoRapat(l.rapat(), l.psks()).isi(l.kantor().profil().orElseThrow(), 3);
        int th = java.time.LocalDate.now().getYear();
        Path out = dir.resolve("rapat.xlsx");
        l.rekap().ekspor(Jenis.REKAP_RAPAT, Opsi.tahun(th), Format.XLSX, null, out, null);
        long rapat = satu("SELECT COUNT(*) FROM rapat WHERE YEAR(tanggal) = ?", th);
        long hadir = satu("SELECT COUNT(*) FROM rapat_peserta s JOIN rapat r ON r.id = s.rapat_id WHERE YEAR(r.tanggal) = ?"
                + " AND s.kehadiran = 'hadir'", th);
        long tl = satu("SELECT COUNT(*) FROM rapat_tindak_lanjut t JOIN rapat r ON r.id = t.rapat_id WHERE YEAR(r.tanggal) = ?", th);
        assertTrue(rapat > 0);
        try (Workbook wb = WorkbookFactory.create(out.toFile())) {
            Sheet s = wb.getSheet("Rapat");
            int awal = cari(s, "(1)", 0) + 1;
            Row jumlah = s.getRow(awal + (int) rapat);
            assertEquals("JUMLAH", jumlah.getCell(1).getStringCellValue());
            assertEquals(hadir, angka(jumlah, 6));
            assertEquals(tl, angka(jumlah, 10));
            Sheet t = wb.getSheet("Tindak lanjut");
            assertEquals("JUMLAH: " + tl + " tindak lanjut", t.getRow(cari(t, "(1)", 0) + 1 + (int) tl).getCell(1).getStringCellValue());
        }
    }

    @Test
    void aYearWithoutDataGivesZerosForEveryRecap() throws Exception {
        for (Jenis j : Jenis.values()) {
            Path out = dir.resolve(j.kode() + ".xlsx");
            l.rekap().ekspor(j, Opsi.tahun(2019), Format.XLSX, null, out, null);
            try (Workbook wb = WorkbookFactory.create(out.toFile())) {
                assertTrue(wb.getNumberOfSheets() >= 1, j.kode());
            }
        }
        try (Workbook wb = WorkbookFactory.create(dir.resolve("rekap-spm.xlsx").toFile())) {
            Sheet s = wb.getSheetAt(0);
            assertEquals(0, angka(s.getRow(cari(s, "JUMLAH", 1)), 5));
        }
    }

    @Test
    void aOneSheetListOfSeveralTypesCountsEntriesAndPeopleApart() throws Exception {
        Path out = dir.resolve("bnba-satu.xlsx");
        l.rekap().ekspor(Jenis.BNBA_PMKS, Opsi.tahun(tahun).denganSembunyikanSensitif(false).denganJenis(false, null), Format.XLSX, null, out,
                null);
        long entri = satu("SELECT COUNT(*)" + TERHITUNG, tahun);
        long orang = satu("SELECT COUNT(DISTINCT e.penduduk_id)" + TERHITUNG, tahun);
        assertTrue(orang < entri, "the generated register has people with two types: " + orang + " / " + entri);
        try (Workbook wb = WorkbookFactory.create(out.toFile())) {
            Sheet s = wb.getSheetAt(0);
            int jumlah = cari(s, "JUMLAH: " + entri + " entri, " + orang + " orang", 1);
            assertTrue(jumlah > 0, "the rows are entries, not as many people, and the line says both");
            assertEquals(cari(s, "(1)", 0) + 1 + (int) entri, jumlah, "under the last of the " + entri + " rows");
        }
    }

    @Test
    void aSignatureNeverStandsOnAPageWithoutTheRowsItSigns() throws Exception {
        // a BNBA of many types, each list of its own length ending in its own signatures, on both papers
        for (Kertas k : new Kertas[] {Kertas.A4, Kertas.F4}) {
            Path out = dir.resolve("bnba-" + k + ".pdf");
            l.rekap().ekspor(Jenis.BNBA_PMKS, Opsi.tahun(tahun).denganUsulan(true).denganKertas(k), Format.PDF, null, out, null);
            try (PDDocument d = Loader.loadPDF(out.toFile())) {
                int ditandatangani = 0;
                for (int h = 1; h <= d.getNumberOfPages(); h++) {
                    PDFTextStripper s = new PDFTextStripper();
                    s.setStartPage(h);
                    s.setEndPage(h);
                    String teks = s.getText(d);
                    if (teks.contains("Mengetahui")) {
                        ditandatangani++;
                        // the table's column numbers head every page that carries rows of the list
                        assertTrue(teks.contains("(1)") && teks.contains("(2)"), k + ", page " + h + " holds signatures without rows:\n" + teks);
                    }
                }
                assertTrue(ditandatangani > 3, "a signed list per type: " + ditandatangani);
            }
        }
    }

    @Test
    void pdfCarriesTheSameNumbersAndSigners() throws Exception {
        Path out = dir.resolve("jenis.pdf");
        l.rekap().ekspor(Jenis.REKAP_PMKS_JENIS, Opsi.tahun(tahun).denganKertas(Kertas.F4).denganPenandatangan(Penandatangan.KASI),
                Format.PDF, null, out, null);
        long semua = satu("SELECT COUNT(*)" + TERHITUNG, tahun);
        try (PDDocument d = Loader.loadPDF(out.toFile())) {
            String teks = new PDFTextStripper().getText(d);
            assertTrue(teks.contains("REKAPITULASI DATA PMKS/PPKS PER JENIS"), teks);
            assertTrue(teks.contains("Lanjut Usia Telantar"));
            String jumlah = teks.lines().filter(x -> x.contains("JUMLAH")).findFirst().orElseThrow();
            assertTrue(jumlah.contains(String.format(java.util.Locale.forLanguageTag("id"), "%,d", semua)), jumlah + " / " + semua);
            assertTrue(teks.contains("KASI KESEJAHTERAAN SOSIAL"));
            assertFalse(teks.contains("Mengetahui"), "only the Kasi signs when asked");
            assertEquals(Kertas.F4.tinggi(), d.getPage(0).getMediaBox().getHeight(), 1f, "F4 portrait for the narrow recap");
            assertTrue(teks.contains("Halaman 1 dari"));
        }
    }

    /**
     * The template with its text cells as inline strings ({@code t="inlineStr"}), as some tools save them, instead of
     * the shared strings Excel and LibreOffice write.
     */
    static byte[] sebarisTeks(byte[] xlsx) throws Exception {
        java.util.Map<String, byte[]> isi = new java.util.LinkedHashMap<>();
        try (var z = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(xlsx))) {
            for (var e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                isi.put(e.getName(), z.readAllBytes());
            }
        }
        List<String> teks = new java.util.ArrayList<>();
        var m = java.util.regex.Pattern.compile("<si>(.*?)</si>", java.util.regex.Pattern.DOTALL)
                .matcher(new String(isi.get("xl/sharedStrings.xml"), java.nio.charset.StandardCharsets.UTF_8));
        while (m.find()) {
            teks.add(m.group(1).replaceAll("<[^>]+>", ""));
        }
        for (String nama : List.copyOf(isi.keySet())) {
            if (nama.startsWith("xl/worksheets/sheet")) {
                String x = new String(isi.get(nama), java.nio.charset.StandardCharsets.UTF_8);
                var c = java.util.regex.Pattern.compile("<c ([^>]*?)t=\"s\"([^>]*)><v>(\\d+)</v></c>").matcher(x);
                StringBuilder b = new StringBuilder();
                while (c.find()) {
                    c.appendReplacement(b, java.util.regex.Matcher.quoteReplacement("<c " + c.group(1) + "t=\"inlineStr\"" + c.group(2) + "><is><t>"
                            + teks.get(Integer.parseInt(c.group(3))) + "</t></is></c>"));
                }
                c.appendTail(b);
                isi.put(nama, b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
        try (var z = new java.util.zip.ZipOutputStream(o)) {
            for (var e : isi.entrySet()) {
                z.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return o.toByteArray();
    }

    @Test
    void aTemplateOfInlineStringsFillsCellForCellAsItsSharedStringTwin() throws Exception {
        for (var sampel : java.util.Map.of("templat-kota-rekap-spm.xlsx", Jenis.REKAP_SPM, "templat-kabupaten-rekap-pmks-desa.xlsx",
                Jenis.REKAP_PMKS_DESA).entrySet()) {
            Templat asal = Templat.baca(Path.of("sample-data", sampel.getKey()));
            Templat sebaris = new Templat("sebaris-" + sampel.getKey(), sebarisTeks(asal.isi()));
            try (Workbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(sebaris.isi()))) {
                var c = ((org.apache.poi.xssf.usermodel.XSSFSheet) wb.getSheetAt(0)).getRow(0).getCell(0);
                assertEquals(org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType.INLINE_STR, c.getCTCell().getT(), "inline text");
            }
            Path a = dir.resolve("bersama-" + sampel.getKey());
            Path b = dir.resolve(sebaris.namaBerkas());
            l.rekap().ekspor(sampel.getValue(), Opsi.tahun(tahun), Format.XLSX, asal, a, null);
            l.rekap().ekspor(sampel.getValue(), Opsi.tahun(tahun), Format.XLSX, sebaris, b, null);
            try (Workbook wa = WorkbookFactory.create(a.toFile()); Workbook wb = WorkbookFactory.create(b.toFile())) {
                assertEquals(semuaSel(wa), semuaSel(wb), sampel.getKey() + ": the same filled cells, text for text");
            }
        }
    }

    /** Every non-empty cell of the first sheet as "A1=text". */
    static List<String> semuaSel(Workbook wb) {
        org.apache.poi.ss.usermodel.DataFormatter f = new org.apache.poi.ss.usermodel.DataFormatter();
        List<String> out = new java.util.ArrayList<>();
        for (Row r : wb.getSheetAt(0)) {
            for (Cell c : r) {
                String v = f.formatCellValue(c);
                if (!v.isEmpty()) {
                    out.add(c.getAddress() + "=" + v);
                }
            }
        }
        return out;
    }

    @Test
    void districtTemplateIsCheckedStoredAndFilled() throws Exception {
        Templat t = Templat.baca(Path.of("sample-data/templat-kabupaten-rekap-pmks-desa.xlsx"));
        l.rekap().pasangTemplat(Jenis.REKAP_PMKS_DESA, t);
        Templat tersimpan = l.rekap().templat(Jenis.REKAP_PMKS_DESA).orElseThrow();
        assertEquals("templat-kabupaten-rekap-pmks-desa.xlsx", tersimpan.namaBerkas());
        Path out = dir.resolve("dinas.xlsx");
        l.rekap().ekspor(Jenis.REKAP_PMKS_DESA, Opsi.tahun(tahun), Format.XLSX, tersimpan, out, null);
        var desa = l.kantor().profil().orElseThrow().desa();
        try (Workbook wb = WorkbookFactory.create(out.toFile())) {
            Sheet s = wb.getSheet("REKAP PPKS");
            assertTrue(s.getRow(0).getCell(0).getStringCellValue().endsWith("KECAMATAN BANDUNG"), "placeholder filled, upper-cased");
            int awal = cari(s, desa.getFirst().nama(), 1);
            for (int i = 0; i < desa.size(); i++) {
                Row r = s.getRow(awal + i);
                assertEquals(desa.get(i).nama(), r.getCell(1).getStringCellValue());
                String sql = "SELECT COUNT(*)" + TERHITUNG + " AND p.desa_kode = ? AND e.jenis_kode = ?";
                assertEquals(satu(sql, tahun, desa.get(i).kode(), "PMKS-08"), angka(r, 3), desa.get(i).nama() + " lansia");
                assertEquals(satu(sql, tahun, desa.get(i).kode(), "PMKS-24"), angka(r, 5), desa.get(i).nama() + " fakir miskin");
            }
            Row jumlah = s.getRow(awal + desa.size());
            assertEquals(CellType.FORMULA, jumlah.getCell(3).getCellType(), "the district's SUM formula is kept");
            assertEquals("SUM(D" + (awal + 1) + ":D" + (awal + desa.size()) + ")", jumlah.getCell(3).getCellFormula());
            assertTrue(s.getPrintSetup().getLandscape(), "the district's print setup is kept");
        }
        // an unknown placeholder is refused with its cell; nothing is written
        byte[] rusak;
        try (Workbook wb = WorkbookFactory.create(new java.io.ByteArrayInputStream(t.isi()))) {
            wb.getSheetAt(0).getRow(5).getCell(2).setCellValue("${b.jml_99}");
            java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
            wb.write(o);
            rusak = o.toByteArray();
        }
        Path gagal = dir.resolve("gagal.xlsx");
        KesosException e = assertThrows(KesosException.class, () -> l.rekap().ekspor(Jenis.REKAP_PMKS_DESA, Opsi.tahun(tahun), Format.XLSX,
                new Templat("rusak.xlsx", rusak), gagal, null));
        assertTrue(e.getMessage().contains("REKAP PPKS!C6") && e.getMessage().contains("${b.jml_99}"), e.getMessage());
        assertFalse(Files.exists(gagal));
        assertThrows(KesosException.class, () -> l.rekap().pasangTemplat(Jenis.REKAP_PMKS_DESA, new Templat("rusak.xlsx", rusak)));
        assertEquals("templat-kabupaten-rekap-pmks-desa.xlsx", l.rekap().templat(Jenis.REKAP_PMKS_DESA).orElseThrow().namaBerkas(),
                "a refused template leaves the stored one");
        // templates are data, not code: no class access, no object creation, no static or other calls, at install and at fill
        for (String kode : new String[] {"${kecamatan.getClass().forName(\"java.lang.Runtime\")}", "${new(\"java.io.File\", \"/tmp/x\")}",
            "${b.nama.getClass()}", "${kecamatan.toUpperCase().getBytes()}", "${x = 1}", "${java.lang.System.exit(0)}",
            "${@java.lang.Runtime@getRuntime()}", "${tahun; kecamatan}", "${exec(\"id\")}"}) {
            byte[] jahat;
            try (Workbook wb = WorkbookFactory.create(new java.io.ByteArrayInputStream(t.isi()))) {
                wb.getSheetAt(0).getRow(5).getCell(2).setCellValue(kode);
                java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
                wb.write(o);
                jahat = o.toByteArray();
            }
            KesosException k = assertThrows(KesosException.class, () -> l.rekap().pasangTemplat(Jenis.REKAP_PMKS_DESA,
                    new Templat("jahat.xlsx", jahat)), kode);
            assertTrue(k.getMessage().contains("REKAP PPKS!C6") && k.getMessage().contains("tidak diizinkan"), kode + ": " + k.getMessage());
            assertThrows(KesosException.class, () -> l.rekap().ekspor(Jenis.REKAP_PMKS_DESA, Opsi.tahun(tahun), Format.XLSX,
                    new Templat("jahat.xlsx", jahat), gagal, null), kode);
            assertFalse(Files.exists(gagal));
        }
        l.rekap().hapusTemplat(Jenis.REKAP_PMKS_DESA);
        assertTrue(l.rekap().templat(Jenis.REKAP_PMKS_DESA).isEmpty());
        // the second sample: SPM with an achievement formula per row
        Path spm = dir.resolve("spm-kota.xlsx");
        l.rekap().ekspor(Jenis.REKAP_SPM, Opsi.tahun(tahun), Format.XLSX, Templat.baca(Path.of("sample-data/templat-kota-rekap-spm.xlsx")),
                spm, null);
        try (Workbook wb = WorkbookFactory.create(spm.toFile())) {
            Sheet s = wb.getSheetAt(0);
            int awal = cari(s, "Anak Telantar", 1);
            assertEquals(5, cari(s, "Total", 1) - awal, "five SPM groups");
            assertEquals("IF(C" + (awal + 2) + "=0,0,D" + (awal + 2) + "/C" + (awal + 2) + ")", s.getRow(awal + 1).getCell(5).getCellFormula());
        }
    }

    @Test
    void aCancelledExportLeavesNoFile() throws Exception {
        Path out = dir.resolve("batal.xlsx");
        Kemajuan batal = new Kemajuan() {
            @Override
            public boolean batal() {
                return true;
            }
        };
        assertThrows(CancellationException.class, () -> l.rekap().ekspor(Jenis.BNBA_PMKS, Opsi.tahun(tahun), Format.XLSX, null, out, batal));
        assertFalse(Files.exists(out));
        try (var s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }
}
