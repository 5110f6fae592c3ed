package id.kesos.cli;

import id.kesos.core.KesosException;
import id.kesos.core.Layanan;
import id.kesos.core.db.DataDir;
import id.kesos.core.db.Integritas;
import id.kesos.core.penduduk.JenisKelamin;
import id.kesos.core.penduduk.Penduduk;
import id.kesos.core.pmks.EntriPmks;
import id.kesos.core.pmks.StatusPmks;
import id.kesos.core.pmks.SumberData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Crash safety, tried for real: the command line is started as a child process and killed with
 * SIGKILL at a random moment of a demo, a loop of saves, a first setup or an export. After each kill
 * the database must open, pass {@link Integritas}, hold exactly what was committed (all of a demo or
 * none; every save the child reported), leave no temporary file after the next start, and take the
 * next save. {@code kesos uji-tahan} runs it; a test runs it with fewer kills.
 */
public final class UjiTahan {
    /** The kinds of work that are killed. */
    public enum Jenis { DEMO, SIMPAN, SETUP, EKSPOR, SANDI }

    /** What one kind gave: kills, problems found (empty when all held), saves checked after a kill, time. */
    public record Hasil(Jenis jenis, int bunuh, List<String> masalah, int simpanDiperiksa, long ms, long msPenuh) {
    }

    static final String KECAMATAN = "36.04.34";
    static final String DESA = "36.04.34.2001";
    static final String[] SETUP = {"setup", "--kecamatan", KECAMATAN, "--camat", "Drs. Uji Tahan", "--nip-camat", "197001011990031001",
        "--kasie", "Uji Tahan, S.Sos.", "--nip-kasie", "198002022005012002"};
    static final int ORANG_DEMO = 400;
    static final String OK = "TERSIMPAN ";

    private final Path kerja;
    private final SplittableRandom acak;
    private final List<String> perintahJava;
    private Path dasar;
    private Path berisi;
    private Map<String, Long> jumlahDemo;
    private final java.util.EnumMap<Jenis, Long> lamaPenuh = new java.util.EnumMap<>(Jenis.class);
    private int nomor;

    public UjiTahan(Path kerja, long seed) {
        this.kerja = kerja;
        this.acak = new SplittableRandom(seed);
        List<String> j = new ArrayList<>();
        j.add(ProcessHandle.current().info().command().orElse("java"));
        // a short-lived child: the quick compiler and one GC thread start it fastest
        j.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m"));
        String cp = jarSaja(System.getProperty("java.class.path"), kerja);
        // and a class-data archive of their own, written by the first child that ends normally
        j.addAll(List.of("-XX:SharedArchiveFile=" + kerja.resolve("anak.jsa"), "-XX:+AutoCreateSharedArchive", "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off"));
        j.addAll(List.of("-cp", cp, "id.kesos.Main"));
        this.perintahJava = List.copyOf(j);
    }

