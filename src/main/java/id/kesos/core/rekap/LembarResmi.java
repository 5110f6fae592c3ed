package id.kesos.core.rekap;

import id.kesos.core.i18n.Messages;
import id.kesos.core.Kemajuan;
import id.kesos.core.cetak.Kertas;
import id.kesos.core.cetak.TanggalIndonesia;
import id.kesos.core.cetak.KopSurat;
import id.kesos.core.kantor.Kantor;
import id.kesos.core.kantor.ProfilKantor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * Writes one {@link Lembar} as the official forms a Dinas Sosial sends: kop from the office profile
 * (logo included), the title in capitals, the two-row header and the column-number row, bordered
 * cells, the JUMLAH row, place and date, signature blocks; printed landscape where wide, one page
 * wide, or in parts by groups of types when one page wide would print below 8 pt ({@link Cetak}); header rows
 * repeated, gridlines off, header frozen. Rows are written in order only, so the
 * workbook may be a streaming one. Column widths are fixed (no autosize: it needs AWT fonts).
 */
final class LembarResmi {
    private final Workbook wb;
    private final Sheet sheet;
    private final int kolom;
    private final Gaya gaya;
    private int baris;
    private int barisKepalaAwal;
    /** The columns the kop and titles span (the first printed part) and those the notes and signatures span (the last). */
    private int[] rentangAtas;
    private int[] rentangBawah;

    /** The cell styles, made once per workbook (a workbook holds at most 64,000 styles). */
    static final class Gaya {
        final CellStyle kiri;
        final CellStyle kanan;
        final CellStyle tengahGaris;
        final CellStyle kepala;
        final CellStyle tebalKiri;
        final CellStyle tebalKanan;
        final CellStyle tebalTengah;
        final CellStyle judul;
        final CellStyle tengah;
        final CellStyle namaTtd;
        final CellStyle keterangan;
        final CellStyle garisKop;

        Gaya(Workbook wb) {
            // the workbook's default font is the unit of its column widths: Arial 10 as the cells, not Calibri 11,
            // which a LibreOffice without Calibri replaces by a wider font, so the columns printed wider than planned
            Font standar = wb.getFontAt(0);
            standar.setFontName("Arial");
            standar.setFontHeightInPoints((short) 10);
            Font f = font(wb, false, false, 10);
            Font fb = font(wb, true, false, 10);
            kiri = gaya(wb, f, HorizontalAlignment.LEFT, true);
            kiri.setWrapText(true);
            kanan = gaya(wb, f, HorizontalAlignment.RIGHT, true);
            kanan.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            tengahGaris = gaya(wb, f, HorizontalAlignment.CENTER, true);
            kepala = gaya(wb, fb, HorizontalAlignment.CENTER, true);
            kepala.setWrapText(true);
            tebalKiri = gaya(wb, fb, HorizontalAlignment.LEFT, true);
            tebalKanan = gaya(wb, fb, HorizontalAlignment.RIGHT, true);
            tebalKanan.setDataFormat(kanan.getDataFormat());
            tebalTengah = gaya(wb, fb, HorizontalAlignment.CENTER, true);
            judul = gaya(wb, font(wb, true, false, 12), HorizontalAlignment.CENTER, false);
            judul.setWrapText(true);
            tengah = gaya(wb, f, HorizontalAlignment.CENTER, false);
            namaTtd = gaya(wb, font(wb, true, true, 10), HorizontalAlignment.CENTER, false);
            keterangan = gaya(wb, font(wb, false, false, 9), HorizontalAlignment.LEFT, false);
            keterangan.setWrapText(true);
            garisKop = wb.createCellStyle();
            garisKop.setBorderBottom(BorderStyle.THICK);
        }

        private static Font font(Workbook wb, boolean bold, boolean underline, int size) {
            Font f = wb.createFont();
            f.setFontName("Arial");
            f.setFontHeightInPoints((short) size);
            f.setBold(bold);
            if (underline) {
                f.setUnderline(Font.U_SINGLE);
            }
            return f;
        }

        private static CellStyle gaya(Workbook wb, Font f, HorizontalAlignment h, boolean garis) {
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

        CellStyle untuk(Lembar.Kolom k, boolean tebal) {
            return switch (k.rata()) {
                case KIRI -> tebal ? tebalKiri : kiri;
                case KANAN -> tebal ? tebalKanan : kanan;
                case TENGAH -> tebal ? tebalTengah : tengahGaris;
            };
        }
    }

