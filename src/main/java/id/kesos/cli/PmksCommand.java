package id.kesos.cli;

import id.kesos.core.KesosException;
import id.kesos.core.Layanan;
import id.kesos.core.i18n.Messages;
import id.kesos.core.penduduk.JenisKelamin;
import id.kesos.core.penduduk.NikValidator;
import id.kesos.core.penduduk.Penduduk;
import id.kesos.core.penduduk.Tanggal;
import id.kesos.core.pmks.BarisPmks;
import id.kesos.core.pmks.DuplikatNikException;
import id.kesos.core.pmks.EntriPmks;
import id.kesos.core.pmks.FilterPmks;
import id.kesos.core.pmks.Halaman;
import id.kesos.core.pmks.JenisPmks;
import id.kesos.core.pmks.PmksService;
import id.kesos.core.pmks.StatusPmks;
import id.kesos.core.pmks.SumberData;
import id.kesos.core.pmks.Urutan;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kesos pmks tambah|daftar|status}: the PMKS register from the command line. */
@Command(name = "pmks", mixinStandardHelpOptions = true, subcommands = {PmksCommand.Tambah.class, PmksCommand.Daftar.class,
        PmksCommand.Status.class})
final class PmksCommand {
    @ParentCommand
    KesosCommand parent;

    static StatusPmks status(String s) {
        if (s == null) {
            return null;
        }
        StatusPmks st = StatusPmks.dariKode(s);
        if (st == null) {
            throw new KesosException(Messages.get("cli.pmks.statusTidakDikenal", s));
        }
        return st;
    }

    static JenisPmks jenis(PmksService svc, String kode) {
        return svc.jenis(kode).orElseThrow(() -> new KesosException(Messages.get("entri.jenisTidakDikenal", kode)));
    }