    /**
     * The class path with each folder (target/classes in a test) packed into a jar of its own: a
     * class-data archive takes jars only, and with it a child starts in about half the time.
     */
    private static String jarSaja(String cp, Path kerja) {
        List<String> hasil = new ArrayList<>();
        int i = 0;
        for (String e : cp.split(java.io.File.pathSeparator)) {
            Path p = Path.of(e);
            if (!Files.isDirectory(p)) {
                hasil.add(e);
                continue;
            }
            Path jar = kerja.resolve("kelas-" + (i++) + ".jar");
            try {
                Files.createDirectories(kerja);
            } catch (IOException x) {
                hasil.add(e);
                continue;
            }
            try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
                    Stream<Path> s = Files.walk(p)) {
                for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                    out.putNextEntry(new java.util.jar.JarEntry(p.relativize(f).toString().replace(java.io.File.separatorChar, '/')));
                    Files.copy(f, out);
                    out.closeEntry();
                }
                hasil.add(jar.toString());
            } catch (IOException x) {
                hasil.add(e); // the folder itself still works, only slower
            }
        }
        return String.join(java.io.File.pathSeparator, hasil);
    }

    /** Runs {@code n} kills of kind {@code j}, three at a time (a child waits on its kill most of its life). */
    public Hasil jalankan(Jenis j, int n) throws IOException, InterruptedException {
        siapkan();
        long mulai = System.nanoTime();
        List<String> masalah = Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger diperiksa = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        for (int i = 0; i < n; i++) {
            Path f = kerja.resolve(j.name().toLowerCase(Locale.ROOT) + "-" + (++nomor));
            // drawn here, in order, so a seed gives the same kills whatever the threads do
            double saat = acak.nextDouble();
            int k = 1 + acak.nextInt(15);
            int no = nomor;
            pool.execute(() -> {
                try {
                    diperiksa.addAndGet(switch (j) {
                        case DEMO -> demo(f, saat);
                        case SIMPAN -> simpan(f, k, no);
                        case SETUP -> setup(f, saat);
                        case EKSPOR -> ekspor(f, saat);
                        case SANDI -> sandi(f, saat);
                    });
                } catch (AssertionError | KesosException | IOException e) {
                    masalah.add(f.getFileName() + ": " + e.getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    try {
                        hapus(f);
                    } catch (IOException e) {
                        // a temporary folder of the trial
                    }
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(1, TimeUnit.HOURS)) {
            masalah.add("waktu habis");
        }
        return new Hasil(j, n, List.copyOf(masalah), diperiksa.get(), (System.nanoTime() - mulai) / 1_000_000,
                lamaPenuh.getOrDefault(j, 0L));
    }

    /** A set-up folder and one with demo data, made once by unkilled children (which also time a whole run). */
    private void siapkan() throws IOException, InterruptedException {
        if (dasar != null) {
            return;
        }
        dasar = kerja.resolve("dasar");
        selesai(dasar, SETUP); // also writes the children's class-data archive
        Path kedua = kerja.resolve("dasar-2");
        lamaPenuh.put(Jenis.SETUP, selesai(kedua, SETUP));
        hapus(kedua);
        berisi = kerja.resolve("berisi");
        salin(dasar, berisi);
        lamaPenuh.put(Jenis.DEMO, selesai(berisi, "demo", "--orang", String.valueOf(ORANG_DEMO)));
        jumlahDemo = jumlah(berisi, List.of(), false);
        Path f = kerja.resolve("ekspor-0");
        salin(berisi, f);
        lamaPenuh.put(Jenis.EKSPOR, selesai(f, eksporArgs(f)));
        hapus(f);
        Path s = kerja.resolve("sandi-0");
        salin(berisi, s);
        lamaPenuh.put(Jenis.SANDI, selesai(s, sandiArgs(s)));
        hapus(s);
        lamaPenuh.put(Jenis.SIMPAN, 0L);
    }

    private long selesai(Path folder, String... args) throws IOException, InterruptedException {
        long t = System.nanoTime();
        Process p = mulai(folder, args);
        byte[] keluaran = p.getInputStream().readAllBytes();
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new AssertionError(String.join(" ", args) + " gagal: " + new String(keluaran, StandardCharsets.UTF_8));
        }
        return (System.nanoTime() - t) / 1_000_000;
    }

    private Process mulai(Path folder, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(perintahJava);
        cmd.add("--data-dir");
        cmd.add(folder.toString());
        Collections.addAll(cmd, args);
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    /** Kills at a random moment of the run's usual length (from a fifth of it: before that the JVM is only starting). */
    private void bunuhAcak(Process p, Jenis j, double bagian) throws InterruptedException {
        long penuh = Math.max(500, lamaPenuh.get(j));
        long saat = penuh / 5 + (long) (bagian * (penuh - penuh / 5));
        Thread buang = pembuang(p);
        p.waitFor(saat, TimeUnit.MILLISECONDS);
        p.destroyForcibly(); // SIGKILL
        p.waitFor(30, TimeUnit.SECONDS);
        buang.join(5000);
    }

    private static Thread pembuang(Process p) {
        Thread t = new Thread(() -> {
            try {
                p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException e) {
                // the process was killed
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    private int demo(Path f, double saat) throws IOException, InterruptedException {
        salin(dasar, f);
        bunuhAcak(mulai(f, "demo", "--orang", String.valueOf(ORANG_DEMO)), Jenis.DEMO, saat);
        Map<String, Long> n = periksa(f, List.of());
        boolean kosong = n.get("pmks") == 0 && n.get("psks") == 0 && n.get("rapat") == 0 && n.get("penduduk") == 0;
        if (!kosong && !n.equals(jumlahDemo)) {
            throw new AssertionError("demo tersimpan sebagian: " + n + ", utuh: " + jumlahDemo);
        }
        return 0;
    }

    /** The child saves in a loop and says so after each commit; it is killed 1 ms after the k-th "saved". */
    private int simpan(Path f, int k, int no) throws IOException, InterruptedException {
        salin(dasar, f);
        Process p = mulai(f, "uji-tahan", "simpan-terus", "--seed", String.valueOf(no));
        List<String> nik = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String baris;
            while (nik.size() < k && (baris = in.readLine()) != null) {
                if (baris.startsWith(OK)) {
                    nik.add(baris.substring(OK.length()).strip());
                }
            }
            Thread.sleep(1);
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        if (nik.size() < k) {
            throw new AssertionError("simpan-terus berhenti sebelum " + k + " simpanan");
        }
        Map<String, Long> n = periksa(f, nik);
        long pmks = n.get("pmks");
        if (pmks != k && pmks != k + 1) {
            throw new AssertionError("entri setelah " + k + " simpanan dilaporkan: " + pmks);
        }
        return k;
    }

    private int setup(Path f, double saat) throws IOException, InterruptedException {
        bunuhAcak(mulai(f, SETUP), Jenis.SETUP, saat);
        Map<String, Long> n = periksa(f, List.of());
        if (n.get("kantor") == 1 && n.get("desa") == 0 || n.get("kantor") == 0 && n.get("desa") > 0) {
            throw new AssertionError("profil kantor tersimpan sebagian: " + n);
        }
        if (n.get("kantor") == 0) {
            // the next start finishes what the killed one began
            List<String> a = new ArrayList<>(List.of("--data-dir", f.toString()));
            a.addAll(List.of(SETUP));
            dalamProses(a.toArray(String[]::new));
            simpanBerikut(f);
        }
        return 0;
    }

    private int ekspor(Path f, double saat) throws IOException, InterruptedException {
        salin(berisi, f);
        Path out = f.resolve("rekap-uji.xlsx");
        byte[] lama = "isi lama".getBytes(StandardCharsets.UTF_8);
        Files.write(out, lama);
        bunuhAcak(mulai(f, eksporArgs(f)), Jenis.EKSPOR, saat);
        byte[] isi = Files.readAllBytes(out);
        if (!java.util.Arrays.equals(isi, lama)) {
            try (Workbook wb = WorkbookFactory.create(out.toFile(), null, true)) {
                if (wb.getNumberOfSheets() < 1) {
                    throw new AssertionError("rekap tanpa lembar");
                }
            } catch (IOException | RuntimeException e) {
                throw new AssertionError("rekap tertulis sebagian: " + e);
            }
        }
        Map<String, Long> n = periksa(f, List.of());
        if (!n.equals(jumlahDemo)) {
            throw new AssertionError("ekspor mengubah data: " + n + ", sebelumnya " + jumlahDemo);
        }
        try (Stream<Path> s = Files.list(f)) {
            List<Path> sisa = s.filter(p -> p.getFileName().toString().startsWith(".kesos-")).toList();
            if (!sisa.isEmpty()) {
                throw new AssertionError("berkas sementara tertinggal setelah dibuka lagi: " + sisa);
            }
        }
        return 0;
    }

    /**
     * Setting the data password, killed at random: the folder then opens as it was (plain, no password) or encrypted
     * with the new password, whole either way; never a file that neither opens.
     */
    private int sandi(Path f, double saat) throws IOException, InterruptedException {
        salin(berisi, f);
        bunuhAcak(mulai(f, sandiArgs(f)), Jenis.SANDI, saat);
        id.kesos.core.db.DataDir d = new id.kesos.core.db.DataDir(f);
        if (id.kesos.core.db.Enkripsi.aktif(d)) {
            id.kesos.core.db.Brankas.simpan(d, SANDI_UJI.toCharArray());
        }
        try {
            Map<String, Long> n = periksa(f, List.of());
            if (!n.equals(jumlahDemo)) {
                throw new AssertionError("kata sandi mengubah data: " + n + ", sebelumnya " + jumlahDemo);
            }
        } finally {
            id.kesos.core.db.Brankas.simpan(d, null);
        }
        return 0;
    }

    private static final String SANDI_UJI = "kata sandi uji tahan";

    private static String[] sandiArgs(Path f) throws IOException {
        Path pw = f.resolve("sandi-uji.txt");
        Files.writeString(pw, SANDI_UJI + "\n", StandardCharsets.UTF_8);
        return new String[] {"kata-sandi", "pasang", "--baru", pw.toString(), "--saya-paham"};
    }

    private static String[] eksporArgs(Path f) {
        return new String[] {"ekspor", "bnba-pmks", "--tahun", String.valueOf(LocalDate.now().getYear()), "--status", "semua",
            "--out", f.resolve("rekap-uji.xlsx").toString()};
    }

    /** Opens the folder as the app does, checks it whole and counts; a killed process's temporary files must be gone. */
    private Map<String, Long> periksa(Path f, List<String> nikTersimpan) {
        if (!Files.exists(f.resolve("kesos.mv.db"))) {
            // killed before the file was put in place: nothing was there, and the next start makes it
            Map<String, Long> kosong = new java.util.TreeMap<>();
            for (String t : new String[] {"pmks", "psks", "rapat", "penduduk", "kantor", "desa"}) {
                kosong.put(t, 0L);
            }
            return kosong;
        }
        Map<String, Long> n = jumlah(f, nikTersimpan, true);
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(f.resolve("sementara"))) {
            for (Path p : ds) {
                if (!p.getFileName().toString().equals(String.valueOf(ProcessHandle.current().pid()))) {
                    throw new AssertionError("folder sementara proses yang dibunuh tertinggal: " + p);
                }
            }
        } catch (java.nio.file.NoSuchFileException e) {
            // none
        } catch (IOException e) {
            throw new AssertionError(e.toString());
        }
        return n;
    }

    private static Map<String, Long> jumlah(Path f, List<String> nikTersimpan, boolean simpanBerikut) {
        try (Layanan l = Layanan.buka(new DataDir(f))) {
            for (String s : nikTersimpan) {
                if (l.db().dsl().fetchCount(l.db().dsl().selectOne().from("penduduk").where("nik = ?", s)) != 1) {
                    throw new AssertionError("simpanan yang dilaporkan \"Tersimpan\" hilang setelah SIGKILL: " + s);
                }
            }
            List<String> masalah = Integritas.periksa(l.db().dsl());
            if (!masalah.isEmpty()) {
                throw new AssertionError("pemeriksaan keutuhan: " + masalah);
            }
            Map<String, Long> n = new java.util.TreeMap<>();
            for (String t : new String[] {"pmks", "psks", "rapat", "penduduk", "kantor", "desa"}) {
                n.put(t, l.db().dsl().fetchOne("SELECT COUNT(*) FROM " + t).get(0, Long.class));
            }
            if (simpanBerikut && n.get("kantor") == 1) {
                // the next save after the kill works: its ids do not collide with anything the killed process wrote
                l.pmks().tambah(orang(900_000), entri(), true);
            }
            return n;
        }
    }

    /**
     * The next save after a kill works (its id does not collide with anything the killed process wrote),
     * through the command line as a user would type it, in this process.
     */
    private static void simpanBerikut(Path f) {
        Penduduk p = orang(900_000);
        dalamProses("--data-dir", f.toString(), "pmks", "tambah", "--nik", p.nik(), "--nama", p.nama(), "--tanggal-lahir",
                p.tanggalLahir().toString(), "--jk", "L", "--desa", DESA, "--jenis", "PMKS-08");
    }

    private static void dalamProses(String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = KesosCommand.jalankan(args, d -> { }, new java.io.PrintWriter(out), new java.io.PrintWriter(err));
        if (code != 0) {
            throw new AssertionError("simpan berikutnya ditolak (" + String.join(" ", args) + "): " + err);
        }
    }

    /** A synthetic person of the trial office (numbered, never a real NIK: sequence 9000 and up). */
    public static Penduduk orang(int i) {
        LocalDate lahir = LocalDate.of(1950, 1, 1).plusDays(i % 20_000);
        String nik = KECAMATAN.replace(".", "") + String.format("%02d%02d%02d", lahir.getDayOfMonth(), lahir.getMonthValue(),
                lahir.getYear() % 100) + String.format("%04d", 9000 + i / 20_000 % 999);
        return new Penduduk(null, nik, null, "Uji Tahan " + i, null, lahir, JenisKelamin.L, "Jalan Uji", null, "001", "002", DESA, null,
                null, null, null, 0);
    }

    /** A PMKS entry (Lanjut Usia Telantar, this year, proposed) for {@link #orang}. */
    public static EntriPmks entri() {
        return new EntriPmks(null, null, null, "PMKS-08", LocalDate.now().getYear(), StatusPmks.USULAN, null, SumberData.PENDATAAN_DESA,
                LocalDate.now(), null, null, null, null, null, 0);
    }

    private static void salin(Path dari, Path ke) throws IOException {
        Files.createDirectories(ke);
        for (String nama : new String[] {"kesos.mv.db", "kesos.kunci"}) {
            Files.copy(dari.resolve(nama), ke.resolve(nama));
        }
    }

    static void hapus(Path f) throws IOException {
        if (!Files.exists(f)) {
            return;
        }
        try (Stream<Path> s = Files.walk(f)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
