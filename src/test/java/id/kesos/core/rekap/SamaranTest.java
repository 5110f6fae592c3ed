package id.kesos.core.rekap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.UjiRegister;
import id.kesos.core.Kemajuan;
import id.kesos.core.impor.ImporPmks;
import id.kesos.core.rekap.RekapService.Format;
import id.kesos.core.rekap.RekapService.Jenis;
import id.kesos.core.rekap.RekapService.Opsi;
import id.kesos.core.riwayat.RiwayatService;
import id.kesos.core.validasi.Samaran;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

/** Masked exports: NIK and No. KK with their first 6 and last 4 digits, said below the list, recorded, never imported back. */
class SamaranTest extends UjiRegister {
    static final String CATATAN = "NIK dan No. KK disamarkan: hanya 6 angka awal dan 4 angka akhir yang ditampilkan";

    SamaranTest() {
        super(150, 7, 2026);
    }

    @Test
    void aNumberKeepsItsFirstSixAndLastFourDigits() {
        assertEquals("360434******0003", Samaran.nomor("3604345708600003"));
        assertEquals("**********", Samaran.nomor("3604345708"));
        assertEquals(null, Samaran.nomor(null));
        assertTrue(Samaran.disamarkan("360434******0003"));
        assertFalse(Samaran.disamarkan("3604345708600003"));
    }

    /** Every text cell of the sheets that looks like a NIK or No. KK (16 characters, digits or the mask sign). */
    static Set<String> nomor(Path xlsx, List<String> catatan) throws Exception {
        Set<String> out = new HashSet<>();
        try (Workbook wb = WorkbookFactory.create(xlsx.toFile())) {
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                            String v = c.getStringCellValue();
                            if (v.matches("[0-9*]{16}")) {
                                out.add(v);
                            } else if (v.contains("disamarkan")) {
                                catatan.add(v);
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    @Test
    void aMaskedNameListShowsEveryNikAndKkMaskedSaysSoAndCountsTheSame() throws Exception {
        Path utuh = dir.resolve("bnba.xlsx");
        Path samar = dir.resolve("bnba-samar.xlsx");
        Opsi o = Opsi.tahun(tahun).denganUsulan(true).denganJenis(false, null);
        l.rekap().ekspor(Jenis.BNBA_PMKS, o, Format.XLSX, null, utuh, null);
        l.rekap().ekspor(Jenis.BNBA_PMKS, o.denganSamarkan(true), Format.XLSX, null, samar, null);
        List<String> catatanUtuh = new java.util.ArrayList<>();
        List<String> catatan = new java.util.ArrayList<>();
        Set<String> asli = nomor(utuh, catatanUtuh);
        Set<String> tersamar = nomor(samar, catatan);
        assertTrue(asli.size() > 100 && asli.stream().noneMatch(Samaran::disamarkan), "the default writes them whole");
        assertTrue(catatanUtuh.isEmpty());
        assertEquals(asli.stream().map(Samaran::nomor).collect(java.util.stream.Collectors.toSet()), tersamar,
                "each number masked, none whole");
        assertTrue(tersamar.stream().allMatch(n -> n.matches("\\d{6}\\*{6}\\d{4}")), tersamar.toString());
        assertEquals(1, catatan.size(), catatan.toString());
        assertTrue(catatan.getFirst().startsWith(CATATAN), catatan.getFirst());

        // the PDF says it too, and shows no whole NIK
        Path pdf = dir.resolve("bnba-samar.pdf");
        l.rekap().ekspor(Jenis.BNBA_PMKS, o.denganSamarkan(true), Format.PDF, null, pdf, null);
        String teks;
        try (var d = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            teks = new org.apache.pdfbox.text.PDFTextStripper().getText(d);
        }
        assertTrue(teks.replaceAll("\\s+", " ").contains(CATATAN), "the PDF's note");
        assertTrue(asli.stream().noneMatch(teks::contains), "no whole NIK in the PDF");

        List<RiwayatService.Perubahan> ekspor = new RiwayatService(l.db().dsl()).halaman(RiwayatService.Filter.SEMUA
                .denganRegister(RiwayatService.Register.EKSPOR), null, 10).baris();
        assertTrue(ekspor.get(0).isian().contains(new RiwayatService.Isian("disamarkan", "NIK/KK disamarkan", null, "ya", true)),
                "the history says the export was masked: " + ekspor.get(0).isian());
        assertTrue(ekspor.get(2).isian().contains(new RiwayatService.Isian("disamarkan", "NIK/KK disamarkan", null, "tidak", true)));
    }

    @Test
    void theListOfPillarsIsMaskedToo() throws Exception {
        new id.kesos.core.demo.DemoPsks(l.db().dsl(), l.psks()).isi(3);
        Path samar = dir.resolve("psks.xlsx");
        l.rekap().ekspor(Jenis.DAFTAR_PSKS, Opsi.tahun(tahun).denganSamarkan(true), Format.XLSX, null, samar, null);
        List<String> catatan = new java.util.ArrayList<>();
        Set<String> n = nomor(samar, catatan);
        assertFalse(n.isEmpty());
        assertTrue(n.stream().allMatch(x -> x.matches("\\d{6}\\*{6}\\d{4}")), n.toString());
        assertFalse(catatan.isEmpty());
    }

    @Test
    void aMaskedListImportedBackIsRefusedRowByRowWithWhatToDo() throws Exception {
        Path samar = dir.resolve("bnba-samar.xlsx");
        l.rekap().ekspor(Jenis.BNBA_PMKS, Opsi.tahun(tahun).denganUsulan(true).denganJenis(false, null).denganSamarkan(true), Format.XLSX, null,
                samar, null);
        ImporPmks.Pratinjau p = l.impor().pratinjau(samar, ImporPmks.Opsi.bawaan().denganTahun(tahun), Kemajuan.DIAM);
        assertTrue(p.tambah().isEmpty(), "nothing of a masked list is taken: " + p.tambah().size());
        assertTrue(p.tolak().size() > 100);
        assertTrue(p.tolak().stream().filter(t -> t.alasan().contains("disamarkan")).count() > 100, p.tolak().getFirst().alasan());
        assertTrue(p.tolak().getFirst().alasan().contains("Impor dari berkas yang diekspor tanpa samaran"), p.tolak().getFirst().alasan());
        assertEquals(p.baris(), p.tambah().size() + p.dilewati() + p.tolak().size() + p.diperbarui());
    }
}
