package id.kesos.core.rekap;

import id.kesos.core.i18n.Messages;
import id.kesos.core.Kemajuan;
import id.kesos.core.cetak.Tata;
import id.kesos.core.cetak.Tata.Rata;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Writes a {@link Laporan} as PDF, for offices without a spreadsheet program: the same kop, titles,
 * two-row header, column numbers, rows, JUMLAH row and signatures as the Excel file; the header
 * repeats on every page. A sheet too wide for the page at a readable size (the per-desa recap's 88 columns) is
 * printed in parts by groups of types, No and Desa and the JUMLAH row on each, the signatures after the last.
 */
public final class PdfLaporan {
    private static final float PAD = 2f;
    /** A table's text size when its columns fit the page; never larger. */
    private static final float UKURAN_MAKS = 9f;
    /**
     * The size below which a sheet's columns are split into parts rather than drawn smaller: 8 pt, a point above the
     * 7 pt under which a recap counts as unreadable on paper.
     */
    static final float UKURAN_BACA = 8f;
    /** The last rows of a sheet that go over to the next page with the signature block rather than leave it alone. */
    static final int BARIS_IKUT_TANDA_TANGAN = 3;

    private PdfLaporan() {
    }

    public static void tulis(Laporan lap, OutputStream out, Kemajuan kemajuan) throws IOException {
        try (Tata t = new Tata(lap.kertas(), lap.lembar().isEmpty() || lap.lembar().getFirst().mendatar())) {
            long total = lap.lembar().stream().mapToLong(Lembar::perkiraanBaris).filter(n -> n >= 0).sum();
            long[] ditulis = {0};
            boolean pertama = true;
            for (Lembar l : lap.lembar()) {
                t.arah(l.mendatar());
                List<int[]> bagian = bagian(t, l);
                float ukuran = ukuran(t, l, bagian);
                for (int b = 0; b < bagian.size(); b++) {
                    if (!pertama) {
                        t.halamanBaru();
                    }
                    pertama = false;
                    new Halaman(t, lap, l, bagian.get(b), ukuran, b, bagian.size()).tulis(kemajuan, b == 0 ? ditulis : new long[] {1}, total);
                }
            }
            kemajuan.periksa();
            try (PDDocument doc = t.selesai(id.kesos.core.i18n.Messages.dok("dok.cetak.halaman"))) {
                doc.save(out);
            }
        }
    }

    /** The size of a table's text when all its columns share the width: a character of Arial 10 in Excel is about 5.3 points wide. */
    private static float ukuranUntuk(float lebar, double karakter) {
        return (float) Math.min(UKURAN_MAKS, lebar / Math.max(1, karakter) * 1.75f);
    }

    /**
     * The sheet's columns on one page when they fit at {@link #UKURAN_BACA}; otherwise in parts by groups of types,
     * No and the name repeated on each (the per-desa recap's 26 types: three parts on A4).
     */
    static List<int[]> bagian(Tata t, Lembar l) {
        double karakter = l.kolom().stream().mapToInt(Lembar.Kolom::lebar).sum();
        if (ukuranUntuk(t.lebar(), karakter) >= UKURAN_BACA) {
            return l.bagian(Double.MAX_VALUE, Lembar.Kolom::lebar);
        }
        return l.bagian(t.lebar() * 1.75 / UKURAN_BACA, Lembar.Kolom::lebar);
    }

    /** One size for every part of a sheet, so its pages read alike: the widest part's. */
    private static float ukuran(Tata t, Lembar l, List<int[]> bagian) {
        float u = UKURAN_MAKS;
        for (int[] b : bagian) {
            double karakter = 0;
            for (int i : b) {
                karakter += l.kolom().get(i).lebar();
            }
            u = Math.min(u, ukuranUntuk(t.lebar(), karakter));
        }
        // a group wider than the page on its own still draws, smaller, rather than off the page
        return Math.max(4f, u);
    }

    /** One part of a sheet (all of it, or a group of its columns) laid out over as many pages as it needs. */
    private static final class Halaman {
        private final Tata t;
        private final Laporan lap;
        private final Lembar l;
        /** The sheet's columns on this part, in order. */
        private final int[] kol;
        private final float[] lebar;
        private final float ukuran;
        private final int ke;
        private final int dari;

        Halaman(Tata t, Laporan lap, Lembar l, int[] kol, float ukuran, int ke, int dari) {
            this.t = t;
            this.lap = lap;
            this.l = l;
            this.kol = kol;
            this.ukuran = ukuran;
            this.ke = ke;
            this.dari = dari;
            int karakter = 0;
            for (int i : kol) {
                karakter += l.kolom().get(i).lebar();
            }
            // every part spreads to the margins, its text at the sheet's one size (a part of few columns not wider
            // than twice its text needs)
            float perKarakter = t.lebar() / Math.max(1, karakter);
            if (dari > 1) {
                perKarakter = Math.min(perKarakter, 2 * ukuran / 1.75f);
            }
            this.lebar = new float[kol.length];
            for (int i = 0; i < lebar.length; i++) {
                lebar[i] = l.kolom().get(kol[i]).lebar() * perKarakter;
            }
        }

        private boolean terakhir() {
            return ke == dari - 1;
        }

        void tulis(Kemajuan kemajuan, long[] ditulis, long total) {
            if (ke == 0) {
                lap.penerbit().kop().gambar(t);
            }
            for (String j : l.judul()) {
                t.paragraf(j, t.tebal, 11f, Rata.TENGAH, t.kiri);
            }
            if (dari > 1) {
                t.paragraf(Messages.dok("dok.rekap.bagian", ke + 1, dari), t.biasa, 8f, Rata.TENGAH, t.kiri);
            }
            t.spasi(8f);
            kepala();
            Lembar.Penjumlah jumlah = l.penjumlah();
            // the last rows wait: they go with the total, the notes and the signatures, so a signature never stands
            // on a page of its own, apart from the list it signs
            java.util.ArrayDeque<Object[]> tunda = new java.util.ArrayDeque<>();
            int ikut = terakhir() ? BARIS_IKUT_TANDA_TANGAN : 0;
            l.isi().baca(Integer.MAX_VALUE, r -> {
                if ((ditulis[0]++ & 1023) == 0) {
                    kemajuan.periksa();
                    kemajuan.maju(ditulis[0], total);
                }
                jumlah.tambah(r);
                tunda.add(r.clone());
                if (tunda.size() > ikut) {
                    baris(tunda.poll(), t.biasa);
                }
            });
            Object[] hasil = jumlah.hasil();
            String teksJumlah = l.teksJumlah(jumlah.baris());
            if (terakhir()) {
                float akhir = l.barisJumlah() ? tinggi(hasil, t.tebal) : 3f + t.bungkus(teksJumlah, t.tebal, ukuran + 1, t.lebar()).size()
                        * Tata.tinggiBaris(ukuran + 1);
                for (Object[] r : tunda) {
                    akhir += tinggi(r, t.biasa);
                }
                for (String c : l.catatan()) {
                    akhir += 4f + t.bungkus(c, t.biasa, 7.5f, t.lebar()).size() * Tata.tinggiBaris(7.5f);
                }
                akhir += tinggiTandaTangan();
                if (!t.muat(akhir) && !tunda.isEmpty()) {
                    t.halamanBaru();
                    kepala();
                }
                for (Object[] r : tunda) {
                    baris(r, t.biasa);
                }
            }
            if (l.barisJumlah()) {
                baris(hasil, t.tebal);
            } else {
                t.spasi(3f);
                t.paragraf(teksJumlah, t.tebal, ukuran + 1, Rata.KIRI, t.kiri);
            }
            if (terakhir()) {
                for (String c : l.catatan()) {
                    t.spasi(4f);
                    t.paragraf(c, t.biasa, 7.5f, Rata.KIRI, t.kiri);
                }
                tandaTangan();
            }
        }

        private float x(int kolom) {
            float x = t.kiri;
            for (int i = 0; i < kolom; i++) {
                x += lebar[i];
            }
            return x;
        }

        private float lebar(int kolom, int n) {
            float w = 0;
            for (int i = kolom; i < kolom + n; i++) {
                w += lebar[i];
            }
            return w;
        }

        /** Where the sheet's column {@code kolom} stands on this part, or -1. */
        private int posisi(int kolom) {
            for (int i = 0; i < kol.length; i++) {
                if (kol[i] == kolom) {
                    return i;
                }
            }
            return -1;
        }

        /** The two header rows and the column-number row; drawn again at the top of every new page. */
        private void kepala() {
            float lh = Tata.tinggiBaris(ukuran);
            float h0 = lh + 2 * PAD;
            float h1 = lh + 2 * PAD;
            List<List<String>> teks = new ArrayList<>();
            List<Lembar.Kepala> kepala = new ArrayList<>();
            List<Integer> mulai = new ArrayList<>();
            for (Lembar.Kepala k : l.kepala()) {
                // a header over columns of several parts is drawn over its columns on each
                int p = -1;
                int n = 0;
                for (int c = k.kolom(); c < k.kolom() + k.lebar(); c++) {
                    int q = posisi(c);
                    if (q >= 0) {
                        p = p < 0 ? q : p;
                        n++;
                    }
                }
                if (n > 0) {
                    kepala.add(new Lembar.Kepala(k.baris(), k.kolom(), k.tinggi(), n, k.teks()));
                    mulai.add(p);
                }
            }
            for (int i = 0; i < kepala.size(); i++) {
                Lembar.Kepala k = kepala.get(i);
                // wrapped at spaces only: a word is never cut into letters; one too wide is drawn smaller instead
                List<String> b = t.bungkusKata(k.teks(), t.tebal, ukuran, lebar(mulai.get(i), k.lebar()) - 2 * PAD);
                teks.add(b);
                float h = b.size() * lh + 2 * PAD;
                if (k.tinggi() == 1 && k.baris() == 0) {
                    h0 = Math.max(h0, h);
                } else if (k.tinggi() == 1) {
                    h1 = Math.max(h1, h);
                }
            }
            for (int i = 0; i < kepala.size(); i++) {
                Lembar.Kepala k = kepala.get(i);
                if (k.tinggi() == 2) {
                    h0 = Math.max(h0, teks.get(i).size() * lh + 2 * PAD - h1);
                }
            }
            float hNo = lh + 2 * PAD;
            t.pastikan(h0 + h1 + hNo + 3 * lh);
            float atas = t.y;
            for (int i = 0; i < kepala.size(); i++) {
                Lembar.Kepala k = kepala.get(i);
                float y = k.baris() == 0 ? atas : atas - h0;
                float h = k.tinggi() == 2 ? h0 + h1 : k.baris() == 0 ? h0 : h1;
                kotak(x(mulai.get(i)), y, lebar(mulai.get(i), k.lebar()), h, teks.get(i), t.tebal, Rata.TENGAH, ukuran);
            }
            float y = atas - h0 - h1;
            // the column numbers of the whole sheet, as in the workbook: part 2 goes on from where part 1 stopped
            List<List<String>> nomor = new ArrayList<>();
            for (int i : kol) {
                nomor.add(List.of("(" + (i + 1) + ")"));
            }
            float uNomor = ukuranBersama(nomor, t.tebal);
            for (int i = 0; i < lebar.length; i++) {
                kotak(x(i), y, lebar[i], hNo, nomor.get(i), t.tebal, Rata.TENGAH, uNomor);
            }
            t.y = y - hNo;
        }

        /** The lines of each cell of row {@code r}: numbers on one line (drawn smaller when the column is narrow), text wrapped. */
        private List<List<String>> sel(Object[] r, PDFont f) {
            List<List<String>> sel = new ArrayList<>();
            for (int i = 0; i < lebar.length; i++) {
                Object v = kol[i] < r.length ? r[kol[i]] : null;
                String s = v instanceof Number x ? String.format(java.util.Locale.forLanguageTag("id"), "%,d", x.longValue())
                        : v == null ? "" : v.toString();
                sel.add(v instanceof Number ? List.of(s) : t.bungkusKata(s, f, ukuran, lebar[i] - 2 * PAD));
            }
            return sel;
        }

        private float tinggi(List<List<String>> sel) {
            int n = 1;
            for (List<String> b : sel) {
                n = Math.max(n, b.size());
            }
            return n * Tata.tinggiBaris(ukuran) + 2 * PAD;
        }

        private float tinggi(Object[] r, PDFont f) {
            return tinggi(sel(r, f));
        }

        private void baris(Object[] r, PDFont f) {
            List<List<String>> sel = sel(r, f);
            float h = tinggi(sel);
            if (!t.muat(h)) {
                t.halamanBaru();
                kepala();
            }
            // the numbers of a row share one size: a narrow column's 3-digit count is not drawn smaller than its neighbours
            List<List<String>> angka = new ArrayList<>();
            for (int i = 0; i < lebar.length; i++) {
                angka.add(kol[i] < r.length && r[kol[i]] instanceof Number ? sel.get(i) : List.of());
            }
            float uAngka = Math.min(ukuranBersama(angka, t.tebal), ukuranBersama(angka, f));
            for (int i = 0; i < lebar.length; i++) {
                Lembar.Kolom k = l.kolom().get(kol[i]);
                Rata rata = kol[i] == 1 && f == t.tebal && Lembar.JUMLAH.equals(r[1]) ? Rata.TENGAH : switch (k.rata()) {
                    case KIRI -> Rata.KIRI;
                    case TENGAH -> Rata.TENGAH;
                    case KANAN -> Rata.KANAN;
                };
                boolean nomor = kol[i] < r.length && r[kol[i]] instanceof Number;
                kotak(x(i), t.y, lebar[i], h, sel.get(i), k.tebal() ? t.tebal : f, rata, nomor ? uAngka : ukuran);
            }
            t.y -= h;
        }

        /** The largest size, at most {@link #ukuran}, at which every line of these cells fits its column. */
        private float ukuranBersama(List<List<String>> sel, PDFont f) {
            float u = ukuran;
            for (int i = 0; i < sel.size(); i++) {
                for (String s : sel.get(i)) {
                    float sw = t.ukur(s, f, ukuran);
                    if (sw > lebar[i] - 2 * PAD && sw > 0) {
                        u = Math.min(u, ukuran * (lebar[i] - 2 * PAD) / sw);
                    }
                }
            }
            return u;
        }

        /** A bordered cell with its lines of text at {@code ukuranTeks} (smaller where a line is too wide), vertically centred. */
        private void kotak(float x, float atas, float w, float h, List<String> baris, PDFont f, Rata rata, float ukuranTeks) {
            float lh = Tata.tinggiBaris(ukuran);
            float ty = atas - (h - baris.size() * lh) / 2;
            for (String s : baris) {
                ty -= lh;
                float size = ukuranTeks;
                float sw = t.ukur(s, f, size);
                if (sw > w - 2 * PAD && sw > 0) {
                    size = size * (w - 2 * PAD) / sw;
                    sw = t.ukur(s, f, size);
                }
                float px = switch (rata) {
                    case KIRI -> x + PAD;
                    case TENGAH -> x + (w - sw) / 2;
                    case KANAN -> x + w - PAD - sw;
                };
                t.tulis(s, f, size, px, ty + ukuran * 0.3f);
            }
            t.garis(x, atas, x + w, atas, 0.5f);
            t.garis(x, atas - h, x + w, atas - h, 0.5f);
            t.garis(x, atas, x, atas - h, 0.5f);
            t.garis(x + w, atas, x + w, atas - h, 0.5f);
        }

        private static final float TANDA_TANGAN_PT = 10f;

        /** The room the signature blocks take: the space above them, their lines and the room to sign. */
        private float tinggiTandaTangan() {
            return 16f + Tata.tinggiBaris(TANDA_TANGAN_PT) * (LembarResmi.blokTandaTangan(lap).size() + 4);
        }

        /** Place and date, then the signature blocks at the left and the right; kept together on one page. */
        private void tandaTangan() {
            List<String[]> blok = LembarResmi.blokTandaTangan(lap);
            float size = TANDA_TANGAN_PT;
            float lh = Tata.tinggiBaris(size);
            t.spasi(16f);
            t.pastikan(lh * (blok.size() + 4));
            float sepertiga = t.lebar() / 3;
            float[] tengah = {t.kiri + sepertiga / 2, t.kanan - sepertiga / 2};
            for (int i = 0; i < blok.size(); i++) {
                if (i == 3) {
                    t.spasi(lh * 3.5f); // room to sign
                }
                t.spasi(lh);
                for (int b = 0; b < 2; b++) {
                    String s = blok.get(i)[b];
                    if (s == null || s.isEmpty()) {
                        continue;
                    }
                    PDFont f = i == 3 ? t.tebal : t.biasa;
                    float w = t.ukur(s, f, size);
                    float x = tengah[b] - w / 2;
                    t.tulis(s, f, size, x, t.y + size * 0.3f);
                    if (i == 3) {
                        t.garis(x, t.y + size * 0.3f - 1.5f, x + w, t.y + size * 0.3f - 1.5f, 0.6f);
                    }
                }
            }
        }
    }
}
