package id.kesos.core.rekap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.UjiKantor;
import id.kesos.core.Layanan;
import id.kesos.core.cetak.Kertas;
import id.kesos.core.db.DataDir;
import id.kesos.core.demo.DemoPsks;
import id.kesos.core.psks.JenisPsks;
import id.kesos.core.wilayah.Wilayah;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PSKS recaps against plain SQL over the demo PSKS set. */
class RekapPsksExcelTest {
    @TempDir
    Path dir;

    @Test
    void perDesaAndTheListsEqualTheRegister() throws Exception {
        try (Layanan l = Layanan.buka(new DataDir(dir))) {
            UjiKantor.pasang(l);
            new DemoPsks(l.db().dsl(), l.psks()).isi(5);
            Path out = dir.resolve("psks.xlsx");
            l.rekap().ekspor(RekapService.Jenis.REKAP_PSKS, 2026, false, Kertas.A4, out);
            List<Wilayah> desa = l.kantor().profil().orElseThrow().desa();
            List<JenisPsks> jenis = l.psks().jenis();
            String sql = "SELECT COUNT(*) FROM psks s LEFT JOIN penduduk p ON p.id = s.penduduk_id WHERE s.aktif AND s.jenis_kode = ?"
                    + " AND COALESCE(p.desa_kode, s.desa_kode) ";
            try (Workbook wb = WorkbookFactory.create(out.toFile())) {
                Sheet s = wb.getSheetAt(0);
                int awal = RekapPmksExcelTest.cari(s, desa.getFirst().nama(), 1);
                for (int i = 0; i <= desa.size(); i++) {
                    Row r = s.getRow(awal + i);
                    for (int j = 0; j < jenis.size(); j++) {
                        long harap = i < desa.size() ? RekapPmksExcelTest.satu(l, sql + "= ?", jenis.get(j).kode(), desa.get(i).kode())
                                : RekapPmksExcelTest.satu(l, sql + "IS NULL", jenis.get(j).kode());
                        assertEquals(harap, RekapPmksExcelTest.angka(r, 2 + j), r.getCell(1).getStringCellValue() + " " + jenis.get(j).singkatan());
                    }
                }
                assertEquals("Tingkat kecamatan", s.getRow(awal + desa.size()).getCell(1).getStringCellValue());
                Row jumlah = s.getRow(awal + desa.size() + 1);
                long kt = RekapPmksExcelTest.satu(l, "SELECT COUNT(*) FROM psks WHERE aktif AND jenis_kode = 'PSKS-05'");
                assertEquals(kt, RekapPmksExcelTest.angka(jumlah, 2 + 4), "Karang Taruna in the JUMLAH row");
                assertEquals(desa.size() + 1L, kt, "one per desa and one at kecamatan level");
            }
            Path daftar = dir.resolve("daftar.xlsx");
            l.rekap().ekspor(RekapService.Jenis.DAFTAR_PSKS, 2026, false, Kertas.A4, daftar);
            try (Workbook wb = WorkbookFactory.create(daftar.toFile())) {
                assertEquals(jenis.size(), wb.getNumberOfSheets(), "one sheet per type, pilar lain included");
                Sheet psm = wb.getSheet("PSM");
                long n = RekapPmksExcelTest.satu(l, "SELECT COUNT(*) FROM psks WHERE aktif AND jenis_kode = 'PSKS-02'");
                int kepala = RekapPmksExcelTest.cari(psm, "(1)", 0);
                for (int i = 1; i <= n; i++) {
                    Cell nik = psm.getRow(kepala + i).getCell(2);
                    assertEquals(CellType.STRING, nik.getCellType(), "NIK as a text cell");
                    assertEquals(16, nik.getStringCellValue().length());
                }
                assertTrue(psm.getRow(kepala + (int) n + 1).getCell(1).getStringCellValue().equals("JUMLAH: " + n + " orang"));
            }
        }
    }
}
