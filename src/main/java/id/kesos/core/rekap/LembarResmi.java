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
 * wide, header rows repeated, gridlines off, header frozen. Rows are written in order only, so the
 * workbook may be a streaming one. Column widths are fixed (no autosize: it needs AWT fonts).
 */
final class LembarResmi {
    private final Workbook wb;
    private final Sheet sheet;
    private final int kolom;
    private final Gaya gaya;
    private int baris;
    private int barisKepalaAwal;

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
            keterangan = gaya(wb, font(wb, false, false, 8), HorizontalAlignment.LEFT, false);
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
        sheet.setDisplayGridlines(false);
        sheet.setPrintGridlines(false);
    }

    /** Writes the whole sheet; {@code ditulis} counts rows over the whole recap, for the progress bar. */
    static void tulis(Workbook wb, Gaya gaya, Laporan lap, Lembar l, Kemajuan kemajuan, long[] ditulis, long total) {
        LembarResmi s = new LembarResmi(wb, gaya, l.nama(), l.kolom().size());
        s.kop(lap.profil().kopSurat());
        for (String j : l.judul()) {
            s.garisTeks(j, gaya.judul);
        }
        s.baris++;
        s.kepala(l);
        s.nomorKolom();
        int akhirKepala = s.baris - 1;
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
            s.baris++;
        });
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
            s.garisTeks(c, gaya.keterangan);
        }
        s.tandaTangan(lap.profil(), lap);
        for (int i = 0; i < kolom.size(); i++) {
            s.sheet.setColumnWidth(i, kolom.get(i).lebar() * 256);
        }
        s.cetak(lap.kertas(), l.mendatar(), akhirKepala, Math.min(2, kolom.size()));
    }

    private Row barisIni() {
        Row r = sheet.getRow(baris);
        return r != null ? r : sheet.createRow(baris);
    }

    /** The two header rows: every header cell merged over its span and bordered. */
    private void kepala(Lembar l) {
        int h1 = baris;
        barisKepalaAwal = h1;
        float tinggi = 15;
        for (Lembar.Kepala k : l.kepala()) {
            gabung(h1 + k.baris(), h1 + k.baris() + k.tinggi() - 1, k.kolom(), k.kolom() + k.lebar() - 1, k.teks());
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

    /** A line of text across the whole width, merged. */
    private void garisTeks(String teks, CellStyle gaya) {
        Row r = barisIni();
        Cell c = r.createCell(0);
        c.setCellValue(teks);
        c.setCellStyle(gaya);
        if (kolom > 1) {
            sheet.addMergedRegion(new CellRangeAddress(baris, baris, 0, kolom - 1));
        }
        baris++;
    }

    /** The office's letterhead ({@link KopSurat}) in cells: its lines merged across, the logo at the left, a thick rule. */
    private void kop(KopSurat k) {
        int awal = baris;
        garisTeks(k.pemerintah(), gaya.judul);
        garisTeks(k.instansi(), gaya.judul);
        garisTeks(k.alamat(), gaya.tengah);
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
        for (int i = 0; i < kolom; i++) {
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
    static List<String[]> blokTandaTangan(ProfilKantor p, Laporan lap) {
        Kantor k = p.kantor();
        String tempat = p.kecamatan().nama() + ", " + TanggalIndonesia.tanggal(lap.tanggal());
        String[] camat = {Messages.dok("dok.mengetahui"), Messages.dok("dok.ttd.camat", p.kecamatan().nama().toUpperCase(Locale.ROOT)),
            k.namaCamat(), k.pangkatCamat(), Messages.dok("dok.nip", id.kesos.core.validasi.NipValidator.tampil(k.nipCamat()))};
        String[] kasi = {"", Messages.dok("dok.ttd.kasi"), k.namaKasie(), k.pangkatKasie(), Messages.dok("dok.nip", id.kesos.core.validasi.NipValidator.tampil(k.nipKasie()))};
        String[] kiri;
        String[] kanan;
        switch (lap.penandatangan()) {
            case KASI -> {
                kiri = new String[5];
                kanan = kasi;
            }
            case CAMAT -> {
                kiri = new String[5];
                kanan = camat.clone();
                kanan[0] = "";
            }
            default -> {
                kiri = camat;
                kanan = kasi;
            }
        }
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {"", tempat});
        for (int i = 0; i < 5; i++) {
            out.add(new String[] {kiri[i], kanan[i]});
        }
        return out;
    }

    /** Place and date at the right; Mengetahui, Camat at the left; the Kasi Kesos at the right. */
    private void tandaTangan(ProfilKantor p, Laporan lap) {
        baris += 2;
        int kiriAwal = 0;
        int kiriAkhir = Math.max(0, kolom / 3 - 1);
        int kananAwal = Math.max(kiriAkhir + 1, kolom - Math.max(1, kolom / 3));
        int kananAkhir = kolom - 1;
        int[][] rentang = {{kiriAwal, kiriAkhir}, {kananAwal, kananAkhir}};
        List<String[]> blok = blokTandaTangan(p, lap);
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

    /** Landscape or portrait, the paper, one page wide, header rows repeated, header frozen. */
    private void cetak(Kertas kertas, boolean mendatar, int barisKepalaAkhir, int kolomBeku) {
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
