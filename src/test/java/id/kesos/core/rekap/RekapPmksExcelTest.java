package id.kesos.core.rekap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.UjiRegister;
import id.kesos.core.Layanan;
import id.kesos.core.cetak.Kertas;
import id.kesos.core.pmks.JenisPmks;
import id.kesos.core.wilayah.Wilayah;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

/** Every number in the recaps equals an independent count with plain SQL over a generated register. */
class RekapPmksExcelTest extends UjiRegister {

    RekapPmksExcelTest() {
        super(400, 7, 2026);
    }

    /** Plain SQL, written apart from the recap's own query: people of one desa, type and sex among the counted statuses. */
    long hitung(String desa, String jenis, String jk, boolean usulan) {
        return satu("SELECT COUNT(*) FROM pmks e JOIN penduduk p ON p.id = e.penduduk_id WHERE e.hapus_token = 0 AND e.tahun = ?"
                + " AND p.desa_kode = ? AND e.jenis_kode = ? AND p.jenis_kelamin = ? AND e.status IN ('terverifikasi'"
                + (usulan ? ", 'usulan')" : ")"), tahun, desa, jenis, jk);
    }

    long hitungKk(String desa, String jenis) {
        return satu("SELECT COUNT(DISTINCT e.kk_keluarga) FROM pmks e JOIN penduduk p ON p.id = e.penduduk_id WHERE e.hapus_token = 0"
                + " AND e.tahun = ? AND p.desa_kode = ? AND e.jenis_kode = ? AND e.status = 'terverifikasi'", tahun, desa, jenis);
    }

    long satu(String sql, Object... param) {
        return satu(l, sql, param);
    }

