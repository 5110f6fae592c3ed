package id.kesos.cli;

import id.kesos.core.KesosException;
import id.kesos.core.Kemajuan;
import id.kesos.core.Layanan;
import id.kesos.core.i18n.Messages;
import id.kesos.core.impor.BerkasTolak;
import id.kesos.core.impor.ImporPmks;
import id.kesos.core.impor.ImporPsks;
import id.kesos.core.impor.RiwayatImpor;
import id.kesos.core.impor.Tolakan;
import id.kesos.core.pmks.SumberData;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kesos impor pmks FILE} and {@code kesos impor riwayat}: office spreadsheets and Dinas lists into the register. */
@Command(name = "impor", mixinStandardHelpOptions = true, subcommands = {ImporCommand.Pmks.class, ImporCommand.Psks.class, ImporCommand.Riwayat.class})
final class ImporCommand implements Callable<Integer> {
    @ParentCommand
    KesosCommand parent;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return KesosCommand.SALAH_PAKAI;
    }

    /**
     * Imports a PMKS list: prints the counts one per line ("baris: N", "ditambah: N", ...), the rejected rows
     * with their reasons on stderr; {@code --coba} only previews. Exit 0 when the import ran (rejected rows
     * included), 1 when the file could not be read at all.
     */
    @Command(name = "pmks", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Pmks extends DasarImpor {
        @Option(names = "--jenis", paramLabel = "PMKS-nn", descriptionKey = "cli.impor.jenis")
        String jenis;
        @Option(names = "--tahun", paramLabel = "TAHUN", descriptionKey = "cli.impor.tahun")
        Integer tahun;
        @Option(names = "--sumber", paramLabel = "SUMBER", defaultValue = "lainnya", descriptionKey = "cli.impor.sumber")
        String sumber;
        @Option(names = "--duplikat", paramLabel = "lewati|perbarui", defaultValue = "lewati", descriptionKey = "cli.impor.duplikat")
        String duplikat;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            SumberData s;
            try {
                s = SumberData.dariKode(sumber.strip().replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new KesosException(Messages.get("cli.impor.sumberSalah", sumber));
            }
            String d = duplikat.strip().toLowerCase(Locale.ROOT);
            if (!d.equals("lewati") && !d.equals("perbarui")) {
                throw new KesosException(Messages.get("cli.impor.duplikatSalah", duplikat));
            }
            ImporPmks.Opsi opsi = new ImporPmks.Opsi(lembar, jenis == null ? null : jenis.strip().toUpperCase(Locale.ROOT),
                    tahun == null ? LocalDate.now().getYear() : tahun, s, d.equals("perbarui"));
            if (tolak != null) {
                tolak = id.kesos.core.cetak.Berkas.periksaTujuan(tolak);
            }
            try (Layanan l = Layanan.buka(impor.parent.dataDir())) {
                if (jenis != null && l.pmks().jenis(jenis).isEmpty()) {
                    throw new KesosException(Messages.get("entri.jenisTidakDikenal", jenis));
                }
                ImporPmks.Pratinjau p = l.impor().pratinjau(berkas, opsi, Kemajuan.DIAM);
                laporPratinjau(err, p.pernah(), p.tolak(), p.peringatan());
                ImporPmks.Hasil h = coba ? null : l.impor().jalankan(p, Kemajuan.DIAM);
                laporHasil(out, err, p.baris(), h == null ? p.tambah().size() : h.ditambah(), h == null ? p.diperbarui() : h.diperbarui(),
                        p.dilewati(), p.kepala(), p.tolak(), tolak, coba);
            }
            return KesosCommand.OK;
        }
    }

    /** What both registers' imports take: the file, its sheet, where the rejected rows go, a dry run. */
    abstract static class DasarImpor implements Callable<Integer> {
        @ParentCommand
        ImporCommand impor;
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "BERKAS", descriptionKey = "cli.impor.berkas")
        Path berkas;
        @Option(names = "--lembar", paramLabel = "NAMA", descriptionKey = "cli.impor.lembar")
        String lembar;
        @Option(names = "--tolak", paramLabel = "OUT.xlsx", descriptionKey = "cli.impor.tolak")
        Path tolak;
        @Option(names = "--coba", descriptionKey = "cli.impor.coba")
        boolean coba;
    }

    /** What the preview found that the user must read: a file imported before, the rejected rows and why, the warnings. */
    static void laporPratinjau(PrintWriter err, java.util.Optional<RiwayatImpor> pernah, java.util.List<Tolakan> tolakan,
            java.util.List<String> peringatan) {
        pernah.ifPresent(r -> err.println(Messages.get("cli.impor.pernah", r.namaBerkas(),
                r.waktu().format(DateTimeFormatter.ofPattern("dd-MM-yyyy HH.mm")))));
        for (Tolakan t : tolakan) {
            err.println(Messages.get("cli.impor.ditolak", String.valueOf(t.baris()), t.kolom(), t.alasan()));
        }
        peringatan.forEach(w -> err.println(Messages.get("cli.peringatan", w)));
    }

    /** The rejects workbook when asked for, then the counts one per line. */
    static void laporHasil(PrintWriter out, PrintWriter err, int baris, int ditambah, int diperbarui, int dilewati,
            id.kesos.core.impor.Kepala<?> kepala, java.util.List<Tolakan> tolakan, Path tolak, boolean coba) {
        if (tolak != null && !tolakan.isEmpty()) {
            BerkasTolak.tulis(tolak, kepala, tolakan);
            err.println(Messages.get("cli.impor.berkasTolak", tolak));
        }
        out.println("baris: " + baris);
        out.println("ditambah: " + ditambah);
        out.println("diperbarui: " + diperbarui);
        out.println("dilewati: " + dilewati);
        out.println("ditolak: " + tolakan.size());
        if (coba) {
            err.println(Messages.get("cli.impor.cobaSaja"));
        }
    }

    /**
     * Imports a PSKS list (the Kemensos verification form Model B.1.1, or a list of pillars with a type
     * column): output and exit codes as {@code impor pmks}; a row already registered is skipped.
     */
    @Command(name = "psks", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Psks extends DasarImpor {
        @Option(names = "--jenis", paramLabel = "PSKS-nn", descriptionKey = "cli.impor.jenisPsks")
        String jenis;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (tolak != null) {
                tolak = id.kesos.core.cetak.Berkas.periksaTujuan(tolak);
            }
            try (Layanan l = Layanan.buka(impor.parent.dataDir())) {
                String j = jenis == null ? null : jenis.strip().toUpperCase(Locale.ROOT);
                if (j != null && l.psks().jenis(j).isEmpty()) {
                    throw new KesosException(Messages.get("cli.impor.jenisPsksSalah", jenis));
                }
                ImporPsks.Pratinjau p = l.imporPsks().pratinjau(berkas, new ImporPsks.Opsi(lembar, j, null, null), Kemajuan.DIAM);
                laporPratinjau(err, p.pernah(), p.tolak(), p.peringatan());
                ImporPmks.Hasil h = coba ? null : l.imporPsks().jalankan(p, Kemajuan.DIAM);
                laporHasil(out, err, p.baris(), h == null ? p.tambah().size() : h.ditambah(), 0, p.dilewati(), p.kepala(), p.tolak(), tolak,
                        coba);
            }
            return KesosCommand.OK;
        }
    }

    /** One line per import run, newest first. */
    @Command(name = "riwayat", mixinStandardHelpOptions = true)
    static final class Riwayat implements Callable<Integer> {
        @ParentCommand
        ImporCommand impor;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Layanan l = Layanan.buka(impor.parent.dataDir())) {
                for (RiwayatImpor r : l.impor().riwayat()) {
                    out.println(Messages.get("cli.impor.riwayatBaris", r.waktu().format(DateTimeFormatter.ofPattern("dd-MM-yyyy HH.mm")),
                            r.register(), r.namaBerkas(), String.valueOf(r.baris()), String.valueOf(r.ditambah()), String.valueOf(r.diperbarui()), String.valueOf(r.dilewati()),
                            String.valueOf(r.ditolak()), r.pengguna()));
                }
            }
            return KesosCommand.OK;
        }
    }
}
