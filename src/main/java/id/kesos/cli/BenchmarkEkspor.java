package id.kesos.cli;

import id.kesos.core.Layanan;
import id.kesos.core.audit.AuditLog;
import id.kesos.core.db.DataDir;
import id.kesos.core.demo.DemoPmks;
import id.kesos.core.i18n.Messages;
import id.kesos.core.rekap.Kemajuan;
import id.kesos.core.rekap.RekapService;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * {@code kesos benchmark ekspor}: the BNBA name list at scale. Generates at least {@code baris}
 * counted register entries, then writes them as one BNBA sheet and as a sheet per type, timing each
 * and reading the peak heap. Run it with a 256 MB heap ({@code KESOS_JAVA_OPTS=-Xmx256m}) to prove
 * the memory target: the export streams from the database to the file.
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
                do {
                    // about 0.9 listed rows per generated person (1.06 entries each, 85 % verified or proposed)
                    int orang = Math.max(1000, (int) Math.ceil((baris - terhitung) / 0.895));
                    DemoPmks.Hasil h = demo.isi(orang, seed++, tahun, tambah, l.pmks().jenis(), n -> { });
                    tambah = true;
                    terhitung = ((Number) l.db().dsl().fetchValue("SELECT COUNT(*) FROM pmks WHERE hapus_token = 0 AND tahun = ? AND status IN"
                            + " ('terverifikasi', 'usulan') AND penduduk_id IS NOT NULL", tahun)).longValue();
                    out.println(Messages.get("cli.benchmark.data", h.orang(), h.entri(), ms(t0)));
                    out.flush();
                } while (terhitung < baris);
            }
            try (Layanan l = Layanan.buka(new DataDir(dir))) {
                RekapService.Opsi opsi = RekapService.Opsi.tahun(tahun).denganUsulan(true).denganSembunyikanSensitif(false);
                ukur(l, opsi.denganJenis(false, null), dir.resolve("bnba-satu-lembar.xlsx"), terhitung, "satu lembar");
                ukur(l, opsi, dir.resolve("bnba-per-jenis.xlsx"), terhitung, "lembar per jenis");
            }
        } finally {
            BenchmarkCommand.hapus(dir);
        }
        return KesosCommand.OK;
    }

    private void ukur(Layanan l, RekapService.Opsi opsi, Path berkas, long baris, String cara) throws IOException {
        System.gc();
        for (MemoryPoolMXBean m : ManagementFactory.getMemoryPoolMXBeans()) {
            if (m.getType() == MemoryType.HEAP) {
                m.resetPeakUsage();
            }
        }
        long t = System.nanoTime();
        l.rekap().ekspor(RekapService.Jenis.BNBA_PMKS, opsi, RekapService.Format.XLSX, null, berkas, Kemajuan.DIAM);
        long waktu = ms(t);
        long puncak = 0;
        for (MemoryPoolMXBean m : ManagementFactory.getMemoryPoolMXBeans()) {
            if (m.getType() == MemoryType.HEAP) {
                puncak += m.getPeakUsage().getUsed();
            }
        }
        out.println(Messages.get("cli.benchmark.ekspor", cara, baris, waktu, Files.size(berkas) / (1024 * 1024), puncak / (1024 * 1024),
                Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        out.flush();
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