    @Command(name = "tambah", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Tambah implements Callable<Integer> {
        @ParentCommand
        PmksCommand pmks;
        @Spec
        CommandSpec spec;

        @Option(names = "--nik", paramLabel = "NIK", descriptionKey = "cli.pmks.nik")
        String nik;
        @Option(names = "--nama", required = true, paramLabel = "NAMA", descriptionKey = "cli.pmks.nama")
        String nama;
        @Option(names = "--tanggal-lahir", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.pmks.tanggalLahir")
        String tanggalLahir;
        @Option(names = "--tempat-lahir", paramLabel = "TEMPAT", descriptionKey = "cli.pmks.tempatLahir")
        String tempatLahir;
        @Option(names = "--jk", required = true, paramLabel = "L|P", descriptionKey = "cli.pmks.jk")
        String jk;
        @Option(names = "--desa", required = true, paramLabel = "KODE", descriptionKey = "cli.pmks.desa")
        String desa;
        @Option(names = "--jenis", required = true, paramLabel = "PMKS-xx", descriptionKey = "cli.pmks.jenis")
        String jenis;
        @Option(names = "--tahun", paramLabel = "TAHUN", descriptionKey = "cli.pmks.tahun")
        Integer tahun;
        @Option(names = "--kk", paramLabel = "NO_KK", descriptionKey = "cli.pmks.kk")
        String kk;
        @Option(names = "--jumlah-anggota", paramLabel = "N", descriptionKey = "cli.pmks.jumlahAnggota")
        Integer jumlahAnggota;
        @Option(names = "--alamat", paramLabel = "ALAMAT", descriptionKey = "cli.opsi.alamat")
        String alamat;
        @Option(names = "--rt", paramLabel = "RT", descriptionKey = "cli.pmks.rt")
        String rt;
        @Option(names = "--rw", paramLabel = "RW", descriptionKey = "cli.pmks.rw")
        String rw;
        @Option(names = "--status", paramLabel = "usulan|terverifikasi", descriptionKey = "cli.pmks.status")
        String status;
        @Option(names = "--sumber", paramLabel = "SUMBER", descriptionKey = "cli.pmks.sumber")
        String sumber;
        @Option(names = "--petugas", paramLabel = "NAMA", descriptionKey = "cli.pmks.petugas")
        String petugas;

        @Override
        public Integer call() {
            LocalDate lahir = Keluaran.tanggalLahir(tanggalLahir);
            JenisKelamin jenisKelamin = Keluaran.jk(jk); // --jk is required here
            StatusPmks st = status(status == null ? "usulan" : status);
            if (st != StatusPmks.USULAN && st != StatusPmks.TERVERIFIKASI) {
                throw new KesosException(Messages.get("cli.pmks.statusAwal", status));
            }
            SumberData sd;
            try {
                sd = sumber == null ? SumberData.PENDATAAN_DESA : SumberData.dariKode(sumber.replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new KesosException(Messages.get("cli.pmks.sumberSalah", sumber));
            }
            int th = tahun == null ? LocalDate.now().getYear() : tahun;
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try (Layanan l = Layanan.buka(pmks.parent.dataDir())) {
                PmksService svc = l.pmks();
                JenisPmks j = jenis(svc, jenis);
                EntriPmks e = new EntriPmks(null, null, null, j.kode(), th, st, null, sd, LocalDate.now(), petugas, null, null, kk,
                        jumlahAnggota, 0);
                Penduduk p = new Penduduk(null, nik, kk, nama, tempatLahir, lahir, jenisKelamin, alamat, null, rt, rw, desa, null, null,
                        null, null, 0);
                PmksService.HasilSimpan hasil;
                try {
                    hasil = svc.tambah(p, e, true);
                } catch (DuplikatNikException dup) {
                    // the person is in the register already: the type is added to them, never a second copy (and said
                    // so only once it is: a type they already have in that year is refused with its own reason)
                    hasil = svc.tambahJenis(dup.ada().id(), e, true);
                    err.println(Messages.get("cli.pmks.orangSudahAda", dup.ada().nama(), dup.ada().nik()));
                }
                hasil.peringatan().forEach(w -> err.println(id.kesos.core.validasi.Teks.tampil(Messages.get("cli.peringatan", w))));
                out.println(Messages.get("cli.pmks.tersimpan", hasil.penduduk().nama(), j.nama(), th,
                        Messages.get(hasil.entri().status().labelKey())));
            }
            return KesosCommand.OK;
        }
    }

    @Command(name = "daftar", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Daftar implements Callable<Integer> {
        static final String HEADER = "nik,nama,jk,tanggal_lahir,desa_kode,jenis_kode,tahun,status";
        @ParentCommand
        PmksCommand pmks;
        @Spec
        CommandSpec spec;

        @Option(names = "--desa", paramLabel = "KODE", descriptionKey = "cli.pmks.desa")
        String desa;
        @Option(names = "--jenis", paramLabel = "PMKS-xx", descriptionKey = "cli.pmks.jenis")
        String jenis;
        @Option(names = "--status", paramLabel = "STATUS", descriptionKey = "cli.pmks.statusFilter")
        String status;
        @Option(names = "--tahun", paramLabel = "TAHUN", descriptionKey = "cli.pmks.tahunFilter")
        Integer tahun;
        @Option(names = "--cari", paramLabel = "TEKS", descriptionKey = "cli.pmks.cari")
        String cari;
        @Option(names = "--format", paramLabel = "teks|csv", defaultValue = "teks", descriptionKey = "cli.pmks.format")
        String format;

        @Override
        public Integer call() {
            boolean csv = Keluaran.csv(format);
            PrintWriter out = spec.commandLine().getOut();
            try (Layanan l = Layanan.buka(pmks.parent.dataDir())) {
                String kodeJenis = jenis == null ? null : jenis(l.pmks(), jenis).kode();
                FilterPmks f = new FilterPmks(cari, desa, kodeJenis, status(status), tahun, null, null, null);
                if (csv) {
                    out.println(HEADER);
                }
                int offset = 0;
                int total;
                do {
                    Halaman<BarisPmks> h = l.pmks().cari(f, Urutan.NAMA, true, offset, 5000);
                    total = h.total();
                    for (BarisPmks b : h.baris()) {
                        out.println(csv ? csvBaris(b) : teksBaris(b));
                    }
                    offset += h.baris().size();
                    if (h.baris().isEmpty()) {
                        break;
                    }
                } while (offset < total);
                if (!csv) {
                    out.println(Messages.get("cli.pmks.jumlah", total));
                }
            }
            return KesosCommand.OK;
        }

        static String csvBaris(BarisPmks b) {
            return String.join(",", Keluaran.sel(b.nik()), Keluaran.sel(b.nama()), b.jk() == null ? "" : b.jk().name(),
                    b.tanggalLahir() == null ? "" : b.tanggalLahir().toString(), b.desaKode(), b.jenisKode(), String.valueOf(b.tahun()),
                    b.status().kode());
        }

        static String teksBaris(BarisPmks b) {
            return String.format("%-16s  %-30s  %s  %-10s  %-13s  %-7s  %d  %s", b.nik() == null ? "-" : b.nik(), b.nama(),
                    b.jk() == null ? "-" : b.jk().name(), Tanggal.format(b.tanggalLahir()), b.desaKode(), b.jenisKode(), b.tahun(),
                    b.status().kode());
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Status implements Callable<Integer> {
        @ParentCommand
        PmksCommand pmks;
        @Spec
        CommandSpec spec;

        @Option(names = "--nik", required = true, paramLabel = "NIK", descriptionKey = "cli.pmks.nik")
        String nik;
        @Option(names = "--jenis", required = true, paramLabel = "PMKS-xx", descriptionKey = "cli.pmks.jenis")
        String jenis;
        @Option(names = "--tahun", required = true, paramLabel = "TAHUN", descriptionKey = "cli.pmks.tahun")
        int tahun;
        @Option(names = "--ke", required = true, paramLabel = "terverifikasi|ditolak|tidak-aktif", descriptionKey = "cli.pmks.ke")
        String ke;
        @Option(names = "--alasan", paramLabel = "ALASAN", descriptionKey = "cli.pmks.alasan")
        String alasan;

        @Override
        public Integer call() {
            StatusPmks tujuan = status(ke);
            try (Layanan l = Layanan.buka(pmks.parent.dataDir())) {
                PmksService svc = l.pmks();
                JenisPmks j = jenis(svc, jenis);
                String bersih = NikValidator.bersihkan(nik);
                Penduduk p = svc.orang().denganNik(bersih)
                        .orElseThrow(() -> new KesosException(Messages.get("cli.pmks.nikTidakAda", bersih)));
                EntriPmks e = svc.entri(p.id(), j.kode(), tahun)
                        .orElseThrow(() -> new KesosException(Messages.get("cli.pmks.entriTidakAda", p.nama(), j.nama(), tahun)));
                EntriPmks baru = svc.ubahStatus(e.id(), e.version(), tujuan, alasan);
                spec.commandLine().getOut().println(Messages.get("cli.pmks.statusDiubah", p.nama(), j.nama(), tahun,
                        Messages.get(e.status().labelKey()), Messages.get(baru.status().labelKey())));
            }
            return KesosCommand.OK;
        }
    }
}
