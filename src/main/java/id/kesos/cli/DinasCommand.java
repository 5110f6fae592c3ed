package id.kesos.cli;

import id.kesos.core.KesosException;
import id.kesos.core.Layanan;
import id.kesos.core.dinas.DinasService;
import id.kesos.core.dinas.GandaKabupaten;
import id.kesos.core.dinas.RekapKabupaten;
import id.kesos.core.i18n.Messages;
import id.kesos.core.rekap.RekapService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kesos dinas terima|status|ekspor|ganda}: Dinas mode, the kabupaten/kota's consolidation of its kecamatan's packages. */
@Command(name = "dinas", mixinStandardHelpOptions = true, subcommands = {DinasCommand.Terima.class, DinasCommand.Status.class,
    DinasCommand.Ekspor.class, DinasCommand.Ganda.class})
final class DinasCommand {
    private static final DateTimeFormatter TGL = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    @ParentCommand
    KesosCommand parent;

    @Command(name = "terima", mixinStandardHelpOptions = true)
    static final class Terima implements Callable<Integer> {
        @ParentCommand
        DinasCommand induk;
        @Spec
        CommandSpec spec;
        @Parameters(arity = "1..*", paramLabel = "BERKAS", descriptionKey = "cli.dinas.berkas")
        List<Path> berkas;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            boolean semua = true;
            try (Layanan l = Layanan.buka(induk.parent.dataDir())) {
                List<DinasService.HasilTerima> hasil = l.dinas().terima(berkas, null);
                if (hasil.isEmpty()) {
                    throw new KesosException(Messages.get("dinas.tidakAdaBerkas"));
                }
                for (DinasService.HasilTerima h : hasil) {
                    String nama = h.berkas().getFileName().toString();
                    if (h.diterima()) {
                        out.println(Messages.get(h.menggantikan() ? "cli.dinas.diterimaGanti" : "cli.dinas.diterima", nama, h.kecamatan(),
                                h.tahun(), h.entri()));
                    } else {
                        semua = false;
                        out.println(Messages.get("cli.dinas.ditolak", nama, h.alasan()));
                    }
                }
            }
            return semua ? KesosCommand.OK : KesosCommand.DITOLAK;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true)
    static final class Status implements Callable<Integer> {
        @ParentCommand
        DinasCommand induk;
        @Spec
        CommandSpec spec;
        @Option(names = "--tahun", required = true, paramLabel = "TAHUN", descriptionKey = "cli.ekspor.tahun")
        int tahun;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Layanan l = Layanan.buka(induk.parent.dataDir())) {
                List<DinasService.StatusKecamatan> status = l.dinas().status(tahun);
                for (DinasService.StatusKecamatan s : status) {
                    if (s.terkirim()) {
                        DinasService.PaketDiterima p = s.paket();
                        out.println(Messages.get("cli.dinas.statusKirim", s.kecamatan().kode(), s.kecamatan().nama(),
                                TGL.format(p.dibuat().atZoneSameInstant(java.time.ZoneId.systemDefault())), p.status(), p.entri(), p.orang()));
                    } else {
                        out.println(Messages.get("cli.dinas.statusBelum", s.kecamatan().kode(), s.kecamatan().nama()));
                    }
                }
                out.println(Messages.get("cli.dinas.statusJumlah", status.stream().filter(DinasService.StatusKecamatan::terkirim).count(),
                        status.size(), tahun));
            }
            return KesosCommand.OK;
        }
    }

    @Command(name = "ekspor", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Ekspor implements Callable<Integer> {
        @ParentCommand
        DinasCommand induk;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "JENIS", descriptionKey = "cli.dinas.jenis")
        String jenis;
        @Option(names = "--tahun", required = true, paramLabel = "TAHUN", descriptionKey = "cli.ekspor.tahun")
        int tahun;
        @Option(names = "--out", required = true, paramLabel = "BERKAS", descriptionKey = "cli.ekspor.out")
        Path out;
        @Option(names = "--kertas", paramLabel = "a4|f4", descriptionKey = "cli.rapat.kertas")
        String kertas;
        @Option(names = "--template", paramLabel = "T.xlsx", descriptionKey = "cli.ekspor.template")
        Path template;

        @Override
        public Integer call() {
            RekapKabupaten.Jenis j = RekapKabupaten.Jenis.dariKode(jenis);
            if (j == null) {
                throw new KesosException(Messages.get("cli.ekspor.jenisSalah", jenis, Arrays.stream(RekapKabupaten.Jenis.values())
                        .map(RekapKabupaten.Jenis::kode).collect(Collectors.joining(", "))));
            }
            Path tujuan = id.kesos.core.cetak.Berkas.periksaTujuan(out);
            RekapService.Format f = tujuan.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf") ? RekapService.Format.PDF
                    : RekapService.Format.XLSX;
            RekapService.Templat t = template == null ? null : RekapService.Templat.baca(template);
            try (Layanan l = Layanan.buka(induk.parent.dataDir())) {
                l.dinas().rekap().ekspor(j, tahun, Keluaran.kertas(kertas), f, t, tujuan, null);
            }
            spec.commandLine().getOut().println(Messages.get("cli.ekspor.tersimpan", tujuan, j.kode(), tahun));
            return KesosCommand.OK;
        }
    }

    @Command(name = "ganda", mixinStandardHelpOptions = true)
    static final class Ganda implements Callable<Integer> {
        @ParentCommand
        DinasCommand induk;
        @Spec
        CommandSpec spec;
        @Option(names = "--tahun", required = true, paramLabel = "TAHUN", descriptionKey = "cli.ekspor.tahun")
        int tahun;
        @Option(names = "--format", paramLabel = "teks|csv", defaultValue = "teks", descriptionKey = "cli.riwayat.format")
        String format;

        @Override
        public Integer call() {
            boolean csv = Keluaran.csv(format);
            PrintWriter out = spec.commandLine().getOut();
            try (Layanan l = Layanan.buka(induk.parent.dataDir())) {
                List<GandaKabupaten.Kelompok> k = l.dinas().ganda().cari(tahun);
                Map<String, String> namaJenis = l.pmks().jenis().stream().collect(Collectors.toMap(x -> x.kode(), x -> x.singkatan()));
                List<String[]> baris = GandaKabupaten.baris(k, namaJenis);
                if (csv) {
                    out.println(Messages.get("cli.dinas.gandaKepalaCsv"));
                    for (String[] b : baris) {
                        out.println(Arrays.stream(b).map(Keluaran::sel).collect(Collectors.joining(",")));
                    }
                } else {
                    for (String[] b : baris) {
                        out.println(Messages.get("cli.dinas.gandaBaris", (Object[]) b));
                    }
                    out.println(Messages.get("cli.dinas.gandaJumlah", k.size(), tahun));
                }
            }
            return KesosCommand.OK;
        }
    }
}
