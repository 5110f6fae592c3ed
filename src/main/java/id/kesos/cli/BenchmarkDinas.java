package id.kesos.cli;

import id.kesos.core.Kemajuan;
import id.kesos.core.Layanan;
import id.kesos.core.audit.AuditLog;
import id.kesos.core.db.DataDir;
import id.kesos.core.demo.DemoPmks;
import id.kesos.core.dinas.Dinas;
import id.kesos.core.dinas.DinasService;
import id.kesos.core.dinas.RekapKabupaten;
import id.kesos.core.i18n.Messages;
import id.kesos.core.impor.PembacaTabel;
import id.kesos.core.kantor.Kantor;
import id.kesos.core.rekap.FormatPaket;
import id.kesos.core.rekap.RekapService;
import id.kesos.core.wilayah.Tingkat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code kesos benchmark dinas}: the packages of the 29 kecamatan of Kabupaten Serang, each from a generated register
 * of about {@code entri} listed entries, received at once by a new Dinas, then the kabupaten recap and the kabupaten
 * BNBA written; the heap sampled. The floor, in the same run: a bare streaming read of the same files (every row of
 * the sheets receiving reads), and the ratio.
 */
final class BenchmarkDinas {
    private final PrintWriter out;

    BenchmarkDinas(PrintWriter out) {
        this.out = out;
    }

    int jalankan(int entri) throws IOException {
        Path dir = Files.createTempDirectory("kesos-benchmark-dinas-");
        try {
            int tahun = LocalDate.now().getYear();
            Path kirim = Files.createDirectories(dir.resolve("kirim"));
            long t0 = System.nanoTime();
            List<String> kecamatan;
            try (Layanan l = Layanan.buka(new DataDir(dir.resolve("wilayah")))) {
                kecamatan = l.wilayah().anak("36.04").stream().filter(w -> w.tingkat() == Tingkat.KECAMATAN).map(w -> w.kode()).toList();
            }
            Kantor b = BenchmarkCommand.kantor();
            long semua = 0;
            for (int i = 0; i < kecamatan.size(); i++) {
                try (Layanan l = Layanan.buka(new DataDir(dir.resolve("kec-" + i)))) {
                    l.kantor().simpan(new Kantor(kecamatan.get(i), b.namaCamat(), b.nipCamat(), null, b.namaKasie(), b.nipKasie(), null, null, null,
                            null, null, null, 0));
                    // about 0.77 listed entries per generated person (this year's, verified or proposed, not of a sensitive type)
                    new DemoPmks(l.db().dsl(), AuditLog.forCurrentUser()).isi((int) Math.ceil(entri / 0.74), i + 1, tahun, false, l.pmks().jenis(),
                            n -> { });
                    semua += l.rekap().paket(tahun, true, kirim.resolve(l.rekap().namaPaket(tahun)), Kemajuan.DIAM);
                }
            }
            long ukuran = 0;
            try (var s = Files.list(kirim)) {
                for (Path p : s.toList()) {
                    ukuran += Files.size(p);
                }
            }
            out.println(Messages.get("cli.benchmark.dinasData", kecamatan.size(), semua, ukuran / (1024 * 1024), PuncakHeap.ms(t0)));
            out.flush();
            // the floor: every row of the sheets the Dinas reads, streamed from the same files, nothing stored
            long f0 = System.nanoTime();
            long[] baris = {0};
            try (var s = Files.list(kirim)) {
                for (Path p : s.sorted().toList()) {
                    PembacaTabel r = PembacaTabel.buka(p);
                    r.baca(FormatPaket.LEMBAR_PAKET, x -> baris[0]++);
                    for (FormatPaket.Data d : FormatPaket.DATA) {
                        r.baca(d.nama(), x -> baris[0] += x.sel().size() > 0 ? 1 : 0);
                    }
                }
            }
            long lantai = PuncakHeap.ms(f0);
            try (Layanan l = Layanan.buka(new DataDir(dir.resolve("dinas"))); PuncakHeap heap = PuncakHeap.mulai()) {
                l.dinas().simpan(new Dinas("36.04", "Benchmark Kepala", "197005051995031002", null, null, null, null, null, null, 0));
                long a = System.nanoTime();
                List<DinasService.HasilTerima> h = l.dinas().terima(List.of(kirim), Kemajuan.DIAM);
                long terima = PuncakHeap.ms(a);
                long diterima = h.stream().filter(DinasService.HasilTerima::diterima).count();
                long r0 = System.nanoTime();
                l.dinas().rekap().ekspor(RekapKabupaten.Jenis.REKAP_KABUPATEN, tahun, null, RekapService.Format.XLSX, null, dir.resolve("kabupaten-rekap.xlsx"),
                        Kemajuan.DIAM);
                long rekap = PuncakHeap.ms(r0);
                long n0 = System.nanoTime();
                l.dinas().rekap().ekspor(RekapKabupaten.Jenis.BNBA_KABUPATEN, tahun, null, RekapService.Format.XLSX, null, dir.resolve("kabupaten-bnba.xlsx"),
                        Kemajuan.DIAM);
                long bnba = PuncakHeap.ms(n0);
                out.println(Messages.get("cli.benchmark.dinasHasil", diterima, h.size(), terima, rekap, bnba, terima + rekap, heap.mb(),
                        PuncakHeap.batasMb()));
                out.println(Messages.get("cli.benchmark.dinasLantai", lantai, baris[0], BenchmarkEkspor.rasio(terima, lantai),
                        BenchmarkEkspor.rasio(terima + rekap, lantai)));
            }
        } finally {
            BenchmarkCommand.hapus(dir);
        }
        return KesosCommand.OK;
    }
}
