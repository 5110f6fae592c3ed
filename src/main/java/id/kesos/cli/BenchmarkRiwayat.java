package id.kesos.cli;

import id.kesos.core.Layanan;
import id.kesos.core.db.DataDir;
import id.kesos.core.i18n.Messages;
import id.kesos.core.riwayat.RiwayatService;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code kesos benchmark riwayat}: the change history at scale. Writes {@code baris} audit rows (a change a minute
 * for months, three users, people and pillars), reopens the data as the app does, then pages the Riwayat page's way
 * (100 changes a page, {@value #HALAMAN} pages in a row) under each filter, and times every page. The floor, in the
 * same run: the same pages read bare (plain JDBC, the rows' columns only, no filter, no words); the ratio of the 95th
 * percentiles is printed.
 */
final class BenchmarkRiwayat {
    static final int HALAMAN = 30;
    private final PrintWriter out;

    BenchmarkRiwayat(PrintWriter out) {
        this.out = out;
    }

    int jalankan(int baris) throws IOException {
        Path dir = Files.createTempDirectory("kesos-benchmark-riwayat-");
        try {
            long t0 = System.nanoTime();
            try (Layanan l = Layanan.buka(new DataDir(dir))) {
                l.kantor().simpan(BenchmarkCommand.kantor());
                l.db().dsl().execute("INSERT INTO audit_log (waktu, pengguna, tabel, baris_id, aksi, nilai_lama, nilai_baru) "
                        + "SELECT DATEADD('MINUTE', X, TIMESTAMP WITH TIME ZONE '2026-01-01 08:00:00+07:00'), 'operator' || MOD(X, 3), "
                        + "CASE MOD(X, 4) WHEN 0 THEN 'psks' ELSE 'penduduk' END, CAST(X AS VARCHAR), 'ubah', "
                        + "'{\"nama\":\"Nama Lama ' || X || '\",\"alamat\":\"Kp. Pasir RT 00' || MOD(X, 9) || '\",\"desa_kode\":\"36.04.34.2001\"}', "
                        + "'{\"nama\":\"Nama Baru ' || X || '\",\"alamat\":\"Kp. Pasir RT 00' || MOD(X, 9) || '\",\"desa_kode\":\"36.04.34.2002\"}' "
                        + "FROM SYSTEM_RANGE(1, " + baris + ")");
            }
            out.println(Messages.get("cli.benchmark.riwayatData", baris, PuncakHeap.ms(t0)));
            try (Layanan l = Layanan.buka(new DataDir(dir))) {
                RiwayatService svc = new RiwayatService(l.db().dsl());
                List<Long> semua = new ArrayList<>();
                List<RiwayatService.Filter> saringan = List.of(RiwayatService.Filter.SEMUA, RiwayatService.Filter.SEMUA.denganPengguna("operator1"),
                        RiwayatService.Filter.SEMUA.denganRegister(RiwayatService.Register.PSKS),
                        // a register with one change among 100,000: the whole history read to find it
                        RiwayatService.Filter.SEMUA.denganRegister(RiwayatService.Register.KANTOR),
                        RiwayatService.Filter.SEMUA.denganTanggal(LocalDate.of(2026, 1, 20), LocalDate.of(2026, 2, 10)));
                List<String> nama = List.of("semua", "pengguna", "register", "register-jarang", "tanggal");
                for (int putaran = 0; putaran < 2; putaran++) {
                    for (int i = 0; i < saringan.size(); i++) {
                        List<Long> ms = halaman(svc, saringan.get(i));
                        if (putaran == 1) {
                            semua.addAll(ms);
                            List<Long> u = ms.stream().sorted().toList();
                            out.println(Messages.get("cli.benchmark.riwayatSaringan", nama.get(i), u.size(), u.get(u.size() / 2) / 1000.0,
                                    p95(u) / 1000.0));
                        }
                    }
                }
                List<Long> lantai = new ArrayList<>();
                for (int putaran = 0; putaran < 2; putaran++) {
                    List<Long> ms = lantai(l);
                    if (putaran == 1) {
                        lantai.addAll(ms);
                    }
                }
                List<Long> u = semua.stream().sorted().toList();
                List<Long> f = lantai.stream().sorted().toList();
                out.println(Messages.get("cli.benchmark.riwayatHasil", u.size(), u.get(u.size() / 2) / 1000.0, p95(u) / 1000.0, u.getLast() / 1000.0));
                out.println(Messages.get("cli.benchmark.lantaiRiwayat", f.size(), p95(f) / 1000.0, BenchmarkEkspor.rasio(p95(u), p95(f))));
            }
        } finally {
            BenchmarkCommand.hapus(dir);
        }
        return KesosCommand.OK;
    }

    private static long p95(List<Long> urut) {
        return urut.get((int) Math.ceil(urut.size() * 0.95) - 1);
    }

    /** {@value #HALAMAN} pages in a row under {@code f}, each timed in microseconds. */
    private static List<Long> halaman(RiwayatService svc, RiwayatService.Filter f) {
        List<Long> us = new ArrayList<>();
        Long sebelum = null;
        for (int i = 0; i < HALAMAN; i++) {
            long t = System.nanoTime();
            RiwayatService.Halaman h = svc.halaman(f, sebelum, 100);
            us.add((System.nanoTime() - t) / 1000);
            if (!h.adaBerikutnya()) {
                break;
            }
            sebelum = h.akhir();
        }
        return us;
    }

    /** The floor: the same number of pages, each the next 100 rows down the primary key, read bare. */
    private static List<Long> lantai(Layanan l) {
        List<Long> us = new ArrayList<>();
        l.db().dsl().connection(c -> {
            long sebelum = Long.MAX_VALUE;
            try (var ps = c.prepareStatement("SELECT id, waktu, pengguna, tabel, baris_id, aksi, nilai_lama, nilai_baru, keterangan"
                    + " FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT 101")) {
                for (int i = 0; i < HALAMAN * 4; i++) {
                    long t = System.nanoTime();
                    ps.setLong(1, sebelum);
                    long akhir = sebelum;
                    int n = 0;
                    try (var rs = ps.executeQuery()) {
                        while (rs.next() && n < 100) {
                            akhir = rs.getLong(1);
                            rs.getObject(2);
                            rs.getString(3);
                            rs.getString(4);
                            rs.getString(5);
                            rs.getString(6);
                            rs.getString(7);
                            rs.getString(8);
                            rs.getString(9);
                            n++;
                        }
                    }
                    us.add((System.nanoTime() - t) / 1000);
                    sebelum = akhir;
                }
            }
        });
        return us;
    }
}
