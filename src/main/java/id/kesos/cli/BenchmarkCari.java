package id.kesos.cli;

import id.kesos.core.Layanan;
import id.kesos.core.audit.AuditLog;
import id.kesos.core.db.DataDir;
import id.kesos.core.demo.DemoPmks;
import id.kesos.core.i18n.Messages;
import id.kesos.core.penduduk.JenisKelamin;
import id.kesos.core.pmks.FilterPmks;
import id.kesos.core.pmks.StatusPmks;
import id.kesos.core.pmks.Urutan;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code kesos benchmark cari}: the PMKS register at scale. Generates {@code entri} register entries
 * (the demo data), reopens the database as the app does, then measures what the PMKS page does:
 * opening (types, first page, count) and search-as-you-type over name, NIK and No. KK with filters,
 * and the peak heap used. Run it with the launcher's heap limit (-Xmx512m) to prove the memory target.
 * The floor, in the same run: the same keystrokes as one bare pass over the same index (text only, no
 * filter, order or page); the ratio of the medians is printed.
 */
final class BenchmarkCari {
    /** Search-as-you-type: every prefix the user types, as the list asks for it. */
    static final List<String> KETIKAN = List.of("asep", "siti ami", "nurhayati", "3604340", "360434410", "3604344108",
            "ujang hid", "dede", "euis komal", "ahmad fauzi", "sri lestari", "36043401", "budi",
            // words in any order, not side by side in the name, and a name with part of a NIK
            "ade rohman", "hidayat asep", "siti 3604");

    private final PrintWriter out;
    private final PrintWriter err;

    BenchmarkCari(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    int jalankan(int entri) throws IOException {
        Path dir = Files.createTempDirectory("kesos-benchmark-cari-");
        try {
            int tahun = LocalDate.now().getYear();
            long t0 = System.nanoTime();
            try (Layanan l = Layanan.buka(new DataDir(dir))) {
                l.kantor().simpan(BenchmarkCommand.kantor());
                DemoPmks.Hasil h = new DemoPmks(l.db().dsl(), AuditLog.forCurrentUser()).isi((int) Math.ceil(entri / 1.057), 1, tahun,
                        false, l.pmks().jenis(), n -> { });
                out.println(Messages.get("cli.benchmark.data", h.orang(), h.entri(), PuncakHeap.ms(t0)));
            }
            out.flush();
            long t1 = System.nanoTime();
            try (Layanan l = Layanan.buka(new DataDir(dir))) {
                l.ringkasan().ringkasan(); // the app shows Beranda first
                out.println(Messages.get("cli.benchmark.buka", PuncakHeap.ms(t1)));
                // then, in the background, Beranda's charts and data-quality checks
                long td = System.nanoTime();
                l.dasbor().dasbor(tahun);
                out.println(Messages.get("cli.benchmark.dasbor", PuncakHeap.ms(td)));
                // opening the PMKS page: the type list, the first page sorted by name, the number of entries
                long t2 = System.nanoTime();
                l.pmks().jenis();
                l.pmks().halamanAwal(100);
                long halamanPertama = PuncakHeap.ms(t2);
                long t3 = System.nanoTime();
                l.pmks().siapkanIndeks();
                long indeks = PuncakHeap.ms(t3);
                List<Long> buka = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    long t = System.nanoTime();
                    l.pmks().halamanAwal(100);
                    buka.add(PuncakHeap.ms(t));
                }
                out.println(Messages.get("cli.benchmark.halamanPmks", halamanPertama, median(buka), indeks));

                List<Long> waktu = new ArrayList<>();
                List<Long> waktuUs = new ArrayList<>();
                List<Long> indeksUs = new ArrayList<>();
                FilterPmks[] filter = {FilterPmks.SEMUA,
                    new FilterPmks(null, "36.04.34.2003", null, null, tahun, null, null, null),
                    new FilterPmks(null, null, "PMKS-08", StatusPmks.TERVERIFIKASI, null, JenisKelamin.P, null, null),
                    new FilterPmks(null, null, null, null, null, null, "lansia_telantar", Boolean.FALSE)};
                for (int putaran = 0; putaran < 2; putaran++) {
                    for (FilterPmks f : filter) {
                        for (String kata : KETIKAN) {
                            for (int n = 1; n <= kata.length(); n++) {
                                long t = System.nanoTime();
                                l.pmks().cari(f.withTeks(kata.substring(0, n)), Urutan.NAMA, true, 0, 100);
                                if (putaran == 1) {
                                    waktu.add(PuncakHeap.ms(t));
                                    waktuUs.add((System.nanoTime() - t) / 1000);
                                    // the same search in the index alone, without reading the page's 100 rows
                                    long ti = System.nanoTime();
                                    l.pmks().siapkanIndeks().cari(f.withTeks(kata.substring(0, n)), Urutan.NAMA, true, 0, 100);
                                    indeksUs.add((System.nanoTime() - ti) / 1000);
                                }
                            }
                        }
                    }
                }
                List<Long> urut = waktu.stream().sorted().toList();
                out.println(Messages.get("cli.benchmark.cariHasil", urut.size(), urut.get(urut.size() / 2),
                        urut.get((int) Math.ceil(urut.size() * 0.95) - 1), urut.getLast()));
                List<Long> urutIndeks = indeksUs.stream().sorted().toList();
                out.println(Messages.get("cli.benchmark.cariIndeks", urutIndeks.get(urutIndeks.size() / 2) / 1000.0,
                        urutIndeks.get((int) Math.ceil(urutIndeks.size() * 0.95) - 1) / 1000.0));
                var ix = l.pmks().siapkanIndeks();
                List<Long> polos = new ArrayList<>();
                for (int putaran = 0; putaran < 2; putaran++) {
                    for (String kata : KETIKAN) {
                        for (int n = 1; n <= kata.length(); n++) {
                            long t = System.nanoTime();
                            ix.pindaiPolos(kata.substring(0, n));
                            if (putaran == 1) {
                                polos.add(System.nanoTime() - t);
                            }
                        }
                    }
                }
                // the medians in microseconds: a bare scan takes a few milliseconds
                long cariUs = median(waktuUs);
                long lantaiUs = median(polos) / 1000;
                out.println(Messages.get("cli.benchmark.lantaiCari", polos.size(), lantaiUs / 1000.0, cariUs / 1000.0,
                        BenchmarkEkspor.rasio(cariUs, lantaiUs)));
                System.gc();
                long hidup = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                out.println(Messages.get("cli.benchmark.heap", hidup / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024)));
            }
        } finally {
            BenchmarkCommand.hapus(dir);
        }
        return KesosCommand.OK;
    }


    static long median(List<Long> l) {
        return l.stream().sorted().toList().get(l.size() / 2);
    }
}
