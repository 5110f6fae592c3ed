package id.kesos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.core.Layanan;
import id.kesos.core.db.DataDir;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kesos ekspor ... --samarkan / --nik-utuh}, and the office's default from Pengaturan. */
class CliSamaranTest {
    @TempDir
    Path dir;
    @TempDir
    Path out;
    final CliTest cli = new CliTest();
    final int tahun = LocalDate.now().getYear();

    CliTest.Hasil kesos(String... args) {
        return cli.kesosDi(dir, args);
    }

    @BeforeEach
    void setup() {
        cli.pasangBandung(dir);
        assertEquals(0, kesos("pmks", "tambah", "--nik", "3604345708600003", "--kk", "3604341201150007", "--nama", "Siti Maemunah",
                "--tanggal-lahir", "1960-08-17", "--jk", "P", "--desa", "36.04.34.2001", "--jenis", "PMKS-08", "--tahun", String.valueOf(tahun))
                .code());
    }

    /** The NIK and No. KK cells of the list's first person. */
    String[] nomor(Path xlsx) throws Exception {
        try (Workbook wb = WorkbookFactory.create(xlsx.toFile())) {
            var s = wb.getSheetAt(0);
            for (var r : s) {
                if (r.getCell(0) != null && r.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                        && r.getCell(0).getNumericCellValue() == 1) {
                    return new String[] {r.getCell(1).getStringCellValue(), r.getCell(2).getStringCellValue()};
                }
            }
        }
        throw new AssertionError("no row 1");
    }

    CliTest.Hasil bnba(String nama, String... extra) {
        java.util.List<String> a = new java.util.ArrayList<>(java.util.List.of("ekspor", "bnba-pmks", "--tahun", String.valueOf(tahun), "--status",
                "semua", "--out", out.resolve(nama).toString()));
        a.addAll(java.util.List.of(extra));
        return kesos(a.toArray(String[]::new));
    }

    @Test
    void masksOnRequestAndByTheOfficesDefaultWhichOneExportCanOverride() throws Exception {
        CliTest.Hasil utuh = bnba("utuh.xlsx");
        assertEquals(0, utuh.code(), utuh.err());
        assertEquals("3604345708600003", nomor(out.resolve("utuh.xlsx"))[0], "a new office exports them whole");

        CliTest.Hasil samar = bnba("samar.xlsx", "--samarkan");
        assertEquals(0, samar.code(), samar.err());
        assertTrue(samar.out().contains("NIK dan No. KK disamarkan (6 angka awal dan 4 angka akhir)."), samar.out());
        assertEquals("360434******0003", nomor(out.resolve("samar.xlsx"))[0]);
        assertEquals("360434******0007", nomor(out.resolve("samar.xlsx"))[1]);

        try (Layanan l = Layanan.buka(new DataDir(dir))) {
            l.kantor().setSamarkanEkspor(true);
        }
        assertEquals(0, bnba("bawaan.xlsx").code());
        assertEquals("360434******0003", nomor(out.resolve("bawaan.xlsx"))[0], "Pengaturan's choice");
        assertEquals(0, bnba("sekali.xlsx", "--nik-utuh").code());
        assertEquals("3604345708600003", nomor(out.resolve("sekali.xlsx"))[0], "one export whole");

        CliTest.Hasil dua = bnba("dua.xlsx", "--samarkan", "--nik-utuh");
        assertEquals(1, dua.code());
        assertTrue(dua.err().contains("Pilih salah satu: --samarkan atau --nik-utuh"), dua.err());
        assertTrue(kesos("riwayat", "--register", "kantor").out().contains("Pengaturan samarkan NIK/KK pada ekspor"), "the change of default is in the history");
    }
}
