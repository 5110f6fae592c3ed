package id.kesos.cli;

import id.kesos.core.Layanan;
import id.kesos.core.audit.AuditLog;
import id.kesos.core.db.DataDir;
import id.kesos.core.demo.DemoPmks;
import id.kesos.core.i18n.Messages;
import id.kesos.core.Kemajuan;
import id.kesos.core.rekap.RekapService;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * {@code kesos benchmark ekspor}: the BNBA name list at scale. Generates at least {@code baris}
 * counted register entries, then writes them as one BNBA sheet and as a sheet per type, timing each
 * and reading the peak heap. Run it with a 256 MB heap ({@code KESOS_JAVA_OPTS=-Xmx256m}) to prove
 * the memory target: the export streams from the database to the file. Beside each export it times
 * its floor in the same run: a bare SXSSF write of as many rows of the same 13 cells (no database,
 * styles, kop, header or signatures), and prints the ratio.
 */
final class BenchmarkEkspor {
    private final PrintWriter out;

    BenchmarkEkspor(PrintWriter out) {
        this.out = out;
    }

    int jalankan(int baris) throws IOException {
        Path dir = Files.createTempDirectory("kesos-benchmark-ekspor-");
        try {
            int tahun = LocalDate.now().getYear();
            long t0 = System.nanoTime();
            long terhitung;
            try (Layanan l = Layanan.buka(new DataDir(dir))) {
                l.kantor().simpan(BenchmarkCommand.kantor());
                DemoPmks demo = new DemoPmks(l.db().dsl(), AuditLog.forCurrentUser());
                boolean tambah = false;
                long seed = 1;
                terhitung = 0;
                double perOrang = 0.77;
                long dibuat = 0;
                do {
                    // listed rows per generated person (entries of this year, verified or proposed): about 0.77, then measured
                    int orang = Math.max(1000, (int) Math.ceil((baris - terhitung) / perOrang));
                    DemoPmks.Hasil h = demo.isi(orang, seed++, tahun, tambah, l.pmks().jenis(), n -> { });
                    tambah = true;
                    terhitung = ((Number) l.db().dsl().fetchValue("SELECT COUNT(*) FROM pmks WHERE hapus_token = 0 AND tahun = ? AND status IN"
                            + " ('terverifikasi', 'usulan') AND penduduk_id IS NOT NULL", tahun)).longValue();
                    dibuat += h.orang();
                    perOrang = Math.max(0.1, (double) terhitung / dibuat);
                    out.println(Messages.get("cli.benchmark.data", h.orang(), h.entri(), PuncakHeap.ms(t0)));
                    out.flush();
                } while (terhitung < baris);
            }
            try (Layanan l = Layanan.buka(new DataDir(dir))) {
                long lantai = lantai(terhitung, dir.resolve("lantai.xlsx"));
                RekapService.Opsi opsi = RekapService.Opsi.tahun(tahun).denganUsulan(true).denganSembunyikanSensitif(false);
                long satu = ukur(l, opsi.denganJenis(false, null), dir.resolve("bnba-satu-lembar.xlsx"), terhitung,
                        Messages.get("cli.benchmark.satuLembar"));
                long perJenis = ukur(l, opsi, dir.resolve("bnba-per-jenis.xlsx"), terhitung, Messages.get("cli.benchmark.perJenis"));
                // the floor again after the exports (the first run warms the JIT for both): the faster of the two counts
                lantai = Math.min(lantai, lantai(terhitung, dir.resolve("lantai.xlsx")));
                out.println(Messages.get("cli.benchmark.lantaiEkspor", terhitung, lantai, rasio(satu, lantai), rasio(perJenis, lantai)));
                out.flush();
            }
        } finally {
            BenchmarkCommand.hapus(dir);
        }
        return KesosCommand.OK;
    }

    /**
     * The floor: a bare SXSSF write of as many rows of the BNBA's 13 cells (a number, two 16-digit
     * numbers as text, a name, birth place and date, L/P, an address, RT, RW, a desa, a type, a status),
     * made up from the row number, without reading the database, styles, kop, header or signatures.
     */
    private long lantai(long baris, Path berkas) throws IOException {
        System.gc();
        long t = System.nanoTime();
        try (org.apache.poi.xssf.streaming.SXSSFWorkbook wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook(200)) {
            org.apache.poi.ss.usermodel.Sheet sh = wb.createSheet("lantai");
            for (int i = 0; i < baris; i++) {
                org.apache.poi.ss.usermodel.Row r = sh.createRow(i);
                r.createCell(0).setCellValue(i + 1);
                r.createCell(1).setCellValue(String.valueOf(3604340000000000L + i * 7919L));
                r.createCell(2).setCellValue(String.valueOf(3604341000000000L + i * 104729L));
                r.createCell(3).setCellValue("NAMA ORANG KE " + i);
                r.createCell(4).setCellValue("SERANG, " + (1 + i % 28) + "-" + (1 + i % 12) + "-19" + (40 + i % 60));
                r.createCell(5).setCellValue(i % 2 == 0 ? "L" : "P");
                r.createCell(6).setCellValue("KAMPUNG " + (i % 977) + " NO. " + (i % 91));
                r.createCell(7).setCellValue(String.format(java.util.Locale.ROOT, "%03d", i % 15));
                r.createCell(8).setCellValue(String.format(java.util.Locale.ROOT, "%03d", i % 7));
                r.createCell(9).setCellValue("DESA " + (i % 12));
                r.createCell(10).setCellValue("Jenis PMKS " + (i % 26));
                r.createCell(11).setCellValue(i % 3 == 0 ? "usulan" : "terverifikasi");
                r.createCell(12).setCellValue("");
            }
            try (java.io.OutputStream os = Files.newOutputStream(berkas)) {
                wb.write(os);
            }
        }
        long waktu = PuncakHeap.ms(t);
        Files.deleteIfExists(berkas);
        return waktu;
    }

    /** {@code a} as a multiple of the floor {@code b}, for the printed ratio. */
    static String rasio(long a, long b) {
        return String.format(java.util.Locale.ROOT, "%.2f", b <= 0 ? 0.0 : (double) a / b);
    }

    private long ukur(Layanan l, RekapService.Opsi opsi, Path berkas, long baris, String cara) throws IOException {
        long waktu;
        long puncak;
        try (PuncakHeap heap = PuncakHeap.mulai()) {
            long t = System.nanoTime();
            l.rekap().ekspor(RekapService.Jenis.BNBA_PMKS, opsi, RekapService.Format.XLSX, null, berkas, Kemajuan.DIAM);
            waktu = PuncakHeap.ms(t);
            puncak = heap.mb();
        }
        out.println(Messages.get("cli.benchmark.ekspor", cara, baris, waktu, Files.size(berkas) / (1024 * 1024), puncak,
                PuncakHeap.batasMb()));
        out.flush();
        return waktu;
    }

}
