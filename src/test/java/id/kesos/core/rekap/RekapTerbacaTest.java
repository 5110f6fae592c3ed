package id.kesos.core.rekap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.UjiRegister;
import id.kesos.core.cetak.Kertas;
import id.kesos.core.rekap.RekapService.Format;
import id.kesos.core.rekap.RekapService.Jenis;
import id.kesos.core.rekap.RekapService.Opsi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every built-in recap is readable on paper, both ways an office prints it: the app's own PDF (A4 and F4) and the
 * .xlsx as LibreOffice prints it (converted to PDF). No text under 7 pt, no header word cut in two, no signature
 * block on a page without rows.
 */
class RekapTerbacaTest extends UjiRegister {
    static final float TERKECIL = 7f;

    RekapTerbacaTest() {
        super(400, 11, 2026);
    }

    /** What one printed PDF holds: its words, and the size of its smallest letter with where it stands. */
    record Cetakan(Set<String> kata, float terkecil, String dimana, int halaman) {
    }

    static Cetakan baca(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            float[] kecil = {Float.MAX_VALUE};
            String[] dimana = {""};
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> posisi) throws IOException {
                    for (TextPosition p : posisi) {
                        // the size as drawn: the font size times the text and page scaling (a workbook printed at 86 %)
                        float u = Math.abs(p.getTextMatrix().getScalingFactorY());
                        if (!p.getUnicode().isBlank() && u < kecil[0]) {
                            kecil[0] = u;
                            dimana[0] = "\"" + text + "\" on page " + getCurrentPageNo();
                        }
                    }
                    super.writeString(text, posisi);
                }
            };
            String teks = s.getText(d);
            Set<String> kata = new HashSet<>();
            for (String k : teks.split("\\s+")) {
                kata.add(bersih(k));
            }
            return new Cetakan(kata, kecil[0], dimana[0], d.getNumberOfPages());
        }
    }

    /** A word without the punctuation around it ("1.", "Sosial,", "(PPKS)"). */
    static String bersih(String k) {
        return k.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
    }

    /** The words of every header cell of the recap of at least four letters: each must be printed whole. */
    static Set<String> kataKepala(Laporan lap) {
        Set<String> kata = new HashSet<>();
        for (Lembar s : lap.lembar()) {
            for (Lembar.Kepala k : s.kepala()) {
                for (String w : k.teks().split("\\s+")) {
                    String b = bersih(w);
                    if (b.length() >= 4 && b.chars().allMatch(Character::isLetter)) {
                        kata.add(b);
                    }
                }
            }
        }
        return kata;
    }

    static void periksa(String nama, Path pdf, Set<String> kepala) throws IOException {
        periksa(nama, pdf, kepala, null);
    }

    /** With {@code ikut}: text of a row that must be printed on the page of the signatures (a list's third-last row). */
    static void periksa(String nama, Path pdf, Set<String> kepala, String ikut) throws IOException {
        Cetakan c = baca(pdf);
        assertTrue(c.terkecil() >= TERKECIL, nama + ": text of " + c.terkecil() + " pt, " + c.dimana());
        for (String k : kepala) {
            assertTrue(c.kata().contains(k), nama + ": the header word \"" + k + "\" is not printed whole");
        }
        // a signature block never stands on a page of its own: the table (its column numbers) is on the page too
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            for (int h = 1; h <= d.getNumberOfPages(); h++) {
                PDFTextStripper s = new PDFTextStripper();
                s.setStartPage(h);
                s.setEndPage(h);
                String teks = s.getText(d);
                if (teks.contains("Mengetahui") || teks.contains("NIP.")) {
                    // (the column numbers alone say little of a workbook: print titles repeat them on every page)
                    assertTrue(teks.contains("(1)") && teks.contains("(2)") && teks.contains("JUMLAH"), nama + ", page " + h
                            + " holds signatures without rows:\n" + teks);
                    assertTrue(ikut == null || teks.contains(ikut), nama + ", page " + h + ": the signatures without the last rows (" + ikut
                            + "):\n" + teks);
                }
            }
        }
    }

    /** The built-in recaps in each of their shapes. */
    Map<String, Opsi> ragam(Jenis j, Kertas k) {
        Map<String, Opsi> out = new LinkedHashMap<>();
        Opsi o = Opsi.tahun(tahun).denganUsulan(true).denganKertas(k);
        out.put(j.kode() + "-" + k, o);
        if (j == Jenis.REKAP_PMKS_JENIS) {
            out.put(j.kode() + "-rincian-desa-" + k, o.denganRincianDesa(true));
        }
        if (j == Jenis.BNBA_PMKS) {
            out.put(j.kode() + "-satu-lembar-" + k, o.denganJenis(false, null));
        }
        return out;
    }

    @Test
    void everyBuiltInRecapPrintsAtSevenPointsOrMoreWithWholeWords() throws Exception {
        Map<Path, Set<String>> xlsx = new LinkedHashMap<>();
        for (Jenis j : Jenis.values()) {
            for (Kertas k : Kertas.values()) {
                for (Map.Entry<String, Opsi> r : ragam(j, k).entrySet()) {
                    Laporan lap = l.rekap().susun(j, r.getValue());
                    Set<String> kepala = kataKepala(lap);
                    Path pdf = dir.resolve(r.getKey() + ".pdf");
                    l.rekap().tulis(lap, Format.PDF, null, pdf, null);
                    periksa(r.getKey() + ".pdf", pdf, kepala);
                    Path x = dir.resolve(r.getKey() + ".xlsx");
                    l.rekap().tulis(l.rekap().susun(j, r.getValue()), Format.XLSX, null, x, null);
                    xlsx.put(x, kepala);
                }
            }
        }
        Path keluar = dir.resolve("lo");
        lewatLibreOffice(new ArrayList<>(xlsx.keySet()), keluar);
        for (Map.Entry<Path, Set<String>> e : xlsx.entrySet()) {
            String nama = e.getKey().getFileName().toString().replace(".xlsx", ".pdf");
            periksa("LibreOffice " + nama, keluar.resolve(nama), e.getValue());
        }
    }

    @Test
    void thePerDesaRecapSplitsByTypesWithNoAndDesaOnEveryPart() throws Exception {
        Laporan lap = l.rekap().susun(Jenis.REKAP_PMKS_DESA, Opsi.tahun(tahun).denganKertas(Kertas.A4));
        Lembar desa = lap.lembar().getFirst();
        int kolom = desa.kolom().size();
        Path pdf = dir.resolve("desa.pdf");
        l.rekap().tulis(lap, Format.PDF, null, pdf, null);
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertTrue(d.getNumberOfPages() >= 3, "the 26 types in parts: " + d.getNumberOfPages() + " pages");
            List<Integer> nomor = new ArrayList<>();
            for (int h = 1; h <= d.getNumberOfPages(); h++) {
                PDFTextStripper s = new PDFTextStripper();
                s.setStartPage(h);
                s.setEndPage(h);
                String teks = s.getText(d);
                assertTrue(teks.contains("Desa/Kelurahan") && teks.contains("JUMLAH") && teks.contains("(1)") && teks.contains("(2)"),
                        "No, Desa and the JUMLAH row on page " + h + ":\n" + teks);
                assertTrue(teks.contains("Bagian " + h + " dari " + d.getNumberOfPages()), teks);
                assertEquals(h == d.getNumberOfPages(), teks.contains("Mengetahui"), "the signatures after the last part only, page " + h);
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\((\\d+)\\)").matcher(teks);
                while (m.find()) {
                    int n = Integer.parseInt(m.group(1));
                    if (n > 2 && !nomor.contains(n)) {
                        nomor.add(n);
                    }
                }
            }
            assertEquals(kolom - 2, nomor.size(), "every column on some page, once: " + nomor);
        }
        Path xlsx = dir.resolve("desa.xlsx");
        l.rekap().tulis(l.rekap().susun(Jenis.REKAP_PMKS_DESA, Opsi.tahun(tahun).denganKertas(Kertas.A4)), Format.XLSX, null, xlsx, null);
        try (Workbook wb = WorkbookFactory.create(xlsx.toFile())) {
            Sheet s = wb.getSheetAt(0);
            assertTrue(s.getColumnBreaks().length >= 2, "page breaks between groups of types");
            for (int b : s.getColumnBreaks()) {
                // a break after a type's last column: the next header group starts right after it
                assertTrue(desa.kepala().stream().anyMatch(k -> k.baris() == 0 && k.kolom() == b + 1), "a break inside a group at " + b);
            }
            assertEquals("A:B", s.getRepeatingColumns().formatAsString().replace("$", ""), "No and Desa printed on every part");
            assertTrue(s.getRepeatingRows() != null, "the header on every page");
            assertTrue(!s.getFitToPage() && s.getPrintSetup().getScale() >= LembarResmi.SKALA_BACA, "scale " + s.getPrintSetup().getScale());
        }
    }

    @Test
    void aWorkbookListOfAnyLengthKeepsItsLastRowsWithTheSignatures() throws Exception {
        // lists of 10 to 64 rows: one of them ends near the bottom of every page kind (the first, with kop and titles, and the next)
        List<Path> xlsx = new ArrayList<>();
        for (int n = 10; n <= 64; n += 3) {
            List<Object[]> baris = new ArrayList<>();
            for (long i = 1; i <= n; i++) {
                baris.add(new Object[] {i, "Nama Orang Ke-" + i, "Kp. Contoh RT 001/002"});
            }
            Lembar s = new Lembar("Daftar").judul("DAFTAR UJI " + n + " BARIS").kolom("no", "No", 6, Lembar.Rata.TENGAH, false)
                    .kolom("nama", "Nama", 30, Lembar.Rata.KIRI, false).kolom("alamat", "Alamat", 30, Lembar.Rata.KIRI, false)
                    .hitungBaris("jiwa").isi(baris);
            Laporan lap = new Laporan("uji", tahun, l.kantor().profil().orElseThrow(), java.time.LocalDate.of(tahun, 12, 1), Kertas.A4,
                    Penandatangan.CAMAT_DAN_KASI, List.of(s));
            Path x = dir.resolve("daftar-" + n + ".xlsx");
            l.rekap().tulis(lap, Format.XLSX, null, x, null);
            xlsx.add(x);
        }
        Path keluar = dir.resolve("lo-daftar");
        lewatLibreOffice(xlsx, keluar);
        int pindah = 0;
        for (Path x : xlsx) {
            Path pdf = keluar.resolve(x.getFileName().toString().replace(".xlsx", ".pdf"));
            int n = Integer.parseInt(x.getFileName().toString().replaceAll("\\D", ""));
            periksa(pdf.getFileName().toString(), pdf, Set.of(), "Nama Orang Ke-" + (n - 2));
            try (Workbook wb = WorkbookFactory.create(x.toFile())) {
                pindah += wb.getSheetAt(0).getRowBreaks().length;
            }
        }
        assertTrue(pindah > 0, "some of the lengths need their last rows moved to the signatures' page");
    }

    /**
     * The workbooks converted to PDF by LibreOffice into {@code keluar}, in one run. Skips where LibreOffice is not
     * installed (.ci/run installs it).
     */
    static void lewatLibreOffice(List<Path> xlsx, Path keluar) throws Exception {
        Optional<Path> soffice = Stream.of("/usr/bin/soffice", "/usr/bin/libreoffice").map(Path::of).filter(Files::isExecutable).findFirst();
        Assumptions.assumeTrue(soffice.isPresent(), "LibreOffice is not installed (.ci/run installs it)");
        List<String> perintah = new ArrayList<>(List.of(soffice.get().toString(), "-env:UserInstallation=" + keluar.resolveSibling("lo-profil").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", keluar.toString()));
        xlsx.forEach(x -> perintah.add(x.toString()));
        Process p = new ProcessBuilder(perintah).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), log);
        for (Path x : xlsx) {
            assertTrue(Files.exists(keluar.resolve(x.getFileName().toString().replace(".xlsx", ".pdf"))), log);
        }
    }
}
