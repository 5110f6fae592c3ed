package id.kesos.cli;

import id.kesos.core.Kemajuan;
import id.kesos.core.Layanan;
import id.kesos.core.audit.AuditLog;
import id.kesos.core.db.DataDir;
import id.kesos.core.demo.DemoPmks;
import id.kesos.core.i18n.Messages;
import id.kesos.core.impor.BarisMentah;
import id.kesos.core.impor.ImporPmks;
import id.kesos.core.impor.PembacaTabel;
import id.kesos.core.rekap.RekapService;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * {@code kesos benchmark impor}: a BNBA .xlsx of at least {@code baris} rows (the app's own export of a
 * generated register: kop, titles, header, column numbers, totals, signatures) imported into an empty office,
 * preview and write timed, the heap sampled. The floor, in the same run: a bare streaming read of the same
 * file plus a plain batched insert of as many rows of the same columns into a scratch table.
 */
final class BenchmarkImpor {
    private final PrintWriter out;

    BenchmarkImpor(PrintWriter out) {
        this.out = out;
    }

    int jalankan(int baris) throws IOException {
        Path dir = Files.createTempDirectory("kesos-benchmark-impor-");
        try {
            int tahun = LocalDate.now().getYear();
            Path bnba = dir.resolve("bnba.xlsx");
            long t0 = System.nanoTime();
            try (Layanan l = Layanan.buka(new DataDir(dir.resolve("sumber")))) {
                l.kantor().simpan(BenchmarkCommand.kantor());
                // about 0.77 listed rows per generated person (entries of this year, verified or proposed)
                DemoPmks.Hasil h = new DemoPmks(l.db().dsl(), AuditLog.forCurrentUser()).isi((int) Math.ceil(baris / 0.77), 1, tahun, false,
                        l.pmks().jenis(), n -> { });
                out.println(Messages.get("cli.benchmark.data", h.orang(), h.entri(), PuncakHeap.ms(t0)));
                l.rekap().ekspor(RekapService.Jenis.BNBA_PMKS, RekapService.Opsi.tahun(tahun).denganUsulan(true).denganSembunyikanSensitif(false)
                        .denganJenis(false, null), RekapService.Format.XLSX, null, bnba, Kemajuan.DIAM);
            }
            out.println(Messages.get("cli.benchmark.imporBerkas", Files.size(bnba) / (1024 * 1024)));
            out.flush();
            try (Layanan l = Layanan.buka(new DataDir(dir.resolve("tujuan")))) {
                l.kantor().simpan(BenchmarkCommand.kantor());
                l.pmks().segarkanDesa();
                long lantai = lantai(l, bnba);
                ImporPmks.Pratinjau p;
                ImporPmks.Hasil h;
                long pratinjau;
                long tulis;
                long puncak;
                try (PuncakHeap heap = PuncakHeap.mulai()) {
                    long t = System.nanoTime();
                    p = l.impor().pratinjau(bnba, ImporPmks.Opsi.bawaan().denganTahun(tahun), Kemajuan.DIAM);
                    pratinjau = PuncakHeap.ms(t);
                    long t2 = System.nanoTime();
                    h = l.impor().jalankan(p, Kemajuan.DIAM);
                    tulis = PuncakHeap.ms(t2);
                    puncak = heap.mb();
                }
                long semua = pratinjau + tulis;
                out.println(Messages.get("cli.benchmark.impor", p.baris(), h.ditambah(), p.dilewati(), p.tolak().size(), pratinjau, tulis,
                        semua, puncak, PuncakHeap.batasMb()));
                out.println(Messages.get("cli.benchmark.lantaiImpor", lantai, BenchmarkEkspor.rasio(semua, lantai)));
            }
        } finally {
            BenchmarkCommand.hapus(dir);
        }
        return KesosCommand.OK;
    }

    /** The floor: every row of the file read bare, then as many rows of 12 text columns inserted in JDBC batches. */
    private long lantai(Layanan l, Path bnba) {
        long t = System.nanoTime();
        PembacaTabel r = PembacaTabel.buka(bnba);
        java.util.List<BarisMentah> semua = new java.util.ArrayList<>();
        r.baca(r.lembar().getFirst(), b -> {
            if (!b.kosong()) {
                semua.add(b);
            }
        });
        l.db().dsl().connection(c -> {
            try (var st = c.createStatement()) {
                st.execute("CREATE LOCAL TEMPORARY TABLE lantai_impor (a VARCHAR(250), b VARCHAR(250), c VARCHAR(250), d VARCHAR(250),"
                        + " e VARCHAR(250), f VARCHAR(250), g VARCHAR(250), h VARCHAR(250), i VARCHAR(250), j VARCHAR(250), k VARCHAR(250),"
                        + " l VARCHAR(250))");
            }
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (var ps = c.prepareStatement("INSERT INTO lantai_impor VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int n = 0;
                for (BarisMentah b : semua) {
                    for (int i = 0; i < 12; i++) {
                        String v = b.sel(i + 1).teks();
                        ps.setString(i + 1, v.length() > 250 ? v.substring(0, 250) : v);
                    }
                    ps.addBatch();
                    if (++n % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
                c.commit();
            } finally {
                c.setAutoCommit(auto);
            }
            try (var st = c.createStatement()) {
                st.execute("DROP TABLE lantai_impor");
            }
        });
        return PuncakHeap.ms(t);
    }

}
