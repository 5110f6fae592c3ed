package id.kesos.core.cetak;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A small page-layout writer over PDFBox: paragraphs that wrap and flow over pages line by line
 * (a line is never cut), tables whose rows stay whole and whose header repeats on every page, and
 * "Halaman x dari y" at the foot of every page. Fonts (Liberation Sans, metric-compatible with Arial)
 * are embedded, so every PC prints the same.
 */
public final class Tata implements AutoCloseable {
    public enum Rata { KIRI, TENGAH, KANAN }

    public static final float CM = 72f / 2.54f;

    /** Page contents go to a temporary file, not the heap: a name list of thousands of pages prints within the app's memory. */
    public final PDDocument doc = new PDDocument(org.apache.pdfbox.io.MemoryUsageSetting.setupTempFileOnly()
            .setTempDir(id.kesos.core.db.Sementara.folder().toFile()).streamCache);
    public final PDFont biasa;
    public final PDFont tebal;
    public final PDFont miring;
    private final Kertas kertas;
    public final float kiri = 2.5f * CM;
    public float kanan;
    private float atas;
    private float lebarHalaman;
    private float tinggiHalaman;
    private final float bawah = 2.2f * CM;
    private PDPage halaman;
    private PDPageContentStream isi;
    public float y;

    public Tata(Kertas kertas) {
        this(kertas, false);
    }

