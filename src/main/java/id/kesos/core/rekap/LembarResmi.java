package id.kesos.core.rekap;

import id.kesos.core.cetak.Kertas;
import id.kesos.core.cetak.TanggalIndonesia;
import id.kesos.core.kantor.Kantor;
import id.kesos.core.kantor.ProfilKantor;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A recap sheet laid out as the official forms a Dinas Sosial sends: kop from the office profile
 * (logo included), a title in capitals, a two-row header and the column-number row, bordered
 * cells, the JUMLAH row, place and date, signature blocks; printed landscape, one page wide, header
 * rows repeated, gridlines off, header frozen. Column widths are fixed (no autosize: it needs AWT fonts).
 */
final class LembarResmi {
    final XSSFWorkbook wb;
    final XSSFSheet sheet;
    final int kolom;
    final CellStyle biasa;
    final CellStyle angka;
    final CellStyle kepala;
    final CellStyle tebal;
    final CellStyle tebalAngka;
    final CellStyle judul;
    final CellStyle tengah;
    final CellStyle namaTtd;
    int baris;
    int barisKepalaAwal;

    LembarResmi(XSSFWorkbook wb, String nama, int kolom) {
        this.wb = wb;
        this.sheet = wb.createSheet(nama);
        this.kolom = kolom;
        Font f = font(false, false, 10);
        Font fb = font(true, false, 10);
        biasa = gaya(f, HorizontalAlignment.LEFT, true);
        angka = gaya(f, HorizontalAlignment.RIGHT, true);
        kepala = gaya(fb, HorizontalAlignment.CENTER, true);
        kepala.setWrapText(true);
        tebal = gaya(fb, HorizontalAlignment.CENTER, true);
        tebalAngka = gaya(fb, HorizontalAlignment.RIGHT, true);
        judul = gaya(font(true, false, 12), HorizontalAlignment.CENTER, false);
        judul.setWrapText(true);
        tengah = gaya(f, HorizontalAlignment.CENTER, false);
        namaTtd = gaya(font(true, true, 10), HorizontalAlignment.CENTER, false);
        sheet.setDisplayGridlines(false);
        sheet.setPrintGridlines(false);
    }

    private Font font(boolean bold, boolean underline, int size) {
        Font f = wb.createFont();
        f.setFontName("Arial");
        f.setFontHeightInPoints((short) size);
        f.setBold(bold);
        if (underline) {
            f.setUnderline(Font.U_SINGLE);
        }
        return f;
    }

    private CellStyle gaya(Font f, HorizontalAlignment h, boolean garis) {
        CellStyle s = wb.createCellStyle();
        s.setFont(f);
        s.setAlignment(h);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        if (garis) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        return s;
    }

    /** Centred text with borders (a dash where a column does not apply). */
    CellStyle tengahGaris() {
        if (tengahGaris == null) {
            tengahGaris = gaya(font(false, false, 10), HorizontalAlignment.CENTER, true);
        }
        return tengahGaris;
    }

    private CellStyle tengahGaris;
    private CellStyle keterangan;

    /** Small wrapped text without borders (legends, notes). */
    CellStyle keterangan() {
        if (keterangan == null) {
            keterangan = gaya(font(false, false, 8), HorizontalAlignment.LEFT, false);
            keterangan.setWrapText(true);
        }
        return keterangan;
    }

    Row baris() {
        Row r = sheet.getRow(baris);
        return r != null ? r : sheet.createRow(baris);
    }

    /**
     * The top of an official recap: kop, the two title lines, a blank row, the first two header rows
     * with "No" and {@code kolomNama} merged down; returns the index of the first header row.
     */
    int pembuka(ProfilKantor p, String judul1, String judul2, String kolomNama) {
        kop(p);
        garisTeks(judul1, judul);
        garisTeks(judul2, judul);
        baris++;
        int h1 = baris;
        barisKepalaAwal = h1;
        gabung(h1, h1 + 1, 0, 0, "No");
        gabung(h1, h1 + 1, 1, 1, kolomNama);
        return h1;
    }

    /** The JUMLAH row: the sums of columns 2 onward. */
    void barisJumlah(long[] total) {
        Row r = baris();
        sel(r, 0, "", tebal);
        sel(r, 1, "JUMLAH", tebal);
        for (int i = 2; i < kolom; i++) {
            sel(r, i, total[i], tebalAngka);
        }
        baris++;
    }

    /** A line of text across the whole width, merged. */
    void garisTeks(String teks, CellStyle gaya) {
        Row r = baris();
        Cell c = r.createCell(0);
        c.setCellValue(teks);
        c.setCellStyle(gaya);
        if (kolom > 1) {
            sheet.addMergedRegion(new CellRangeAddress(baris, baris, 0, kolom - 1));
        }
        baris++;
    }

