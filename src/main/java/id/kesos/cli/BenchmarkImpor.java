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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code kesos benchmark impor}: a BNBA .xlsx of at least {@code baris} rows (the app's own export of a
 * generated register: kop, titles, header, column numbers, totals, signatures) imported into an empty office,
 * preview and write timed, the heap sampled. The floor, in the same run: a bare streaming read of the same
 * file plus a plain batched insert of as many rows of the same columns into a plain table. Several runs
 * (each into a new office), the floor measured in each beside the import, and the medians compared: the
 * machine is shared, a single run says little.
 */
final class BenchmarkImpor {
    private final PrintWriter out;

    BenchmarkImpor(PrintWriter out) {
        this.out = out;
    }

    int jalankan(int baris, int putaran) throws IOException {
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
            List<Long> impor = new ArrayList<>();
            List<Long> lantai = new ArrayList<>();
            for (int i = 1; i <= putaran; i++) {
                Path tujuan = dir.resolve("tujuan-" + i);
                try (Layanan l = Layanan.buka(new DataDir(tujuan))) {
                    l.kantor().simpan(BenchmarkCommand.kantor());
                    l.pmks().segarkanDesa();
                    // the floor first in odd runs and last in even ones: neither always meets the colder JIT
                    long f = i % 2 == 1 ? lantai(l, bnba) : -1;
                    long t = impor(l, bnba, tahun, i);
                    if (f < 0) {
                        f = lantai(l, bnba);
                    }
                    impor.add(t);
                    lantai.add(f);
                    out.println(Messages.get("cli.benchmark.lantaiImpor", f, BenchmarkEkspor.rasio(t, f)));
                    out.flush();
                }
                BenchmarkCommand.hapus(tujuan);
            }
            long mi = BenchmarkCari.median(impor);
            long ml = BenchmarkCari.median(lantai);
            List<String> rasio = new ArrayList<>();
            for (int i = 0; i < impor.size(); i++) {
                rasio.add(BenchmarkEkspor.rasio(impor.get(i), lantai.get(i)));
            }
            out.println(Messages.get("cli.benchmark.imporMedian", putaran, mi, Collections.min(impor), Collections.max(impor), ml,
                    BenchmarkEkspor.rasio(mi, ml), String.join(" / ", rasio)));
        } finally {
            BenchmarkCommand.hapus(dir);
        }
        return KesosCommand.OK;
    }

    /** One import of the file into the empty office {@code l}, preview and write: its time in ms. */
    private long impor(Layanan l, Path bnba, int tahun, int ke) {
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
        out.println(Messages.get("cli.benchmark.impor", ke, p.baris(), h.ditambah(), p.dilewati(), p.tolak().size(), pratinjau, tulis, semua, puncak,
                PuncakHeap.batasMb()));
        return semua;
    }

    /**
     * The floor: every row of the file read bare, then as many rows of 12 text columns inserted in JDBC batches
     * into a plain table of the same database file (an id, no other index), in one transaction.
     */
    private long lantai(Layanan l, Path bnba) {
        long t = System.nanoTime();
        PembacaTabel r = PembacaTabel.buka(bnba);
        List<BarisMentah> semua = new ArrayList<>();
        r.baca(r.lembar().getFirst(), b -> {
            if (!b.kosong()) {
                semua.add(b);
            }
        });
        l.db().dsl().connection(c -> {
            try (var st = c.createStatement()) {
                st.execute("CREATE TABLE lantai_impor (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, a VARCHAR(250), b VARCHAR(250), c VARCHAR(250), d VARCHAR(250),"
                        + " e VARCHAR(250), f VARCHAR(250), g VARCHAR(250), h VARCHAR(250), i VARCHAR(250), j VARCHAR(250), k VARCHAR(250),"
                        + " l VARCHAR(250))");
            }
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (var ps = c.prepareStatement("INSERT INTO lantai_impor (a, b, c, d, e, f, g, h, i, j, k, l) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
