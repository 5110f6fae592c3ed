package id.kesos.core.impor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kesos.UjiKantor;
import id.kesos.core.KesosException;
import id.kesos.core.Kemajuan;
import id.kesos.core.Layanan;
import id.kesos.core.db.DataDir;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files an office may pick by mistake or that are odd: each gives a clear Indonesian message or imports
 * what is valid, and the register is unchanged when nothing was accepted.
 */
class ImporBerkasBurukTest {
    @TempDir
    Path dir;
    Layanan l;
    final int tahun = LocalDate.now().getYear();

    @BeforeEach
    void buka() {
        l = Layanan.buka(new DataDir(dir.resolve("data")));
        UjiKantor.pasang(l);
    }

    @AfterEach
    void tutup() {
        l.close();
    }

    private ImporPmks.Pratinjau pratinjau(Path p) {
        return l.impor().pratinjau(p, ImporPmks.Opsi.bawaan().denganJenis("PMKS-08").denganTahun(tahun), Kemajuan.DIAM);
    }

    private String ditolak(Path p) {
        KesosException e = assertThrows(KesosException.class, () -> pratinjau(p));
        assertEquals(0, l.pmks().jumlahAktif());
        return e.getMessage();
    }

    private Path buku(String nama, java.util.function.Consumer<XSSFWorkbook> isi) throws IOException {
        Path p = dir.resolve(nama);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
            isi.accept(wb);
            wb.write(out);
        }
        return p;
    }

    private static void baris(Sheet s, int i, String... teks) {
        Row r = s.createRow(i);
        for (int c = 0; c < teks.length; c++) {
            r.createCell(c).setCellValue(teks[c]);
        }
    }

    @Test
    void passwordProtectedWorkbook() throws Exception {
        Path biasa = buku("biasa.xlsx", wb -> baris(wb.createSheet("Data"), 0, "NIK", "NAMA", "DESA"));
        Path bersandi = dir.resolve("bersandi.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("rahasia");
            try (OPCPackage opc = OPCPackage.open(biasa.toFile()); OutputStream os = enc.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream out = Files.newOutputStream(bersandi)) {
                fs.writeFilesystem(out);
            }
        }
        String m = ditolak(bersandi);
        assertTrue(m.contains("dilindungi kata sandi") && m.contains("hapus perlindungannya"), m);
    }

    @Test
    void emptyWorkbookAndHeaderOnly() throws IOException {
        String m = ditolak(buku("kosong.xlsx", wb -> wb.createSheet("Sheet1")));
        assertTrue(m.contains("tidak ditemukan baris judul kolom"), m);
        ImporPmks.Pratinjau p = pratinjau(buku("judul.xlsx", wb -> baris(wb.createSheet("Data"), 0, "NIK", "NAMA", "L/P", "DESA")));
        assertEquals(0, p.baris());
        assertEquals(0, p.tambah().size());
    }

    @Test
    void aThousandColumnsAndFormulas() throws IOException {
        Path p = buku("lebar.xlsx", wb -> {
            Sheet s = wb.createSheet("Data");
            Row h = s.createRow(0);
            String[] kepala = {"NIK", "NAMA", "L/P", "DESA", "KET"};
            for (int c = 0; c < 1000; c++) {
                h.createCell(c).setCellValue(c < kepala.length ? kepala[c] : "Kolom " + c);
            }
            Row a = s.createRow(1);
            a.createCell(0).setCellValue("3604345708600003");
            a.createCell(1).setCellFormula("\"Siti \"&\"Maemunah\"");
            a.createCell(2).setCellValue("P");
            a.createCell(3).setCellValue("Mander");
            for (int c = 5; c < 1000; c++) {
                a.createCell(c).setCellValue(c);
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });
        ImporPmks.Pratinjau pr = pratinjau(p);
        assertEquals(1, pr.baris());
        assertEquals(1, pr.tambah().size(), () -> pr.tolak().toString());
        assertEquals("Siti Maemunah", pr.tambah().getFirst().orang().nama(), "a formula gives its result");
    }

    @Test
    void aFortyThousandCharacterCellIsRejectedAndCutInTheRejectsFile() throws IOException {
        Path p = dir.resolve("panjang.csv");
        Files.writeString(p, "NIK;NAMA;L/P;DESA\n3604345708600003;" + "x".repeat(40_000) + ";P;Mander\n3604341708600001;Ujang;L;Bandung\n");
        ImporPmks.Pratinjau pr = pratinjau(p);
        assertEquals(1, pr.tambah().size());
        assertEquals(1, pr.tolak().size());
        assertTrue(pr.tolak().getFirst().alasan().contains("terlalu panjang"), pr.tolak().getFirst().alasan());
        Path tolak = dir.resolve("ditolak.xlsx");
        BerkasTolak.tulis(tolak, pr.kepala(), pr.tolak());
        PembacaTabel r = PembacaTabel.buka(tolak);
        List<BarisMentah> isi = new java.util.ArrayList<>();
        r.baca(r.lembar().getFirst(), isi::add);
        assertEquals(BerkasTolak.SEL_MAKS, isi.get(1).sel(1).teks().length(), "cut at Excel's limit, not a failure");
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        // a real workbook whose sheet is replaced by 60 MB of spaces: tiny packed, huge unpacked
        Path asli = buku("asli.xlsx", wb -> baris(wb.createSheet("Data"), 0, "NIK", "NAMA", "DESA"));
        Path p = dir.resolve("bom.xlsx");
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(asli));
                var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(p))) {
            java.util.zip.ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                if (e.getName().startsWith("xl/worksheets/")) {
                    byte[] kosong = new byte[1 << 20];
                    java.util.Arrays.fill(kosong, (byte) ' ');
                    out.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>".getBytes());
                    for (int i = 0; i < 60; i++) {
                        out.write(kosong);
                    }
                    out.write("</sheetData></worksheet>".getBytes());
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        String m = ditolak(p);
        assertTrue(m.contains("bom.xlsx") && m.contains("mengembang ratusan kali"), m);
    }

    @Test
    void aTextFileThatIsNoList() throws IOException {
        Path p = dir.resolve("surat.csv");
        Files.writeString(p, "Kepada Yth. Camat Bandung\nDengan hormat, bersama ini kami sampaikan laporan.\n");
        String m = ditolak(p);
        assertTrue(m.contains("tidak ditemukan baris judul kolom"), m);
        List<String> semua = List.of(m);
        assertEquals(1, semua.size());
    }

    @Test
    void aFiftyMegabyteListIsRefusedWithHowToSplitIt() throws IOException {
        // 50 MB of a kecamatan list copied over and over: far more rows than any kecamatan has people
        Path p = dir.resolve("semua-tahun.csv");
        String baris = "3604345708600003;Siti Maemunah binti Haji Abdullah Syafei;P;17-08-1960;Kp. Cibeureum RT 003 RW 002;Mander;LUT;"
                + "tinggal sendiri, rumah tidak layak huni\n";
        try (var out = new java.io.BufferedWriter(Files.newBufferedWriter(p, java.nio.charset.StandardCharsets.UTF_8), 1 << 16)) {
            out.write("NIK;NAMA;JK;TGL LAHIR;ALAMAT;DESA;JENIS PMKS;KETERANGAN\n");
            for (long n = 0; n < 50L * 1024 * 1024 / baris.length() + 1; n++) {
                out.write(baris);
            }
        }
        assertTrue(Files.size(p) >= 50L * 1024 * 1024, String.valueOf(Files.size(p)));
        String m = ditolak(p);
        assertEquals("Berkas \"semua-tahun.csv\" punya lebih dari 150.000 baris data: terlalu besar untuk diimpor sekaligus, tidak ada yang"
                + " disimpan. Bagi menjadi beberapa berkas (misalnya per desa atau per jenis PMKS), lalu impor satu per satu.", m);
    }
}