    /** One number from plain JDBC. */
    static long satu(Layanan l, String sql, Object... param) {
        return l.db().dsl().connectionResult(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < param.length; i++) {
                    ps.setObject(i + 1, param[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /**
     * The first sheet of {@code xlsx} as LibreOffice reads it (converted to CSV in {@code dir}): a second reader
     * besides POI. Skips the test where LibreOffice is not installed (.ci/run installs it).
     */
    static List<String> lewatLibreOffice(Path xlsx, Path dir) throws Exception {
        java.util.Optional<Path> soffice = java.util.stream.Stream.of("/usr/bin/soffice", "/usr/bin/libreoffice").map(Path::of)
                .filter(java.nio.file.Files::isExecutable).findFirst();
        org.junit.jupiter.api.Assumptions.assumeTrue(soffice.isPresent(), "LibreOffice is not installed (.ci/run installs it)");
        Path profil = dir.resolve("lo-profil");
        Process p = new ProcessBuilder(soffice.get().toString(), "-env:UserInstallation=" + profil.toUri(), "--headless", "--convert-to",
                "csv", "--outdir", dir.toString(), xlsx.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), log);
        String nama = xlsx.getFileName().toString();
        return java.nio.file.Files.readAllLines(dir.resolve(nama.substring(0, nama.lastIndexOf('.')) + ".csv"));
    }

    static long angka(Row r, int c) {
        Cell cell = r.getCell(c);
        assertEquals(CellType.NUMERIC, cell.getCellType(), "a number cell at column " + (c + 1));
        return (long) cell.getNumericCellValue();
    }

    static int cari(Sheet s, String teks, int kolom) {
        for (Row r : s) {
            Cell c = r.getCell(kolom);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(teks)) {
                return r.getRowNum();
            }
        }
        throw new AssertionError(teks + " not found");
    }

    @Test
    void perDesaEqualsTheDatabaseCellByCell() throws Exception {
        Path out = dir.resolve("rekap-desa.xlsx");
        l.rekap().ekspor(RekapService.Jenis.REKAP_PMKS_DESA, tahun, false, Kertas.F4, out);
        List<Wilayah> desa = l.kantor().profil().orElseThrow().desa();
        List<JenisPmks> jenis = l.pmks().jenis();
        try (Workbook wb = WorkbookFactory.create(out.toFile())) {
            Sheet s = wb.getSheetAt(0);
            int awal = cari(s, desa.getFirst().nama(), 1);
            long totalSemua = 0;
            for (int i = 0; i < desa.size(); i++) {
                Row r = s.getRow(awal + i);
                assertEquals(desa.get(i).nama(), r.getCell(1).getStringCellValue(), "desa in code order, all of them");
                int c = 2;
                long l2 = 0;
                long p2 = 0;
                for (JenisPmks j : jenis) {
                    long eL = hitung(desa.get(i).kode(), j.kode(), "L", false);
                    long eP = hitung(desa.get(i).kode(), j.kode(), "P", false);
                    assertEquals(eL, angka(r, c), desa.get(i).nama() + " " + j.singkatan() + " L");
                    assertEquals(eP, angka(r, c + 1), desa.get(i).nama() + " " + j.singkatan() + " P");
                    assertEquals(eL + eP, angka(r, c + 2), desa.get(i).nama() + " " + j.singkatan() + " Jml");
                    if (j.perKk()) {
                        assertEquals(hitungKk(desa.get(i).kode(), j.kode()), angka(r, c + 3), desa.get(i).nama() + " " + j.singkatan() + " KK");
                    }
                    c += j.perKk() ? 4 : 3;
                    l2 += eL;
                    p2 += eP;
                }
                assertEquals(l2, angka(r, c));
                assertEquals(p2, angka(r, c + 1));
                assertEquals(l2 + p2, angka(r, c + 2));
                totalSemua += l2 + p2;
            }
            Row jumlah = s.getRow(awal + desa.size());
            assertEquals("JUMLAH", jumlah.getCell(1).getStringCellValue());
            long semua = satu("SELECT COUNT(*) FROM pmks e JOIN penduduk p ON p.id = e.penduduk_id WHERE e.hapus_token = 0 AND e.tahun = ?"
                    + " AND e.status = 'terverifikasi'", tahun);
            int kolomTotal = jumlah.getLastCellNum() - 1;
            assertEquals(semua, angka(jumlah, kolomTotal));
            assertEquals(totalSemua, angka(jumlah, kolomTotal));
            assertTrue(semua > 0, "the generated register has verified entries");
            // print setup of an official form
            assertTrue(s.getPrintSetup().getLandscape());
            assertEquals(PrintSetup.FOLIO8_PAPERSIZE, s.getPrintSetup().getPaperSize());
            assertTrue(s.getColumnBreaks().length > 0, "too wide for one page at a readable size: printed in parts");
            assertTrue(s.getRepeatingRows() != null);
            assertTrue(!s.isDisplayGridlines());
            List<String> teks = new ArrayList<>();
            s.forEach(r -> r.forEach(c -> {
                if (c.getCellType() == CellType.STRING) {
                    teks.add(c.getStringCellValue());
                }
            }));
            assertTrue(teks.contains("PEMERINTAH KABUPATEN SERANG") && teks.contains("KECAMATAN BANDUNG"));
            assertTrue(teks.contains("KECAMATAN BANDUNG KABUPATEN SERANG TAHUN 2026"));
            assertTrue(teks.contains("(1)") && teks.contains("Mengetahui,") && teks.contains("KASI KESEJAHTERAAN SOSIAL"));
        }
    }

    @Test
    void perJenisIncludingProposalsAndAnEmptyYear() throws Exception {
        Path out = dir.resolve("rekap-jenis.xlsx");
        l.rekap().ekspor(RekapService.Jenis.REKAP_PMKS_JENIS, tahun, true, Kertas.A4, out);
        List<JenisPmks> jenis = l.pmks().jenis();
        try (Workbook wb = WorkbookFactory.create(out.toFile())) {
            Sheet s = wb.getSheetAt(0);
            int awal = cari(s, jenis.getFirst().nama(), 1);
            for (int i = 0; i < jenis.size(); i++) {
                Row r = s.getRow(awal + i);
                JenisPmks j = jenis.get(i);
                for (String jk : List.of("L", "P")) {
                    long e = satu("SELECT COUNT(*) FROM pmks e JOIN penduduk p ON p.id = e.penduduk_id WHERE e.hapus_token = 0"
                            + " AND e.tahun = ? AND e.jenis_kode = ? AND p.jenis_kelamin = ? AND e.status IN ('terverifikasi', 'usulan')",
                            tahun, j.kode(), jk);
                    assertEquals(e, angka(r, jk.equals("L") ? 2 : 3), j.singkatan() + " " + jk);
                }
                assertEquals(j.nama(), r.getCell(1).getStringCellValue(), "official order");
                assertEquals(angka(r, 2) + angka(r, 3), angka(r, 4));
            }
            List<String> teks = new ArrayList<>();
            s.forEach(r -> r.forEach(c -> {
                if (c.getCellType() == CellType.STRING) {
                    teks.add(c.getStringCellValue());
                }
            }));
            assertTrue(teks.stream().anyMatch(t -> t.endsWith("(TERVERIFIKASI DAN USULAN)")), "the title says proposals are counted");
        }
        Path kosong = dir.resolve("kosong.xlsx");
        l.rekap().ekspor(RekapService.Jenis.REKAP_PMKS_JENIS, 2019, false, null, kosong);
        try (Workbook wb = WorkbookFactory.create(kosong.toFile())) {
            Sheet s = wb.getSheetAt(0);
            Row jumlah = s.getRow(cari(s, "JUMLAH", 1));
            assertEquals(0, angka(jumlah, 4), "a year without data is a recap of zeros");
        }
    }

    /** The file read by a second reader: LibreOffice (when installed, as in CI) converts it to CSV; the values survive. */
    @Test
    void libreOfficeReadsTheSameNumbers() throws Exception {
        Path out = dir.resolve("rekap-jenis.xlsx");
        l.rekap().ekspor(RekapService.Jenis.REKAP_PMKS_JENIS, tahun, false, Kertas.A4, out);
        List<String> csv = lewatLibreOffice(out, dir);
        String jumlah = csv.stream().filter(x -> x.contains("JUMLAH")).findFirst().orElseThrow(() -> new AssertionError(csv.toString()));
        long semua = satu("SELECT COUNT(*) FROM pmks e JOIN penduduk p ON p.id = e.penduduk_id WHERE e.hapus_token = 0 AND e.tahun = ?"
                + " AND e.status = 'terverifikasi'", tahun);
        assertEquals(String.valueOf(semua), jumlah.split(",")[4], jumlah);
        String lansia = csv.stream().filter(x -> x.contains("Lanjut Usia Telantar")).findFirst().orElseThrow();
        long lut = satu("SELECT COUNT(*) FROM pmks e WHERE e.hapus_token = 0 AND e.tahun = ? AND e.status = 'terverifikasi'"
                + " AND e.jenis_kode = 'PMKS-08'", tahun);
        assertEquals(String.valueOf(lut), lansia.split(",")[4], lansia);
    }
}
