package id.kesos.cli;

import id.kesos.core.AppInfo;
import id.kesos.core.KesosException;
import id.kesos.core.Layanan;
import id.kesos.core.db.DataDir;
import id.kesos.core.i18n.Messages;
import id.kesos.core.kantor.Kantor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kesos benchmark mulai}: start-up time, from starting the process to the main window shown
 * with its data, over several runs on a prepared data folder. Needs a screen (or {@code xvfb-run -a}).
 * Each run is paired with the floor, a bare JavaFX window from the same Java and class path
 * ({@code id.kesos.ui.JendelaPolos}), the two alternating so that both meet the same load; the
 * medians and their ratio are printed.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true)
final class BenchmarkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "UKURAN", descriptionKey = "cli.benchmark.ukuran")
    String ukuran;

    @Option(names = "--ulang", paramLabel = "N", descriptionKey = "cli.benchmark.ulang")
    Integer ulang;

    @Option(names = "--entri", defaultValue = "250000", paramLabel = "N", descriptionKey = "cli.benchmark.entri")
    int entri;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (ulang != null && ulang < 1) {
            throw new KesosException(Messages.get("cli.benchmark.ulangSalah", ulang));
        }
        if ("cari".equals(ukuran)) {
            return new BenchmarkCari(spec.commandLine().getOut(), spec.commandLine().getErr()).jalankan(entri);
        }
        if ("impor".equals(ukuran)) {
            return new BenchmarkImpor(spec.commandLine().getOut()).jalankan(entri == 250000 ? 100_000 : entri, ulang == null ? 3 : ulang);
        }
        if ("riwayat".equals(ukuran)) {
            return new BenchmarkRiwayat(spec.commandLine().getOut()).jalankan(entri == 250000 ? 100_000 : entri);
        }
        if ("dinas".equals(ukuran)) {
            return new BenchmarkDinas(spec.commandLine().getOut()).jalankan(entri == 250000 ? 10_000 : entri);
        }
        if ("ekspor".equals(ukuran)) {
            return new BenchmarkEkspor(spec.commandLine().getOut()).jalankan(entri);
        }
        if (!"mulai".equals(ukuran)) {
            throw new KesosException(Messages.get("cli.benchmark.ukuranTidakDikenal", ukuran));
        }
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("kesos-benchmark-");
        try {
            try (Layanan l = Layanan.buka(new DataDir(dir))) {
                l.kantor().simpan(BenchmarkCommand.kantor());
            }
            List<Long> ms = new ArrayList<>();
            List<Long> lantai = new ArrayList<>();
            int kali = ulang == null ? 5 : ulang;
            for (int i = 0; i <= kali; i++) {
                long f = ukurSekali(perintahLantai());
                long t = ukurSekali(perintahAplikasi(dir));
                if (i == 0) {
                    out.println(Messages.get("cli.benchmark.pemanasan", t, f));
                } else {
                    ms.add(t);
                    lantai.add(f);
                    out.println(Messages.get("cli.benchmark.putaran", i, t, f));
                }
                out.flush();
            }
            List<Long> urut = ms.stream().sorted().toList();
            long medianLantai = lantai.stream().sorted().toList().get(lantai.size() / 2);
            out.println(Messages.get("cli.benchmark.hasil", urut.get(urut.size() / 2), urut.getFirst(), urut.getLast(), ms.size()));
            out.println(Messages.get("cli.benchmark.lantaiMulai", medianLantai, BenchmarkEkspor.rasio(urut.get(urut.size() / 2), medianLantai)));
        } finally {
            BenchmarkCommand.hapus(dir);
        }
        return KesosCommand.OK;
    }

    /** The office every benchmark works in (Kecamatan Bandung, Kabupaten Serang). */
    static Kantor kantor() {
        return new Kantor("36.04.34", "Benchmark Camat", "197001011990031001", null, "Benchmark Kasie", "198002022005012002", null, null, null,
                null, null, null, 0);
    }

    /** Removes a benchmark's temporary data folder. */
    static void hapus(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The app as the user starts it: the launcher when there is one, else this Java with this class path. */
    private static List<String> perintahAplikasi(Path dir) {
        List<String> cmd = new ArrayList<>();
        String launcher = System.getProperty("kesos.launcher");
        if (launcher != null && Files.isRegularFile(Path.of(launcher))) {
            cmd.add(launcher);
        } else {
            cmd.addAll(java("id.kesos.Main"));
        }
        cmd.add("--data-dir");
        cmd.add(dir.toString());
        return cmd;
    }

    /** The floor: a bare JavaFX window from this Java and class path. */
    private static List<String> perintahLantai() {
        return java("id.kesos.ui.JendelaPolos$Mulai");
    }

    private static List<String> java(String kelas) {
        return List.of(ProcessHandle.current().info().command().orElse("java"), "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), kelas);
    }

    /** Milliseconds from process start to the marker line, or a refusal when the window never appears. */
    private long ukurSekali(List<String> cmd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put(AppInfo.ENV_UKUR_MULAI, "1");
        long start = System.nanoTime();
        Process p = pb.start();
        StringBuilder log = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.contains(AppInfo.PENANDA_JENDELA)) {
                    long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                    p.waitFor(30, TimeUnit.SECONDS);
                    return elapsed;
                }
                log.append(line).append('\n');
            }
        } finally {
            p.destroy();
        }
        throw new KesosException(Messages.get("cli.benchmark.gagal", log.toString().strip()));
    }
}
