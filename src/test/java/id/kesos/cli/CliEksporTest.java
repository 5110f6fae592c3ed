package id.kesos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kesos ekspor}: every recap, PDF, a district template, the placeholder list, and clear refusals. */
class CliEksporTest {
    @TempDir
    Path dir;
    final CliTest cli = new CliTest();

    CliTest.Hasil kesos(String... args) {
        return cli.kesosDi(dir, args);
    }

    @Test
    void exportAndRefusals() throws Exception {
        cli.pasangBandung(dir);
        Path out = dir.resolve("rekap/desa.xlsx");
        // a new file needs an existing folder; a folder, a device or the root is never replaced by the file
        CliTest.Hasil tanpaFolder = kesos("ekspor", "rekap-pmks-desa", "--tahun", "2026", "--out", out.toString());
        assertEquals(1, tanpaFolder.code());
        assertTrue(tanpaFolder.err().contains("tidak ada. Buat folder itu dulu"), tanpaFolder.err());
        Files.createDirectories(out.getParent());
        for (String tujuan : new String[] {out.getParent().toString(), "/dev/null", "/"}) {
            CliTest.Hasil t = kesos("ekspor", "rekap-pmks-desa", "--tahun", "2026", "--out", tujuan);
            assertEquals(1, t.code(), tujuan + ": " + t.err());
            assertTrue(t.err().contains("adalah folder") || t.err().contains("bukan berkas biasa"), t.err());
            assertFalse(t.err().contains("Exception"), t.err());
        }
        assertTrue(Files.isDirectory(out.getParent()), "the folder is left as it was");
        assertTrue(Files.exists(Path.of("/dev/null")) && !Files.isRegularFile(Path.of("/dev/null")));
        CliTest.Hasil e = kesos("ekspor", "rekap-pmks-desa", "--tahun", "2026", "--out", out.toString(), "--kertas", "f4", "--status",
                "semua");
        assertEquals(0, e.code(), e.err());
        try (Workbook wb = WorkbookFactory.create(out.toFile())) {
            assertEquals("Rekap PMKS per desa", wb.getSheetName(0));
        }
        for (String j : new String[] {"rekap-pmks-jenis", "bnba-pmks", "rekap-psks", "daftar-psks", "rekap-spm", "rekap-rapat"}) {
            CliTest.Hasil h = kesos("ekspor", j, "--tahun", "2026", "--out", dir.resolve(j + ".xlsx").toString(), "--ttd", "kasi");
            assertEquals(0, h.code(), j + ": " + h.err());
            assertTrue(Files.size(dir.resolve(j + ".xlsx")) > 0);
        }
        CliTest.Hasil pdf = kesos("ekspor", "rekap-spm", "--tahun", "2026", "--out", dir.resolve("spm.pdf").toString());
        assertEquals(0, pdf.code(), pdf.err());
        assertEquals("%PDF", new String(Files.readAllBytes(dir.resolve("spm.pdf")), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        CliTest.Hasil templat = kesos("ekspor", "rekap-pmks-desa", "--tahun", "2026", "--out", dir.resolve("dinas.xlsx").toString(),
                "--template", Path.of("sample-data/templat-kabupaten-rekap-pmks-desa.xlsx").toAbsolutePath().toString());
        assertEquals(0, templat.code(), templat.err());
        try (Workbook wb = WorkbookFactory.create(dir.resolve("dinas.xlsx").toFile())) {
            assertEquals("REKAP PPKS", wb.getSheetName(0));
        }
        CliTest.Hasil ph = kesos("ekspor", "rekap-pmks-desa", "--placeholder");
        assertEquals(0, ph.code(), ph.err());
        assertTrue(ph.out().contains("${b.jml_08}") && ph.out().contains("${kasi.nip}") && ph.out().contains("${jumlah.total}"), ph.out());
        CliTest.Hasil salah = kesos("ekspor", "rekap-lain", "--tahun", "2026", "--out", dir.resolve("c.xlsx").toString());
        assertEquals(1, salah.code());
        assertTrue(salah.err().contains("tidak dikenal"), salah.err());
        CliTest.Hasil status = kesos("ekspor", "rekap-pmks-jenis", "--tahun", "2026", "--out", dir.resolve("d.xlsx").toString(), "--status",
                "usulan");
        assertEquals(1, status.code());
        assertFalse(Files.exists(dir.resolve("d.xlsx")), "nothing written on a refusal");
        CliTest.Hasil pdfTemplat = kesos("ekspor", "rekap-spm", "--tahun", "2026", "--out", dir.resolve("e.pdf").toString(), "--template",
                Path.of("sample-data/templat-kota-rekap-spm.xlsx").toAbsolutePath().toString());
        assertEquals(1, pdfTemplat.code());
        assertTrue(pdfTemplat.err().contains("hanya untuk Excel"), pdfTemplat.err());
    }
}