    /** PEMERINTAH KABUPATEN ..., KECAMATAN ..., the address line, the logo at the left. */
    void kop(ProfilKantor p) {
        Kantor k = p.kantor();
        int awal = baris;
        garisTeks("PEMERINTAH " + p.kabupaten().nama().toUpperCase(Locale.ROOT), judul);
        garisTeks("KECAMATAN " + p.kecamatan().nama().toUpperCase(Locale.ROOT), judul);
        StringBuilder a = new StringBuilder();
        if (k.alamat() != null) {
            a.append(k.alamat());
        }
        if (k.telepon() != null) {
            a.append("  Telp. ").append(k.telepon());
        }
        if (k.email() != null) {
            a.append("  e-mail: ").append(k.email());
        }
        if (k.kodePos() != null) {
            a.append("  Kode Pos ").append(k.kodePos());
        }
        garisTeks(a.toString().strip(), tengah);
        if (k.logo() != null && k.logo().length > 0) {
            int jenisGambar = k.logo().length > 3 && (k.logo()[0] & 0xFF) == 0xFF ? Workbook.PICTURE_TYPE_JPEG : Workbook.PICTURE_TYPE_PNG;
            int idx = wb.addPicture(k.logo(), jenisGambar);
            ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
            anchor.setCol1(0);
            anchor.setRow1(awal);
            anchor.setCol2(1);
            anchor.setRow2(awal + 3);
            sheet.createDrawingPatriarch().createPicture(anchor, idx);
        }
        // the rule under the kop: a thick bottom border across the width
        CellStyle garis = wb.createCellStyle();
        garis.setBorderBottom(BorderStyle.THICK);
        Row r = baris();
        for (int i = 0; i < kolom; i++) {
            r.createCell(i).setCellStyle(garis);
        }
        baris += 2;
    }

    void sel(Row r, int kolomKe, String teks, CellStyle gaya) {
        Cell c = r.createCell(kolomKe);
        c.setCellValue(teks);
        c.setCellStyle(gaya);
    }

    void sel(Row r, int kolomKe, long nilai, CellStyle gaya) {
        Cell c = r.createCell(kolomKe);
        c.setCellValue(nilai);
        c.setCellStyle(gaya);
    }

    /** Merges a header range and borders every cell of it. */
    void gabung(int r1, int r2, int c1, int c2, String teks) {
        for (int r = r1; r <= r2; r++) {
            Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
            for (int c = c1; c <= c2; c++) {
                Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
                cell.setCellStyle(kepala);
            }
        }
        sheet.getRow(r1).getCell(c1).setCellValue(teks);
        if (r1 != r2 || c1 != c2) {
            sheet.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
        }
    }

    /** The column-number row: (1) (2) (3) ... */
    void nomorKolom() {
        Row r = baris();
        for (int i = 0; i < kolom; i++) {
            sel(r, i, "(" + (i + 1) + ")", kepala);
        }
        baris++;
    }

    /** Place and date at the right; Mengetahui, Camat at the left; the Kasie Kesos at the right. */
    void tandaTangan(ProfilKantor p, LocalDate tanggal) {
        Kantor k = p.kantor();
        baris += 2;
        int kiriAwal = 0;
        int kiriAkhir = Math.max(0, kolom / 3 - 1);
        int kananAwal = Math.max(kiriAkhir + 1, kolom - Math.max(1, kolom / 3));
        int kananAkhir = kolom - 1;
        String[][] blok = {
            {"", "Mengetahui,", "CAMAT " + p.kecamatan().nama().toUpperCase(Locale.ROOT), k.namaCamat(), k.pangkatCamat(), "NIP. " + k.nipCamat()},
            {p.kecamatan().nama() + ", " + TanggalIndonesia.tanggal(tanggal), "", "KASI KESEJAHTERAAN SOSIAL", k.namaKasie(), k.pangkatKasie(),
                "NIP. " + k.nipKasie()}};
        int[][] rentang = {{kiriAwal, kiriAkhir}, {kananAwal, kananAkhir}};
        for (int i = 0; i < 6; i++) {
            if (i == 3) {
                baris += 3; // room to sign
            }
            Row r = baris();
            for (int b = 0; b < 2; b++) {
                String t = blok[b][i];
                if (t == null || t.isEmpty()) {
                    continue;
                }
                sel(r, rentang[b][0], t, i == 3 ? namaTtd : tengah);
                if (rentang[b][1] > rentang[b][0]) {
                    sheet.addMergedRegion(new CellRangeAddress(baris, baris, rentang[b][0], rentang[b][1]));
                }
            }
            baris++;
        }
    }

    /**
     * The end of a recap: signatures, column widths (characters: No, the name column, then the
     * number columns), print setup.
     */
    void penutup(ProfilKantor p, LocalDate tanggal, int lebarNama, int lebarAngka, Kertas kertas, boolean mendatar, int barisKepalaAkhir) {
        tandaTangan(p, tanggal);
        sheet.setColumnWidth(0, 5 * 256);
        sheet.setColumnWidth(1, lebarNama * 256);
        for (int i = 2; i < kolom; i++) {
            sheet.setColumnWidth(i, lebarAngka * 256);
        }
        cetak(kertas, mendatar, barisKepalaAkhir, 2);
    }

    /** Landscape or portrait, the paper, one page wide, header rows repeated, header frozen. */
    void cetak(Kertas kertas, boolean mendatar, int barisKepalaAkhir, int kolomBeku) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(mendatar);
        ps.setPaperSize(kertas == Kertas.F4 ? PrintSetup.FOLIO8_PAPERSIZE : PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(true);
        sheet.setRepeatingRows(new CellRangeAddress(barisKepalaAwal, barisKepalaAkhir, -1, -1));
        sheet.createFreezePane(kolomBeku, barisKepalaAkhir + 1);
    }
}