    LembarResmi(Workbook wb, Gaya gaya, String nama, int kolom) {
        this.wb = wb;
        this.gaya = gaya;
        this.sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(nama));
        this.kolom = kolom;
        this.rentangAtas = new int[] {0, kolom - 1};
        this.rentangBawah = rentangAtas;
        sheet.setDefaultRowHeightInPoints(12.75f);
        sheet.setDisplayGridlines(false);
        sheet.setPrintGridlines(false);
    }

    /** Writes the whole sheet; {@code ditulis} counts rows over the whole recap, for the progress bar. */
    static void tulis(Workbook wb, Gaya gaya, Laporan lap, Lembar l, Kemajuan kemajuan, long[] ditulis, long total) {
        LembarResmi s = new LembarResmi(wb, gaya, l.nama(), l.kolom().size());
        Cetak cetak = new Cetak(lap.kertas(), l);
        if (cetak.bagian.size() > 1) {
            int[] awal = cetak.bagian.getFirst();
            int[] akhir = cetak.bagian.getLast();
            s.rentangAtas = new int[] {0, awal[awal.length - 1]};
            s.rentangBawah = new int[] {akhir[cetak.tetap], akhir[akhir.length - 1]};
        }
        s.kop(lap.penerbit().kop());
        for (String j : l.judul()) {
            s.garisTeks(j, gaya.judul, s.rentangAtas);
        }
        s.baris++;
        s.kepala(l, cetak);
        s.nomorKolom();
        int akhirKepala = s.baris - 1;
        Halaman halaman = new Halaman(cetak, s.tinggi(s.barisKepalaAwal, akhirKepala), s.tinggi(0, akhirKepala));
        int awalData = s.baris;
        Lembar.Penjumlah jumlah = l.penjumlah();
        List<Lembar.Kolom> kolom = l.kolom();
        l.isi().baca(Integer.MAX_VALUE, r -> {
            if ((ditulis[0]++ & 1023) == 0) {
                kemajuan.periksa();
                kemajuan.maju(ditulis[0], total);
            }
            jumlah.tambah(r);
            Row row = s.barisIni();
            int barisTeks = 1;
            for (int i = 0; i < kolom.size(); i++) {
                Object v = i < r.length ? r[i] : null;
                s.sel(row, i, v, gaya.untuk(kolom.get(i), kolom.get(i).tebal()));
                if (v instanceof String t && kolom.get(i).rata() == Lembar.Rata.KIRI && t.length() > kolom.get(i).lebar()) {
                    barisTeks = Math.max(barisTeks, (int) Math.ceil(t.length() * 1.1 / kolom.get(i).lebar()));
                }
            }
            if (barisTeks > 1) {
                // spreadsheet programs do not grow a row for wrapped text they did not lay out themselves
                row.setHeightInPoints(Math.min(barisTeks, 6) * 12.75f);
            }
            halaman.baris(s.baris, s.tinggi(s.baris, s.baris));
            s.baris++;
        });
        int akhirData = s.baris - 1;
        if (l.barisJumlah()) {
            Object[] j = jumlah.hasil();
            Row row = s.barisIni();
            for (int i = 0; i < kolom.size(); i++) {
                s.sel(row, i, j[i], i == 1 ? gaya.tebalTengah : gaya.untuk(kolom.get(i), true));
            }
            s.baris++;
        } else {
            Row row = s.barisIni();
            s.sel(row, Math.min(1, kolom.size() - 1), l.teksJumlah(jumlah.baris()), gaya.tebalKiri);
            s.baris++;
        }
        for (String c : l.catatan()) {
            s.baris++;
            s.garisTeks(c, gaya.keterangan, s.rentangBawah);
        }
        s.tandaTangan(lap);
        halaman.akhir(akhirData - awalData + 1, akhirData, s.tinggi(akhirData + 1, s.baris - 1)).forEach(s.sheet::setRowBreak);
        for (int i = 0; i < kolom.size(); i++) {
            s.sheet.setColumnWidth(i, kolom.get(i).lebar() * 256);
        }
        s.cetak(cetak, akhirKepala);
    }

    /**
     * How a sheet goes on paper: one page wide when its columns fit at {@link #SKALA_BACA} or more; otherwise in parts
     * by groups of types (page breaks between them), No and the name printed again at the left of each part, at one
     * scale that fits the widest part. The parts follow each other as Excel and LibreOffice print by default
     * (down, then over), so each part's pages hold every row and the JUMLAH row.
     */
    static final class Cetak {
        final Kertas kertas;
        final boolean mendatar;
        final List<int[]> bagian;
        /** How many leading columns every part repeats. */
        final int tetap;
        /** The print scale of a split sheet, in percent. */
        final int skala;
        /** The width of all columns, in points. */
        final double lebarSemua;