    /** A document on {@code kertas}, its first page landscape when {@code mendatar}. */
    public Tata(Kertas kertas, boolean mendatar) {
        this.kertas = kertas;
        arah(mendatar);
        try {
            biasa = font("LiberationSans-Regular.ttf");
            tebal = font("LiberationSans-Bold.ttf");
            miring = font("LiberationSans-Italic.ttf");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        halamanBaru();
    }

    private PDFont font(String nama) throws IOException {
        try (InputStream in = Tata.class.getResourceAsStream("/id/kesos/pdf/" + nama)) {
            return PDType0Font.load(doc, in);
        }
    }

    /** Pages started from now on are landscape when {@code mendatar}, portrait otherwise. */
    public void arah(boolean mendatar) {
        lebarHalaman = mendatar ? kertas.tinggi() : kertas.lebar();
        tinggiHalaman = mendatar ? kertas.lebar() : kertas.tinggi();
        kanan = lebarHalaman - 2f * CM;
        atas = tinggiHalaman - 1.5f * CM;
    }

    /** True when {@code tinggi} points still fit on this page. */
    public boolean muat(float tinggi) {
        return y - tinggi >= bawah;
    }

    public float lebar() {
        return kanan - kiri;
    }

    public void halamanBaru() {
        try {
            if (isi != null) {
                isi.close();
            }
            halaman = new PDPage(new PDRectangle(lebarHalaman, tinggiHalaman));
            doc.addPage(halaman);
            isi = new PDPageContentStream(doc, halaman);
            y = atas;
            if (tandaAir != null) {
                halamanTandaAir.put(doc.getNumberOfPages() - 1, tandaAir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a new page unless {@code tinggi} points still fit on this one. */
    public void pastikan(float tinggi) {
        if (y - tinggi < bawah) {
            halamanBaru();
        }
    }

    public void spasi(float h) {
        y -= h;
    }

    public static float tinggiBaris(float size) {
        return size * 1.35f;
    }

    public float ukur(String s, PDFont f, float size) {
        try {
            return f.getStringWidth(bersih(s)) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Printable text: tabs as spaces, other control characters dropped (the font has no glyph for them). */
    public static String bersih(String s) {
        return s == null ? "" : s.replace('\t', ' ').replaceAll("[\\p{Cntrl}&&[^\n]]", "");
    }

    /** {@code teks} broken into lines of at most {@code lebar} points; line breaks in the text are kept. */
    public List<String> bungkus(String teks, PDFont f, float size, float lebar) {
        return bungkus(teks, f, size, lebar, true);
    }

    /**
     * {@code teks} broken into lines at spaces only: a word wider than {@code lebar} stands alone on its line, whole
     * (a table cell draws it smaller), never cut into "Penyanda/ng".
     */
    public List<String> bungkusKata(String teks, PDFont f, float size, float lebar) {
        return bungkus(teks, f, size, lebar, false);
    }

    private List<String> bungkus(String teks, PDFont f, float size, float lebar, boolean potongKata) {
        List<String> out = new ArrayList<>();
        for (String par : bersih(teks).split("\n", -1)) {
            StringBuilder baris = new StringBuilder();
            // without cutting words, a line may also end after a slash: "Desa/" over "Kelurahan"
            for (String kata : par.split(potongKata ? " +" : " +|(?<=/)(?=\\p{L})")) {
                if (kata.isEmpty()) {
                    continue;
                }
                boolean sambung = !baris.isEmpty() && baris.charAt(baris.length() - 1) == '/';
                String coba = baris.isEmpty() ? kata : baris + (sambung ? "" : " ") + kata;
                if (ukur(coba, f, size) <= lebar) {
                    baris.setLength(0);
                    baris.append(coba);
                    continue;
                }
                if (!baris.isEmpty()) {
                    out.add(baris.toString());
                    baris.setLength(0);
                }
                // a word wider than the line is cut where it has to be
                while (potongKata && ukur(kata, f, size) > lebar) {
                    int n = kata.length() - 1;
                    while (n > 1 && ukur(kata.substring(0, n), f, size) > lebar) {
                        n--;
                    }
                    out.add(kata.substring(0, n));
                    kata = kata.substring(n);
                }
                baris.append(kata);
            }
            out.add(baris.toString());
        }
        return out;
    }

    /** Writes text at {@code (x, baseline)}. */
    public void tulis(String s, PDFont f, float size, float x, float baseline) {
        try {
            isi.beginText();
            isi.setFont(f, size);
            isi.newLineAtOffset(x, baseline);
            isi.showText(bersih(s));
            isi.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One wrapped paragraph from {@code x} to the right margin, flowing over pages line by line. */
    public void paragraf(String teks, PDFont f, float size, Rata rata, float x) {
        float lh = tinggiBaris(size);
        for (String b : bungkus(teks, f, size, kanan - x)) {
            pastikan(lh);
            y -= lh;
            float w = ukur(b, f, size);
            float px = switch (rata) {
                case KIRI -> x;
                case TENGAH -> x + (kanan - x - w) / 2;
                case KANAN -> kanan - w;
            };
            tulis(b, f, size, px, y + size * 0.3f);
        }
    }

    public void paragraf(String teks, PDFont f, float size) {
        paragraf(teks, f, size, Rata.KIRI, kiri);
    }

    /** A hanging item: {@code label} at {@code x}, the text wrapped from {@code x + gantung}. */
    public void butir(String label, String teks, PDFont f, float size, float x, float gantung) {
        float lh = tinggiBaris(size);
        List<String> baris = bungkus(teks, f, size, kanan - x - gantung);
        for (int i = 0; i < baris.size(); i++) {
            pastikan(lh);
            y -= lh;
            if (i == 0) {
                tulis(label, f, size, x, y + size * 0.3f);
            }
            tulis(baris.get(i), f, size, x + gantung, y + size * 0.3f);
        }
    }

    public void garis(float x1, float y1, float x2, float y2, float tebalGaris) {
        try {
            isi.setLineWidth(tebalGaris);
            isi.moveTo(x1, y1);
            isi.lineTo(x2, y2);
            isi.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws an image {@code tinggi} high; returns its width, or 0 when the image cannot be read. */
    public float gambar(byte[] data, float x, float yBawah, float tinggi) {
        try {
            PDImageXObject img = PDImageXObject.createFromByteArray(doc, data, "logo");
            float w = img.getWidth() * tinggi / img.getHeight();
            isi.drawImage(img, x, yBawah, w, tinggi);
            return w;
        } catch (IOException | IllegalArgumentException e) {
            // a logo PDFBox cannot read leaves the place empty; the rest of the letterhead stands
            return 0;
        }
    }

    /** A table column: width in points, alignment. */
    public record Kolom(float lebar, Rata rata) {
    }

    /** Draws a custom cell: given the cell's left x, top y, width and height. */
    public interface Sel {
        void gambar(float x, float atasSel, float w, float h);
    }

    /**
     * A table: the header row(s) repeat at the top of every page; a row never splits across pages.
     * {@code khusus}, when not null, draws the cell of the column it names instead of its text.
     */
    public void tabel(List<Kolom> kolom, List<String> kepala, List<List<String>> baris, float size, int kolomKhusus,
            java.util.function.IntFunction<Sel> khusus, float tinggiMin) {
        float pad = 3f;
        float lh = tinggiBaris(size);
        Runnable cetakKepala = () -> {
            List<List<String>> sel = new ArrayList<>();
            int n = 1;
            for (int i = 0; i < kolom.size(); i++) {
                List<String> b = bungkus(kepala.get(i), tebal, size, kolom.get(i).lebar() - 2 * pad);
                sel.add(b);
                n = Math.max(n, b.size());
            }
            float h = n * lh + 2 * pad;
            barisTabel(kolom, sel, tebal, size, h, pad, true, -1, null);
        };
        pastikan(2 * (lh + 2 * pad) + tinggiMin);
        cetakKepala.run();
        for (int r = 0; r < baris.size(); r++) {
            List<List<String>> sel = new ArrayList<>();
            int n = 1;
            for (int i = 0; i < kolom.size(); i++) {
                List<String> b = i == kolomKhusus ? List.of() : bungkus(baris.get(r).get(i), biasa, size, kolom.get(i).lebar() - 2 * pad);
                sel.add(b);
                n = Math.max(n, b.size());
            }
            float h = Math.max(n * lh + 2 * pad, tinggiMin);
            if (y - h < bawah) {
                halamanBaru();
                cetakKepala.run();
            }
            barisTabel(kolom, sel, biasa, size, h, pad, false, kolomKhusus, khusus == null ? null : khusus.apply(r));
        }
    }

    private void barisTabel(List<Kolom> kolom, List<List<String>> sel, PDFont f, float size, float h, float pad, boolean kepala,
            int kolomKhusus, Sel khusus) {
        float lh = tinggiBaris(size);
        float x = kiri;
        float atasBaris = y;
        for (int i = 0; i < kolom.size(); i++) {
            Kolom k = kolom.get(i);
            if (i == kolomKhusus && khusus != null) {
                khusus.gambar(x, atasBaris, k.lebar(), h);
            } else {
                List<String> b = sel.get(i);
                float ty = atasBaris - pad;
                for (String s : b) {
                    ty -= lh;
                    float w = ukur(s, f, size);
                    Rata r = kepala ? Rata.TENGAH : k.rata();
                    float px = switch (r) {
                        case KIRI -> x + pad;
                        case TENGAH -> x + (k.lebar() - w) / 2;
                        case KANAN -> x + k.lebar() - pad - w;
                    };
                    tulis(s, f, size, px, ty + size * 0.3f);
                }
            }
            garis(x, atasBaris, x, atasBaris - h, 0.6f);
            x += k.lebar();
        }
        garis(x, atasBaris, x, atasBaris - h, 0.6f);
        garis(kiri, atasBaris, x, atasBaris, 0.6f);
        garis(kiri, atasBaris - h, x, atasBaris - h, 0.6f);
        y = atasBaris - h;
    }

    private String tandaAir;
    /** The pages with a watermark (index from 0) and its text. */
    private final java.util.Map<Integer, String> halamanTandaAir = new java.util.HashMap<>();

    /**
     * From here until {@link #tanpaTandaAir()}, every page gets {@code teks} across it (a draft's "DRAF"), in large
     * letters so light and transparent that the text under them stays readable.
     */
    public void tandaAir(String teks) {
        tandaAir = teks;
        halamanTandaAir.put(doc.getNumberOfPages() - 1, teks);
    }

    /** The pages that follow carry no watermark. */
    public void tanpaTandaAir() {
        tandaAir = null;
    }

    /** "Halaman x dari y" at the foot of every page, then the finished document. */
    public PDDocument selesai(String format) {
        try {
            isi.close();
            isi = null;
            int n = doc.getNumberOfPages();
            for (int i = 0; i < n; i++) {
                PDPage p = doc.getPage(i);
                try (PDPageContentStream c = new PDPageContentStream(doc, p, PDPageContentStream.AppendMode.APPEND, true, true)) {
                    String teksTandaAir = halamanTandaAir.get(i);
                    if (teksTandaAir != null) {
                        float lebarHalaman = p.getMediaBox().getWidth();
                        float tinggiHalaman = p.getMediaBox().getHeight();
                        float size = 110f;
                        float tw = ukur(teksTandaAir, tebal, size);
                        var gs = new org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState();
                        gs.setNonStrokingAlphaConstant(0.12f);
                        c.saveGraphicsState();
                        c.setGraphicsStateParameters(gs);
                        c.setNonStrokingColor(0.6f, 0f, 0f);
                        c.beginText();
                        c.setFont(tebal, size);
                        double sudut = Math.atan2(tinggiHalaman, lebarHalaman);
                        c.setTextMatrix(org.apache.pdfbox.util.Matrix.getRotateInstance(sudut, lebarHalaman / 2
                                - (float) (Math.cos(sudut) * tw / 2), tinggiHalaman / 2 - (float) (Math.sin(sudut) * tw / 2)));
                        c.showText(teksTandaAir);
                        c.endText();
                        c.restoreGraphicsState();
                    }
                    String s = String.format(format, i + 1, n);
                    float w = ukur(s, biasa, 8.5f);
                    c.beginText();
                    c.setFont(biasa, 8.5f);
                    c.newLineAtOffset((p.getMediaBox().getWidth() - w) / 2, 1.1f * CM);
                    c.showText(s);
                    c.endText();
                }
            }
            return doc;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (isi != null) {
            isi.close();
        }
    }
}
