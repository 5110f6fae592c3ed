package id.kesos.core.rekap;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the two example district templates of {@code sample-data/} (what a Dinas Sosial would send,
 * made in Excel): run {@code main} with the project root as argument to make them again. Tests fill
 * the committed files.
 */
public final class ContohTemplat {
    private ContohTemplat() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : ".").resolve("sample-data");
        Files.createDirectories(dir);
        tulis(pmksDesa(), dir.resolve("templat-kabupaten-rekap-pmks-desa.xlsx"));
        tulis(spm(), dir.resolve("templat-kota-rekap-spm.xlsx"));
    }

    private static void tulis(XSSFWorkbook wb, Path p) throws IOException {
        try (wb; OutputStream o = Files.newOutputStream(p)) {
            wb.write(o);
        }
    }

    private static void komentar(Sheet s, int r, int c, String teks) {
        Drawing<?> d = s.createDrawingPatriarch();
        ClientAnchor a = s.getWorkbook().getCreationHelper().createClientAnchor();
        a.setCol1(c);
        a.setRow1(r);
        a.setCol2(c + 3);
        a.setRow2(r + 3);
        Comment k = d.createCellComment(a);
        k.setString(s.getWorkbook().getCreationHelper().createRichTextString(teks));
        sel(s, r, c).setCellComment(k);
    }

    private static Cell sel(Sheet s, int r, int c) {
        Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
        return row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
    }

    private static Cell isi(Sheet s, int r, int c, String teks, CellStyle g) {
        Cell x = sel(s, r, c);
        if (teks != null) {
            x.setCellValue(teks);
        }
        x.setCellStyle(g);
        return x;
    }

    private static CellStyle gaya(XSSFWorkbook wb, boolean tebal, boolean garis, HorizontalAlignment h, short warna, String font, int ukuran) {
        CellStyle g = wb.createCellStyle();
        Font f = wb.createFont();
        f.setFontName(font);
        f.setBold(tebal);
        f.setFontHeightInPoints((short) ukuran);
        g.setFont(f);
        g.setAlignment(h);
        g.setVerticalAlignment(VerticalAlignment.CENTER);
        g.setWrapText(true);
        if (garis) {
            g.setBorderTop(BorderStyle.THIN);
            g.setBorderBottom(BorderStyle.THIN);
            g.setBorderLeft(BorderStyle.THIN);
            g.setBorderRight(BorderStyle.THIN);
        }
        if (warna >= 0) {
            g.setFillForegroundColor(warna);
            g.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return g;
    }

    /** A kabupaten's PPKS recap per desa: a few types, Fakir Miskin in jiwa and KK, a SUM row, landscape F4. */
    static XSSFWorkbook pmksDesa() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("REKAP PPKS");
        CellStyle judul = gaya(wb, true, false, HorizontalAlignment.CENTER, (short) -1, "Times New Roman", 14);
        CellStyle sub = gaya(wb, false, false, HorizontalAlignment.CENTER, (short) -1, "Times New Roman", 12);
        CellStyle kepala = gaya(wb, true, true, HorizontalAlignment.CENTER, IndexedColors.LIGHT_GREEN.getIndex(), "Times New Roman", 11);
        CellStyle teks = gaya(wb, false, true, HorizontalAlignment.LEFT, (short) -1, "Times New Roman", 11);
        CellStyle angka = gaya(wb, false, true, HorizontalAlignment.CENTER, (short) -1, "Times New Roman", 11);
        CellStyle jumlah = gaya(wb, true, true, HorizontalAlignment.CENTER, IndexedColors.LEMON_CHIFFON.getIndex(), "Times New Roman", 11);
        CellStyle biasa = gaya(wb, false, false, HorizontalAlignment.CENTER, (short) -1, "Times New Roman", 11);
        CellStyle nama = gaya(wb, true, false, HorizontalAlignment.CENTER, (short) -1, "Times New Roman", 11);
        wb.getFontAt(nama.getFontIndex()).setUnderline(Font.U_SINGLE);
        isi(s, 0, 0, "LAPORAN DATA PEMERLU PELAYANAN KESEJAHTERAAN SOSIAL (PPKS) KECAMATAN ${kecamatan.toUpperCase()}", judul);
        s.addMergedRegion(new CellRangeAddress(0, 0, 0, 8));
        isi(s, 1, 0, "${kabupaten.toUpperCase()} \u2013 TAHUN ${tahun}", sub);
        s.addMergedRegion(new CellRangeAddress(1, 1, 0, 8));
        String[] atas = {"NO", "DESA/KELURAHAN", "ANAK TELANTAR", "LANJUT USIA TELANTAR", "PENYANDANG DISABILITAS", "FAKIR MISKIN", null,
            "KORBAN BENCANA ALAM", "JUMLAH PPKS"};
        for (int c = 0; c < atas.length; c++) {
            isi(s, 3, c, atas[c], kepala);
            isi(s, 4, c, null, kepala);
            if (c != 5 && c != 6) {
                s.addMergedRegion(new CellRangeAddress(3, 4, c, c));
            }
        }
        s.addMergedRegion(new CellRangeAddress(3, 3, 5, 6));
        isi(s, 4, 5, "JIWA", kepala);
        isi(s, 4, 6, "KK", kepala);
        String[] baris = {"${b.no}", "${b.nama}", "${b.jml_02}", "${b.jml_08}", "${b.jml_09}", "${b.jml_24}", "${b.kk_24}", "${b.jml_21}",
            "${b.total}"};
        for (int c = 0; c < baris.length; c++) {
            isi(s, 5, c, baris[c], c == 1 ? teks : angka);
        }
        isi(s, 6, 0, "JUMLAH", jumlah);
        isi(s, 6, 1, null, jumlah);
        s.addMergedRegion(new CellRangeAddress(6, 6, 0, 1));
        for (int c = 2; c < 9; c++) {
            char k = (char) ('A' + c);
            isi(s, 6, c, null, jumlah).setCellFormula("SUM(" + k + "6)");
        }
        isi(s, 8, 6, "${tempatTanggal}", biasa);
        s.addMergedRegion(new CellRangeAddress(8, 8, 6, 8));
        isi(s, 9, 6, "KASI KESEJAHTERAAN SOSIAL", biasa);
        s.addMergedRegion(new CellRangeAddress(9, 9, 6, 8));
        isi(s, 13, 6, "${kasi.nama}", nama);
        s.addMergedRegion(new CellRangeAddress(13, 13, 6, 8));
        isi(s, 14, 6, "NIP. ${kasi.nip}", biasa);
        s.addMergedRegion(new CellRangeAddress(14, 14, 6, 8));
        komentar(s, 0, 0, "jx:area(lastCell=\"I15\")");
        komentar(s, 5, 0, "jx:each(items=\"baris\" var=\"b\" lastCell=\"I6\")");
        int[] lebar = {6, 26, 12, 12, 14, 10, 10, 12, 12};
        for (int c = 0; c < lebar.length; c++) {
            s.setColumnWidth(c, lebar[c] * 256);
        }
        s.getRow(3).setHeightInPoints(32);
        PrintSetup ps = s.getPrintSetup();
        ps.setLandscape(true);
        ps.setPaperSize(PrintSetup.FOLIO8_PAPERSIZE);
        s.setFitToPage(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        s.setRepeatingRows(new CellRangeAddress(3, 4, -1, -1));
        return wb;
    }

    /** A city's SPM form: target, served, not yet served, and an achievement formula per row; portrait A4. */
    static XSSFWorkbook spm() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("SPM");
        CellStyle judul = gaya(wb, true, false, HorizontalAlignment.LEFT, (short) -1, "Arial", 12);
        CellStyle kiri = gaya(wb, false, false, HorizontalAlignment.LEFT, (short) -1, "Arial", 10);
        CellStyle kepala = gaya(wb, true, true, HorizontalAlignment.CENTER, IndexedColors.PALE_BLUE.getIndex(), "Arial", 10);
        CellStyle teks = gaya(wb, false, true, HorizontalAlignment.LEFT, (short) -1, "Arial", 10);
        CellStyle angka = gaya(wb, false, true, HorizontalAlignment.RIGHT, (short) -1, "Arial", 10);
        CellStyle persen = gaya(wb, false, true, HorizontalAlignment.RIGHT, (short) -1, "Arial", 10);
        persen.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
        CellStyle tengah = gaya(wb, false, false, HorizontalAlignment.CENTER, (short) -1, "Arial", 10);
        isi(s, 0, 0, "FORMAT LAPORAN CAPAIAN SPM BIDANG SOSIAL", judul);
        isi(s, 1, 0, "Kecamatan : ${kecamatan}", kiri);
        isi(s, 2, 0, "Tahun     : ${tahun}", kiri);
        for (int r = 0; r < 3; r++) {
            s.addMergedRegion(new CellRangeAddress(r, r, 0, 5));
        }
        String[] k = {"No", "Jenis Layanan Dasar", "Sasaran (jiwa)", "Terlayani", "Belum Terlayani", "Capaian"};
        for (int c = 0; c < k.length; c++) {
            isi(s, 4, c, k[c], kepala);
        }
        String[] b = {"${b.no}", "${b.nama}", "${b.jumlah}", "${b.dibantu}", "${b.belum}"};
        for (int c = 0; c < b.length; c++) {
            isi(s, 5, c, b[c], c == 1 ? teks : angka);
        }
        isi(s, 5, 5, null, persen).setCellFormula("IF(C6=0,0,D6/C6)");
        isi(s, 6, 1, "Total", kepala);
        isi(s, 6, 0, null, kepala);
        for (int c = 2; c < 5; c++) {
            isi(s, 6, c, null, kepala).setCellFormula("SUM(" + (char) ('A' + c) + "6)");
        }
        isi(s, 6, 5, null, persen).setCellFormula("IF(C7=0,0,D7/C7)");
        isi(s, 8, 3, "Mengetahui,", tengah);
        isi(s, 9, 3, "Camat ${kecamatan}", tengah);
        isi(s, 13, 3, "${camat.nama}", tengah);
        isi(s, 14, 3, "NIP. ${camat.nip}", tengah);
        for (int r = 8; r <= 14; r++) {
            if (s.getRow(r) != null && s.getRow(r).getCell(3) != null) {
                s.addMergedRegion(new CellRangeAddress(r, r, 3, 5));
            }
        }
        komentar(s, 0, 0, "jx:area(lastCell=\"F15\")");
        komentar(s, 5, 0, "jx:each(items=\"baris\" var=\"b\" lastCell=\"F6\")");
        int[] lebar = {5, 44, 13, 12, 14, 10};
        for (int c = 0; c < lebar.length; c++) {
            s.setColumnWidth(c, lebar[c] * 256);
        }
        PrintSetup ps = s.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        s.setFitToPage(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        return wb;
    }
}
