package id.kesos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kesos rapat daftar|cetak} over the demo meetings. */
class CliRapatTest {
    @TempDir
    Path dir;
    final CliTest cli = new CliTest();

    CliTest.Hasil kesos(String... args) {
        return cli.kesosDi(dir, args);
    }

    @Test
    void listAndPrintTheDemoMeetings() throws Exception {
        cli.pasangBandung(dir);
        CliTest.Hasil demo = kesos("demo", "--orang", "60");
        assertEquals(0, demo.code(), demo.err());
        assertTrue(demo.out().contains("Data contoh rapat dibuat"), demo.out());
        List<String> daftar = kesos("rapat", "daftar").out().lines().toList();
        assertTrue(daftar.size() >= 4 && daftar.size() <= 6, daftar.toString());
        assertTrue(daftar.getFirst().endsWith("Draf"), "the latest meeting is a draft, in the words the window uses");
        assertTrue(daftar.getLast().endsWith("Final"));
        String id = daftar.getLast().strip().split("\\s+")[0];

        Path pdf = dir.resolve("keluar/notula.pdf");
        java.nio.file.Files.createDirectories(pdf.getParent());
        CliTest.Hasil c = kesos("rapat", "cetak", id, "--out", pdf.toString(), "--kertas", "f4");
        assertEquals(0, c.code(), c.err());
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertEquals(935.43f, d.getPage(0).getMediaBox().getHeight(), 0.5f);
            String teks = new PDFTextStripper().getText(d);
            assertTrue(teks.contains("NOTULA RAPAT") && teks.contains("DAFTAR HADIR"));
        }
        Path hadir = dir.resolve("hadir.pdf");
        assertEquals(0, kesos("rapat", "cetak", id, "--out", hadir.toString(), "--bagian", "daftar-hadir").code());
        try (PDDocument d = Loader.loadPDF(hadir.toFile())) {
            String teks = new PDFTextStripper().getText(d);
            assertFalse(teks.contains("NOTULA RAPAT"));
            assertEquals(595.28f, d.getPage(0).getMediaBox().getWidth(), 0.5f, "A4 unless told");
        }

        CliTest.Hasil salah = kesos("rapat", "cetak", id, "--out", dir.resolve("x.pdf").toString(), "--bagian", "lampiran");
        assertEquals(1, salah.code());
        assertTrue(salah.err().contains("notula, daftar-hadir atau semua"), salah.err());
        assertFalse(Files.exists(dir.resolve("x.pdf")));
        CliTest.Hasil tidakAda = kesos("rapat", "cetak", "999", "--out", dir.resolve("y.pdf").toString());
        assertEquals(1, tidakAda.code());
        assertTrue(tidakAda.err().contains("Tidak ada rapat dengan id 999"), tidakAda.err());
        assertEquals("12", CliTest.kunciNilai(kesos("info").out()).get("schema_version"));
        assertEquals(String.valueOf(daftar.size()), CliTest.kunciNilai(kesos("info").out()).get("rapat"));
    }
}
