package id.kesos.core.rekap;

import id.kesos.core.cetak.Kertas;
import id.kesos.core.kantor.ProfilKantor;
import id.kesos.core.pmks.JenisPmks;
import id.kesos.core.rekap.AngkaPmks.Sel;
import id.kesos.core.wilayah.Wilayah;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The built-in PMKS recaps as .xlsx: per desa (types across) and per type (types down). */
public final class RekapPmksExcel {
    private RekapPmksExcel() {
    }

    /** What a recap is made of: the office, the types, the counts, the year, the options. */
    public record Data(ProfilKantor profil, List<JenisPmks> jenis, AngkaPmks angka, int tahun, boolean termasukUsulan, Kertas kertas,
            LocalDate tanggal) {
    }

    static String judulTahun(Data d) {
        return "KECAMATAN " + d.profil().kecamatan().nama().toUpperCase(Locale.ROOT) + " " + d.profil().kabupaten().nama()
                .toUpperCase(Locale.ROOT) + " TAHUN " + d.tahun() + (d.termasukUsulan() ? " (TERVERIFIKASI DAN USULAN)" : "");
    }

    private static int lebarJenis(JenisPmks j) {
        return j.perKk() ? 4 : 3;
    }

    /**
     * Rows: every desa/kelurahan in Kemendagri code order (zero rows included); for each type L | P |
     * Jml (and KK for types counted in families); then Jumlah L | Jumlah P | Total; a JUMLAH row.
     */
    public static void perDesa(Data d, OutputStream out) throws IOException {
        int kolom = 2 + d.jenis().stream().mapToInt(RekapPmksExcel::lebarJenis).sum() + 3;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            LembarResmi s = new LembarResmi(wb, "Rekap PMKS per desa", kolom);
            int h1 = s.pembuka(d.profil(), "REKAPITULASI DATA PMKS/PPKS PER DESA/KELURAHAN", judulTahun(d), "Desa/Kelurahan");
            int c = 2;
            for (JenisPmks j : d.jenis()) {
                int w = lebarJenis(j);
                s.gabung(h1, h1, c, c + w - 1, j.nomor() + ". " + j.nama());
                s.gabung(h1 + 1, h1 + 1, c, c, "L");
                s.gabung(h1 + 1, h1 + 1, c + 1, c + 1, "P");
                s.gabung(h1 + 1, h1 + 1, c + 2, c + 2, "Jml");
                if (j.perKk()) {
                    s.gabung(h1 + 1, h1 + 1, c + 3, c + 3, "KK");
                }
                c += w;
            }
            s.gabung(h1, h1, c, c + 2, "JUMLAH");
            s.gabung(h1 + 1, h1 + 1, c, c, "L");
            s.gabung(h1 + 1, h1 + 1, c + 1, c + 1, "P");
            s.gabung(h1 + 1, h1 + 1, c + 2, c + 2, "Total");
            s.sheet.getRow(h1).setHeightInPoints(54);
            s.baris = h1 + 2;
            s.nomorKolom();
            int akhirKepala = s.baris - 1;
            long[] total = new long[kolom];
            int no = 0;
            for (Wilayah w : d.profil().desa()) {
                Row r = s.baris();
                s.sel(r, 0, ++no, s.tengahGaris());
                s.sel(r, 1, w.nama(), s.biasa);
                long l = 0;
                long p = 0;
                long jml = 0;
                c = 2;
                for (JenisPmks j : d.jenis()) {
                    Sel x = d.angka().sel(w.kode(), j.kode());
                    long[] nilai = j.perKk() ? new long[] {x.l(), x.p(), x.jumlah(), x.kk()} : new long[] {x.l(), x.p(), x.jumlah()};
                    for (long v : nilai) {
                        s.sel(r, c, v, s.angka);
                        total[c++] += v;
                    }
                    l += x.l();
                    p += x.p();
                    jml += x.jumlah();
                }
                for (long v : new long[] {l, p, jml}) {
                    s.sel(r, c, v, s.tebalAngka);
                    total[c++] += v;
                }
                s.baris++;
            }
            s.barisJumlah(total);
            if (d.angka().adaKelompok()) {
                s.baris++;
                s.garisTeks("Catatan: kelompok (Komunitas Adat Terpencil, Kelompok Minoritas) dihitung pada Jml dan KK tanpa rincian L/P.",
                        wb.createCellStyle());
            }
            s.penutup(d.profil(), d.tanggal(), 22, 5, d.kertas(), true, akhirKepala);
            wb.write(out);
        }
    }

    /** Rows: the 26 types in official order: No | Jenis PMKS | L | P | Jumlah | KK; a JUMLAH row. */
    public static void perJenis(Data d, OutputStream out) throws IOException {
        int kolom = 6;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            LembarResmi s = new LembarResmi(wb, "Rekap PMKS per jenis", kolom);
            int h1 = s.pembuka(d.profil(), "REKAPITULASI DATA PMKS/PPKS PER JENIS", judulTahun(d), "Jenis PMKS/PPKS");
            s.gabung(h1, h1, 2, 4, "Jumlah Jiwa");
            s.gabung(h1 + 1, h1 + 1, 2, 2, "L");
            s.gabung(h1 + 1, h1 + 1, 3, 3, "P");
            s.gabung(h1 + 1, h1 + 1, 4, 4, "Jumlah");
            s.gabung(h1, h1 + 1, 5, 5, "KK");
            s.baris = h1 + 2;
            s.nomorKolom();
            int akhirKepala = s.baris - 1;
            long[] total = new long[kolom];
            for (JenisPmks j : d.jenis()) {
                Sel x = d.angka().jenis(j.kode());
                Row r = s.baris();
                s.sel(r, 0, j.nomor(), s.tengahGaris());
                s.sel(r, 1, j.nama(), s.biasa);
                long[] nilai = {x.l(), x.p(), x.jumlah(), j.perKk() ? x.kk() : 0};
                for (int i = 0; i < 4; i++) {
                    if (i == 3 && !j.perKk()) {
                        s.sel(r, 5, "-", s.tengahGaris());
                        continue;
                    }
                    s.sel(r, 2 + i, nilai[i], s.angka);
                    total[2 + i] += nilai[i];
                }
                s.baris++;
            }
            s.barisJumlah(total);
            s.penutup(d.profil(), d.tanggal(), 58, 11, d.kertas(), false, akhirKepala);
            wb.write(out);
        }
    }
}
