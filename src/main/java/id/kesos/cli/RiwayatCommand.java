package id.kesos.cli;

import id.kesos.core.KesosException;
import id.kesos.core.Layanan;
import id.kesos.core.i18n.Messages;
import id.kesos.core.penduduk.Tanggal;
import id.kesos.core.riwayat.RiwayatService;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code kesos riwayat}: the change history, newest first; as text a line per change with its changed fields,
 * as CSV a row per changed field (waktu, pengguna, register, aksi, subjek, kolom, lama, baru, keterangan).
 */
@Command(name = "riwayat", mixinStandardHelpOptions = true, sortOptions = false)
final class RiwayatCommand implements Callable<Integer> {
    static final String HEADER = "waktu,pengguna,register,aksi,subjek,kolom,lama,baru,keterangan";
    private static final DateTimeFormatter WAKTU = DateTimeFormatter.ofPattern("dd-MM-yyyy HH.mm.ss");

    @ParentCommand
    KesosCommand parent;
    @Spec
    CommandSpec spec;
    @Option(names = "--pengguna", paramLabel = "NAMA", descriptionKey = "cli.riwayat.pengguna")
    String pengguna;
    @Option(names = "--dari", paramLabel = "TANGGAL", descriptionKey = "cli.riwayat.dari")
    String dari;
    @Option(names = "--sampai", paramLabel = "TANGGAL", descriptionKey = "cli.riwayat.sampai")
    String sampai;
    @Option(names = "--register", paramLabel = "pmks|psks|rapat|kantor|ekspor", descriptionKey = "cli.riwayat.register")
    String register;
    @Option(names = "--nik", paramLabel = "NIK", descriptionKey = "cli.riwayat.nik")
    String nik;
    @Option(names = "--format", paramLabel = "teks|csv", defaultValue = "teks", descriptionKey = "cli.riwayat.format")
    String format;

    @Override
    public Integer call() {
        boolean csv = Keluaran.csv(format);
        LocalDate d = tanggal(dari, "--dari");
        LocalDate s = tanggal(sampai, "--sampai");
        if (d != null && s != null && s.isBefore(d)) {
            throw new KesosException(Messages.get("cli.riwayat.rentangSalah", Tanggal.format(d), Tanggal.format(s)));
        }
        RiwayatService.Register r = null;
        if (register != null) {
            r = RiwayatService.Register.dariKode(register);
            if (r == null) {
                throw new KesosException(Messages.get("cli.riwayat.registerSalah", register, Arrays.stream(RiwayatService.Register.values())
                        .map(RiwayatService.Register::kode).collect(Collectors.joining(", "))));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Layanan l = Layanan.buka(parent.dataDir())) {
            RiwayatService svc = new RiwayatService(l.db().dsl());
            RiwayatService.Filter f = RiwayatService.Filter.SEMUA.denganPengguna(pengguna).denganTanggal(d, s).denganRegister(r);
            if (nik != null) {
                f = f.denganPenduduk(svc.pendudukDenganNik(nik).orElseThrow(() -> new KesosException(Messages.get("cli.riwayat.nikTidakAda"))));
            }
            if (csv) {
                out.println(HEADER);
            }
            long[] n = {0};
            svc.semua(f, p -> {
                n[0]++;
                if (csv) {
                    csv(out, p);
                } else {
                    out.println(teks(p));
                }
            });
            if (!csv) {
                out.println(Messages.get("cli.riwayat.jumlah", n[0]));
            }
        }
        return KesosCommand.OK;
    }

    private static LocalDate tanggal(String s, String opsi) {
        if (s == null) {
            return null;
        }
        return Tanggal.parse(s).orElseThrow(() -> new KesosException(Tanggal.pesanTidakTerbaca(opsi, s)));
    }

    static String teks(RiwayatService.Perubahan p) {
        String isian = p.aksi() == id.kesos.core.audit.AuditLog.Aksi.UBAH ? p.yangBerubah().stream()
                .map(i -> i.kolom() + ": " + nilai(i.lama()) + " \u2192 " + nilai(i.baru())).collect(Collectors.joining("; ")) : p.ringkasan();
        return String.join("  ", p.waktu().atZoneSameInstant(java.time.ZoneId.systemDefault()).format(WAKTU), p.pengguna(),
                p.register() == null ? p.tabel() : p.register().label(), p.aksi().kode(), p.subjek(), isian);
    }

    private static String nilai(String v) {
        return v == null ? "-" : v;
    }

    private static void csv(PrintWriter out, RiwayatService.Perubahan p) {
        String awal = String.join(",", p.waktu().atZoneSameInstant(java.time.ZoneId.systemDefault()).toLocalDateTime().withNano(0).toString(),
                Keluaran.sel(p.pengguna()), p.register() == null ? p.tabel() : p.register().kode(), p.aksi().kode(), Keluaran.sel(p.subjek()));
        var isian = p.yangBerubah();
        if (isian.isEmpty()) {
            out.println(String.join(",", awal, "", "", "", Keluaran.sel(p.keterangan())));
        }
        for (var i : isian) {
            out.println(String.join(",", awal, Keluaran.sel(i.kolom()), Keluaran.sel(i.lama()), Keluaran.sel(i.baru()), Keluaran.sel(p.keterangan())));
        }
    }
}