        Cetak(Kertas kertas, Lembar l) {
            this.kertas = kertas;
            this.mendatar = l.mendatar();
            double ruang = lebarCetak(kertas, mendatar);
            this.bagian = l.bagian(ruang * 100 / SKALA_BACA, k -> titik(k.lebar()));
            int t = 0;
            if (bagian.size() > 1) {
                int[] kedua = bagian.get(1);
                while (t < kedua.length && kedua[t] == t) {
                    t++;
                }
            }
            this.tetap = t;
            double terlebar = 0;
            for (int[] b : bagian) {
                double w = 0;
                for (int i : b) {
                    w += titik(l.kolom().get(i).lebar());
                }
                terlebar = Math.max(terlebar, w);
            }
            this.skala = (int) Math.max(10, Math.min(100, Math.floor(ruang * 100 / terlebar)));
            double semua = 0;
            for (Lembar.Kolom k : l.kolom()) {
                semua += titik(k.lebar());
            }
            this.lebarSemua = semua;
        }

        /** Whether a page break follows column {@code c}: the last column of a part but the last. */
        boolean putusSetelah(int c) {
            for (int i = 0; i < bagian.size() - 1; i++) {
                int[] b = bagian.get(i);
                if (b[b.length - 1] == c) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The smallest print scale, in percent, a sheet is shrunk to on one page wide: the 10 pt text then prints at
     * 8 pt (the notes' 9 pt at 7.2), above the 7 pt under which a recap counts as unreadable. Wider sheets are split.
     */
    static final int SKALA_BACA = 80;
    /** The page margins, in inches: left, right, top, bottom. */
    private static final double[] TEPI = {0.5, 0.4, 0.5, 0.5};

    /**
     * A column of {@code karakter} characters in points, on the safe side of both: Excel draws 7 pixels a character of
     * Arial 10 plus padding (5.25 points at 96 dpi), LibreOffice the digit width of Liberation Sans 10 (5.56 points).
     */
    static double titik(int karakter) {
        return karakter * 5.6 + 4;
    }

    /** The printable width of the paper between the margins, in points. */
    static double lebarCetak(Kertas kertas, boolean mendatar) {
        // A4 210 x 297 mm, F4 215 x 330 mm
        double pendek = kertas == Kertas.F4 ? 215 : 210;
        double panjang = kertas == Kertas.F4 ? 330 : 297;
        return (mendatar ? panjang : pendek) / 25.4 * 72 - (TEPI[0] + TEPI[1]) * 72;
    }

    /** The height of rows {@code dari} to {@code sampai} in points, as written (a row without a height of its own: 13). */
    private double tinggi(int dari, int sampai) {
        double h = 0;
        for (int i = dari; i <= sampai; i++) {
            Row r = sheet.getRow(i);
            h += r == null ? TINGGI_BARIS : Math.max(TINGGI_BARIS, r.getHeightInPoints());
        }
        return h;
    }

    /** A row of one line of Arial 10, as the sheet's default row height says (Excel's own for the font), a little more. */
    private static final double TINGGI_BARIS = 13;

    /**
     * Where the pages of a long list end, estimated on the safe side (rows a little taller, pages a little shorter
     * than Excel and LibreOffice make them), so the page breaks set there are the only ones: the last rows then go
     * over with the JUMLAH line and the signatures when these would not fit under them, and a signature never
     * stands on a page of its own. Excel keeps at most 1,026 breaks a sheet: the last 1,000 pages get them (a
     * break starts a new page wherever the pages before it ended).
     */
    static final class Halaman {
        private static final int PUTUS_MAKS = 1000;
        private static final double ISI = 0.95;
        private final double tinggiHalaman;
        private final double kepala;
        private double y;
        private final java.util.ArrayDeque<Integer> putus = new java.util.ArrayDeque<>();

        /** {@code kepala}: the header rows printed on every page; {@code awal}: the rows on the first page before the data. */
        Halaman(Cetak c, double kepala, double awal) {
            double tepi = (TEPI[2] + TEPI[3]) * 72;
            double tinggi = (c.mendatar ? c.kertas.lebar() : c.kertas.tinggi()) - tepi;
            // the scale the page prints at: the split sheet's own, or the one that fits it one page wide
            double skala = c.bagian.size() > 1 ? c.skala / 100.0 : Math.min(1, lebarCetak(c.kertas, c.mendatar) / c.lebarSemua);
            this.tinggiHalaman = tinggi / skala * ISI;
            this.kepala = kepala;
            this.y = awal;
        }

        /** A data row at {@code baris}, {@code h} points high. */
        void baris(int baris, double h) {
            if (y + h > tinggiHalaman) {
                putus.add(baris - 1);
                if (putus.size() > PUTUS_MAKS) {
                    putus.poll();
                }
                y = kepala;
            }
            y += h;
        }

        /**
         * The rows after which a page ends (for {@link Sheet#setRowBreak}): none when the list fits one page, else each
         * page's, and one before the last rows when the total and signatures ({@code akhir} points) would not fit under them
         * or a page would end between them.
         */
        List<Integer> akhir(int jumlahBaris, int barisTerakhir, double akhir) {
            List<Integer> out = new ArrayList<>(putus);
            int k = PdfLaporan.BARIS_IKUT_TANDA_TANGAN;
            int pertama = barisTerakhir - k + 1;
            // as in the PDF: the last rows go over together, also when a page would end between them
            boolean terpisah = putus.stream().anyMatch(b -> b >= pertama && b < barisTerakhir);
            if ((y + akhir > tinggiHalaman || terpisah) && jumlahBaris > k) {
                out.removeIf(b -> b >= pertama - 1);
                out.add(pertama - 1);
            }
            return out;
        }
    }

    private Row barisIni() {
        Row r = sheet.getRow(baris);
        return r != null ? r : sheet.createRow(baris);
    }

    /**
     * The two header rows: every header cell merged over its span and bordered; a header over columns of two printed
     * parts merged once on each, so each page shows it.
     */
    private void kepala(Lembar l, Cetak cetak) {
        int h1 = baris;
        barisKepalaAwal = h1;
        float tinggi = 15;
        for (Lembar.Kepala k : l.kepala()) {
            int awal = k.kolom();
            for (int c = k.kolom(); c < k.kolom() + k.lebar(); c++) {
                if (c == k.kolom() + k.lebar() - 1 || cetak.putusSetelah(c)) {
                    gabung(h1 + k.baris(), h1 + k.baris() + k.tinggi() - 1, awal, c, k.teks());
                    awal = c + 1;
                }
            }
            if (k.baris() == 0 && k.tinggi() == 1) {
                int lebar = 0;
                for (int i = k.kolom(); i < k.kolom() + k.lebar(); i++) {
                    lebar += l.kolom().get(i).lebar();
                }
                int barisTeks = (int) Math.ceil(k.teks().length() * 1.1 / Math.max(1, lebar));
                tinggi = Math.max(tinggi, barisTeks * 13f + 3);
            }
        }
        sheet.getRow(h1).setHeightInPoints(tinggi);
        baris = h1 + 2;
    }

    /** A line of text across the columns {@code rentang} (first, last), merged. */
    private void garisTeks(String teks, CellStyle gaya, int[] rentang) {
        Row r = barisIni();
        Cell c = r.createCell(rentang[0]);
        c.setCellValue(teks);
        c.setCellStyle(gaya);
        if (rentang[1] > rentang[0]) {
            sheet.addMergedRegion(new CellRangeAddress(baris, baris, rentang[0], rentang[1]));
        }
        baris++;
    }

    /** The office's letterhead ({@link KopSurat}) in cells: its lines merged across, the logo at the left, a thick rule. */
    private void kop(KopSurat k) {
        int awal = baris;
        garisTeks(k.pemerintah(), gaya.judul, rentangAtas);
        garisTeks(k.instansi(), gaya.judul, rentangAtas);
        garisTeks(k.alamat(), gaya.tengah, rentangAtas);
        if (k.adaLogo()) {
            int idx = wb.addPicture(k.logo(), k.logoJpeg() ? Workbook.PICTURE_TYPE_JPEG : Workbook.PICTURE_TYPE_PNG);
            ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
            anchor.setCol1(0);
            anchor.setRow1(awal);
            anchor.setCol2(1);
            anchor.setRow2(awal + 3);
            sheet.createDrawingPatriarch().createPicture(anchor, idx);
        }
        Row r = barisIni();
        for (int i = rentangAtas[0]; i <= rentangAtas[1]; i++) {
            r.createCell(i).setCellStyle(gaya.garisKop);
        }
        baris += 2;
    }

    private void sel(Row r, int kolomKe, Object nilai, CellStyle g) {
        Cell c = r.createCell(kolomKe);
        if (nilai instanceof Number n) {
            c.setCellValue(n.doubleValue());
        } else if (nilai != null) {
            // text stays text: a NIK in a number cell would keep only 15 digits
            c.setCellValue(nilai.toString());
        }
        c.setCellStyle(g);
    }

    /** Merges a header range and borders every cell of it. */
    private void gabung(int r1, int r2, int c1, int c2, String teks) {
        for (int r = r1; r <= r2; r++) {
            Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
            for (int c = c1; c <= c2; c++) {
                Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
                cell.setCellStyle(gaya.kepala);
            }
        }
        sheet.getRow(r1).getCell(c1).setCellValue(teks);
        if (r1 != r2 || c1 != c2) {
            sheet.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
        }
    }

    /** The column-number row: (1) (2) (3) ... */
    private void nomorKolom() {
        Row r = barisIni();
        for (int i = 0; i < kolom; i++) {
            sel(r, i, "(" + (i + 1) + ")", gaya.kepala);
        }
        baris++;
    }

    /** The signature blocks as lines of text: left (may be empty) and right, one array per line. */
    static List<String[]> blokTandaTangan(Laporan lap) {
        String tempat = lap.penerbit().tempat() + ", " + TanggalIndonesia.tanggal(lap.tanggal());
        String[][] blok = lap.penerbit().blok(lap.penandatangan());
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {"", tempat});
        for (int i = 0; i < 5; i++) {
            out.add(new String[] {blok[0][i], blok[1][i]});
        }
        return out;
    }

    /** Place and date at the right; Mengetahui, Camat at the left; the Kasi Kesos at the right. */
    private void tandaTangan(Laporan lap) {
        baris += 2;
        // within the columns of the last printed part, so the signatures stand under the rows they sign
        int n = rentangBawah[1] - rentangBawah[0] + 1;
        int kiriAwal = rentangBawah[0];
        int kiriAkhir = kiriAwal + Math.max(0, n / 3 - 1);
        int kananAwal = Math.max(kiriAkhir + 1, rentangBawah[1] + 1 - Math.max(1, n / 3));
        int kananAkhir = rentangBawah[1];
        int[][] rentang = {{kiriAwal, kiriAkhir}, {kananAwal, kananAkhir}};
        List<String[]> blok = blokTandaTangan(lap);
        for (int i = 0; i < blok.size(); i++) {
            if (i == 3) {
                baris += 3; // room to sign
            }
            Row r = barisIni();
            for (int b = 0; b < 2; b++) {
                String t = blok.get(i)[b];
                if (t == null || t.isEmpty()) {
                    continue;
                }
                sel(r, rentang[b][0], t, i == 3 ? gaya.namaTtd : gaya.tengah);
                if (rentang[b][1] > rentang[b][0]) {
                    sheet.addMergedRegion(new CellRangeAddress(baris, baris, rentang[b][0], rentang[b][1]));
                }
            }
            baris++;
        }
    }

    /**
     * Landscape or portrait, the paper, margins; one page wide, or in the parts of {@link Cetak} with page breaks
     * between them and No and the name repeated (print titles); header rows repeated, header frozen.
     */
    private void cetak(Cetak c, int barisKepalaAkhir) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(c.mendatar);
        ps.setPaperSize(c.kertas == Kertas.F4 ? PrintSetup.FOLIO8_PAPERSIZE : PrintSetup.A4_PAPERSIZE);
        sheet.setMargin(Sheet.LeftMargin, TEPI[0]);
        sheet.setMargin(Sheet.RightMargin, TEPI[1]);
        sheet.setMargin(Sheet.TopMargin, TEPI[2]);
        sheet.setMargin(Sheet.BottomMargin, TEPI[3]);
        if (c.bagian.size() == 1) {
            sheet.setFitToPage(true);
            ps.setFitWidth((short) 1);
            ps.setFitHeight((short) 0);
            sheet.setHorizontallyCenter(true);
        } else {
            // a fit-to-pages sheet ignores page breaks (Excel): a fixed scale instead
            sheet.setFitToPage(false);
            ps.setScale((short) c.skala);
            for (int i = 0; i < kolom; i++) {
                if (c.putusSetelah(i)) {
                    sheet.setColumnBreak(i);
                }
            }
            if (c.tetap > 0) {
                sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, c.tetap - 1));
            }
        }
        sheet.setRepeatingRows(new CellRangeAddress(barisKepalaAwal, barisKepalaAkhir, -1, -1));
        sheet.createFreezePane(Math.min(2, kolom), barisKepalaAkhir + 1);
    }
}
