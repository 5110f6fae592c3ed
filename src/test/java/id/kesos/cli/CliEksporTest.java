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

/** {@code kesos ekspor}: the recaps built so far, and clear refusals for the others. */
class CliEksporTest {
    @TempDir
    Path dir;
    final CliTest cli = new CliTest();

    CliTest.Hasil kesos(String... args) {
        return cli.kesosDi(dir, args);
    }

    @Test
    void exportAndRefusals() throws Exception {
        assertEquals(0, kesos("setup", "--kecamatan", "36.04.34", "--camat", "Budi", "--nip-camat", "197001011990031001", "--kasie",
                "Siti", "--nip-kasie", "198002022005012002").code());
        Path out = dir.resolve("rekap/desa.xlsx");
        CliTest.Hasil e = kesos("ekspor", "rekap-pmks-desa", "--tahun", "2026", "--out", out.toString(), "--kertas", "f4", "--status",
                "semua");
        assertEquals(0, e.code(), e.err());
        try (Workbook wb = WorkbookFactory.create(out.toFile())) {
            assertEquals("Rekap PMKS per desa", wb.getSheetName(0));
        }
        CliTest.Hasil bnba = kesos("ekspor", "bnba-pmks", "--tahun", "2026", "--out", dir.resolve("b.xlsx").toString());
        assertEquals(1, bnba.code());
        assertTrue(bnba.err().contains("belum tersedia"), bnba.err());
        CliTest.Hasil salah = kesos("ekspor", "rekap-lain", "--tahun", "2026", "--out", dir.resolve("c.xlsx").toString());
        assertEquals(1, salah.code());
        assertTrue(salah.err().contains("tidak dikenal"), salah.err());
        CliTest.Hasil status = kesos("ekspor", "rekap-pmks-jenis", "--tahun", "2026", "--out", dir.resolve("d.xlsx").toString(), "--status",
                "usulan");
        assertEquals(1, status.code());
        assertFalse(Files.exists(dir.resolve("d.xlsx")), "nothing written on a refusal");
    }
}
