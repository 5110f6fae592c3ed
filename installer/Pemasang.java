import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Builds Kesos Kecamatan's installer for the system it runs on, from the distribution {@code mvn package}
 * made in target/kesos: a trimmed Java runtime (jlink), the self-contained application (jpackage app-image)
 * and, from it, the installer (.deb on Linux, .msi on Windows, .dmg on macOS). Run by
 * {@code mvn -Pinstaller package} (installer/README.md); by hand:
 * {@code java installer/Pemasang.java target/kesos 0.1.0 target/installer [app-image|paket-saja]}.
 * It needs the JDK 25 that runs it (its jlink and jpackage), nothing else on Linux but dpkg-deb and fakeroot,
 * WiX on Windows.
 */
public class Pemasang {
    static final String NAMA = "Kesos Kecamatan";
    static final String PAKET = "kesos-kecamatan";
    static final String VENDOR = "Kesos Kecamatan";
    static final String DESKRIPSI = "Register PMKS/PSKS, notula rapat koordinasi dan rekap Excel Seksi Kesejahteraan Sosial kecamatan";
    /** Fixed for ever: Windows Installer knows a new version of the same product by it and replaces the old one. */
    static final String WIN_UPGRADE_UUID = "4f6b2c0e-7a1d-4c3b-9e55-2d8a6b1f0c47";
    static final String IKON = "src/main/resources/id/kesos/ui/ikon/kesos.png";
    /**
     * The runtime's modules: what jdeps finds the app and its libraries use, JavaFX's own needs (java.desktop,
     * jdk.unsupported), the zip file system (backups), the extra charsets (Windows-1252 lists) and the locale
     * data with Indonesian (dates read "Senin, 23 November 2026").
     */
    static final List<String> MODUL = List.of("java.base", "java.compiler", "java.desktop", "java.instrument", "java.logging",
            "java.management", "java.naming", "java.net.http", "java.prefs", "java.scripting", "java.security.jgss", "java.sql",
            "java.xml", "java.xml.crypto", "jdk.charsets", "jdk.crypto.ec", "jdk.jfr", "jdk.localedata", "jdk.net", "jdk.unsupported",
            "jdk.unsupported.desktop", "jdk.zipfs");
    /**
     * The app's JVM options for a desktop: the heap it is designed for, the serial collector (one thread, the
     * smallest footprint, fast start) giving unused heap back after a collection, and the JavaFX native access.
     */
    static final List<String> OPSI_JAVA = List.of("--enable-native-access=ALL-UNNAMED", "-Xms32m", "-Xmx512m", "-XX:+UseSerialGC",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-Xss512k");
    /**
     * On Linux also: the native heap trimmed every 5 s, so what the JIT compilers and JavaFX's start freed goes back
     * to the system (20-25 MB of the window's resident memory at Beranda). Only glibc can: elsewhere the JVM would
     * print a warning at every start, on the command line's console too.
     */
    static final List<String> OPSI_JAVA_LINUX = List.of("-XX:TrimNativeHeapInterval=5000");
    /**
     * On Linux the window's launcher also runs the JIT compilers' threads at the lowest priority (nice 19): on a
     * 2-core PC the C2 compiler otherwise takes a core from JavaFX's start and the database's open, and the window
     * appeared 15-20% later (median of 9 alternate starts as a normal user: 843 against 705 ms). Compiling still
     * uses every core nobody else wants, so a long import or export is as fast as before. Priorities need the
     * "aggressive" policy on Linux, which warns at every start: not on the command line's launcher, whose output
     * people and scripts read. Windows and macOS keep their default (not measured there).
     */
    static final List<String> OPSI_JENDELA_LINUX = List.of("-XX:ThreadPriorityPolicy=1", "-XX:CompilerThreadPriority=19");

    enum Sistem { LINUX, WINDOWS, MAC }

    public static void main(String[] a) throws Exception {
        if (a.length < 3) {
            System.err.println("pakai: java installer/Pemasang.java DIST VERSI KELUAR [semua|app-image|paket-saja]");
            System.exit(2);
        }
        Path dist = Path.of(a[0]).toAbsolutePath();
        String versi = angkaVersi(a[1]);
        Path keluar = Path.of(a[2]).toAbsolutePath();
        String cara = a.length < 4 ? "semua" : a[3];
        boolean paket = !cara.equals("app-image");
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        Sistem s = os.contains("win") ? Sistem.WINDOWS : os.contains("mac") ? Sistem.MAC : Sistem.LINUX;
        if (!Files.isRegularFile(dist.resolve("lib/kesos-kecamatan.jar"))) {
            throw new IllegalStateException(dist + " holds no distribution: run mvn package first");
        }
        Path app = keluar.resolve(s == Sistem.MAC ? NAMA + ".app" : NAMA);
        if (cara.equals("paket-saja")) {
            // only the installer, of the app-image built before, with this version: the upgrade test's "version N+1"
            paket(s, versi, app, keluar.resolve("ikon").resolve(s == Sistem.LINUX ? "kesos.png" : s == Sistem.WINDOWS ? "kesos.ico" : "kesos.icns"),
                    keluar.resolve("naik"));
            return;
        }
        hapus(keluar);
        Files.createDirectories(keluar);
        Path ikon = ikon(keluar.resolve("ikon"), s);
        Path masukan = masukan(dist, keluar.resolve("masukan"));
        Path runtime = keluar.resolve("runtime");
        // no class-data archive of the runtime's own (--generate-cds-archive, 28 MB): both launchers start with the
        // application's AOT cache below, which holds the runtime's classes the app uses as well
        jalankan("jlink", List.of("--add-modules", String.join(",", MODUL), "--include-locales=en,id", "--strip-debug",
                "--no-header-files", "--no-man-pages", "--compress=zip-6", "--output", runtime.toString()));
        if (s == Sistem.LINUX) {
            tanpaSimbol(runtime);
        }
        Path cli = keluar.resolve("kesos-cli.properties");
        // the command line: a console on Windows, no menu entry or desktop shortcut of its own
        Files.writeString(cli, "win-console=true\nwin-shortcut=false\nwin-menu=false\nlinux-shortcut=false\ndescription=" + NAMA
                + " (baris perintah)\n");
        List<String> gambar = identitas(versi, ikon);
        gambar.addAll(List.of("--type", "app-image", "--input", masukan.toString(), "--main-jar", "kesos-kecamatan.jar",
                "--main-class", "id.kesos.Main", "--runtime-image", runtime.toString(), "--add-launcher", "kesos=" + cli,
                "--dest", keluar.toString()));
        for (String o : OPSI_JAVA) {
            gambar.addAll(List.of("--java-options", o));
        }
        if (s == Sistem.LINUX) {
            for (String o : OPSI_JAVA_LINUX) {
                gambar.addAll(List.of("--java-options", o));
            }
        }
        if (s == Sistem.MAC) {
            gambar.addAll(List.of("--mac-package-identifier", "id.kesos.kecamatan", "--mac-package-name", NAMA));
        }
        jalankan("jpackage", gambar);
        if (s == Sistem.LINUX) {
            tambahOpsi(folderApp(s, app).resolve(NAMA + ".cfg"), OPSI_JENDELA_LINUX);
        }
        latih(s, app, keluar);
        if (s == Sistem.LINUX) {
            peluncurSkrip(app);
        }
        System.out.println("app-image: " + app + " (" + ukuranMb(app) + " MB)");
        if (paket) {
            paket(s, versi, app, ikon, keluar);
        }
    }

    /**
     * The runtime's native libraries without their symbol tables ({@code strip --strip-unneeded}): the JDK ships
     * them with one (jlink's {@code --strip-native-debug-symbols} removes only debug sections, which these have
     * none of), 5-6 MB of the image, of which only a crash report's frame names make use. The symbols other
     * libraries link against ({@code .dynsym}) stay. Without {@code strip} (binutils) the build says so and goes on.
     */
    static void tanpaSimbol(Path runtime) throws IOException, InterruptedException {
        if (!adaDiPath("strip")) {
            System.out.println("strip: not found (apt-get install binutils); the runtime keeps its symbol tables");
            return;
        }
        long sebelum = ukuranMb(runtime);
        List<String> cmd = new ArrayList<>(List.of("strip", "--strip-unneeded"));
        try (Stream<Path> l = Files.walk(runtime.resolve("lib"))) {
            l.filter(p -> p.getFileName().toString().endsWith(".so")).map(Path::toString).sorted().forEach(cmd::add);
        }
        if (proses(cmd, false) != 0) {
            throw new IllegalStateException("strip failed");
        }
        System.out.println("runtime: " + sebelum + " MB, without symbol tables " + ukuranMb(runtime) + " MB");
    }

    /** What both jpackage runs say of the product: name, version, vendor, description, copyright, icon. */
    static List<String> identitas(String versi, Path ikon) {
        return new ArrayList<>(List.of("--name", NAMA, "--app-version", versi, "--vendor", VENDOR, "--description", DESKRIPSI,
                "--copyright", "Kesos Kecamatan, lisensi Apache-2.0", "--icon", ikon.toString()));
    }

    /** The installer of this system from the app-image {@code app}, written into {@code ke}. */
    static void paket(Sistem s, String versi, Path app, Path ikon, Path ke) throws IOException {
        Files.createDirectories(ke);
        List<String> pasang = identitas(versi, ikon);
        pasang.addAll(List.of("--app-image", app.toString(), "--dest", ke.toString(), "--license-file",
                Path.of("LICENSE").toAbsolutePath().toString()));
        if (s == Sistem.LINUX && Files.isRegularFile(folderApp(s, app).resolve("kesos.aot"))) {
            // the stock install script plus one line: the jars get back the time the AOT cache was made with
            long detik = Files.getLastModifiedTime(folderApp(s, app).resolve("kesos-kecamatan.jar")).to(java.util.concurrent.TimeUnit.SECONDS);
            Path sumber = ke.resolve("sumber-deb");
            Files.createDirectories(sumber);
            String postinst = Files.readString(Path.of("installer/linux/postinst")).replace("WAKTU_JAR", String.valueOf(detik));
            Files.writeString(sumber.resolve("postinst"), postinst);
            pasang.addAll(List.of("--resource-dir", sumber.toString()));
        }
        switch (s) {
            case LINUX -> pasang.addAll(List.of("--type", "deb", "--linux-package-name", PAKET, "--linux-package-deps", "libgtk-3-0",
                    "--linux-menu-group", "Office", "--linux-app-category", "misc", "--linux-shortcut", "--linux-deb-maintainer",
                    "kesos@localhost"));
            case WINDOWS -> pasang.addAll(List.of("--type", "msi", "--win-per-user-install", "--win-menu", "--win-menu-group", NAMA,
                    "--win-shortcut", "--win-shortcut-prompt", "--win-dir-chooser", "--win-upgrade-uuid", WIN_UPGRADE_UUID));
            case MAC -> pasang.addAll(List.of("--type", "dmg", "--mac-package-identifier", "id.kesos.kecamatan"));
        }
        jalankan("jpackage", pasang);
        try (Stream<Path> l = Files.list(ke)) {
            l.filter(p -> p.toString().matches(".*\\.(deb|msi|dmg)$"))
                    .forEach(p -> System.out.println("pemasang: " + p + " (" + ukuranMb(p) + " MB)"));
        }
    }

    /** Where jpackage puts the jars and launcher settings, and the runtime's java, in an app-image of this system. */
    static Path folderApp(Sistem s, Path app) {
        return switch (s) {
            case LINUX -> app.resolve("lib/app");
            case WINDOWS -> app.resolve("app");
            case MAC -> app.resolve("Contents/app");
        };
    }

    static Path javaRuntime(Sistem s, Path app) {
        return switch (s) {
            case LINUX -> app.resolve("lib/runtime/bin/java");
            case WINDOWS -> app.resolve("runtime/bin/java.exe");
            case MAC -> app.resolve("Contents/runtime/Contents/Home/bin/java");
        };
    }

    /**
     * The ahead-of-time cache (JEP 483/514): a training run of the real window, with the image's own runtime,
     * jars and JVM options, on an office with sample data, until Beranda shows its counts; the cache then goes
     * into the image and both launchers use it ({@code -XX:AOTCache}, the default {@code AOTMode=auto}: a
     * missing or stale cache only costs speed, its messages are silenced). The cache records the jars' sizes
     * and times, so it is made after the last change to them; JDK 25's cache holds loaded and linked classes
     * and profiles, no machine code, so it runs on any CPU the runtime runs on. Without a screen on Linux the
     * run needs xvfb-run; when it cannot run, the image is left without a cache and says so.
     */
    static void latih(Sistem s, Path app, Path keluar) throws IOException, InterruptedException {
        Path dirApp = folderApp(s, app);
        // one time, in whole seconds, on every jar: the .deb's install script gives them back this time (jpackage
        // copies the files when it packs them, and the cache is only valid with the times it was made with)
        java.nio.file.attribute.FileTime waktu = java.nio.file.attribute.FileTime.from(System.currentTimeMillis() / 1000,
                java.util.concurrent.TimeUnit.SECONDS);
        try (Stream<Path> l = Files.list(dirApp)) {
            for (Path j : l.filter(p -> p.toString().endsWith(".jar")).toList()) {
                Files.setLastModifiedTime(j, waktu);
            }
        }
        Path java = javaRuntime(s, app);
        Cfg cfg = Cfg.baca(dirApp.resolve(NAMA + ".cfg"));
        String appdir = dirApp.toString();
        List<String> opsi = cfg.opsi().stream().map(o -> o.replace("$APPDIR", appdir)).toList();
        List<String> cp = cfg.cp().stream().map(j -> j.replace("$APPDIR", appdir)).toList();
        List<String> dasar = new ArrayList<>(List.of(java.toString()));
        dasar.addAll(opsi);
        dasar.addAll(List.of("-cp", String.join(File.pathSeparator, cp), cfg.utama()));
        Path data = Files.createTempDirectory("kesos-latih-");
        Path aotSementara = data.resolve("kesos.aot");
        try {
            List<String> setup = new ArrayList<>(dasar);
            setup.addAll(List.of("--data-dir", data.resolve("kantor").toString(), "setup", "--kecamatan", "36.04.34", "--camat",
                    "Contoh Camat", "--nip-camat", "197001011990031001", "--kasie", "Contoh Kasie", "--nip-kasie", "198002022005012002"));
            List<String> demo = new ArrayList<>(dasar);
            demo.addAll(List.of("--data-dir", data.resolve("kantor").toString(), "demo"));
            if (proses(setup, false) != 0 || proses(demo, false) != 0) {
                System.out.println("AOT: the training office could not be set up; the image has no cache");
                return;
            }
            List<String> gui = new ArrayList<>();
            if (s == Sistem.LINUX && System.getenv("DISPLAY") == null) {
                if (!adaDiPath("xvfb-run")) {
                    System.out.println("AOT: no screen and no xvfb-run (apt-get install xvfb); the image has no cache");
                    return;
                }
                gui.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1366x768x24"));
            }
            gui.addAll(dasar.subList(0, 1 + opsi.size()));
            gui.add("-XX:AOTCacheOutput=" + aotSementara);
            gui.addAll(dasar.subList(1 + opsi.size(), dasar.size()));
            gui.addAll(List.of("--data-dir", data.resolve("kantor").toString()));
            // once more when it fails: two xvfb-run -a starting at the same moment can pick the same display
            if ((proses(gui, true) != 0 || !Files.isRegularFile(aotSementara)) && (proses(gui, true) != 0 || !Files.isRegularFile(aotSementara))) {
                System.out.println("AOT: the training run failed twice; the image has no cache");
                return;
            }
            Files.copy(aotSementara, dirApp.resolve("kesos.aot"), StandardCopyOption.REPLACE_EXISTING);
        } finally {
            hapus(data);
        }
        // both launchers: the cache, and no AOT/CDS messages on the command line's output
        try (Stream<Path> l = Files.list(dirApp)) {
            for (Path c : l.filter(p -> p.toString().endsWith(".cfg")).toList()) {
                tambahOpsi(c, List.of("-XX:AOTCache=$APPDIR/kesos.aot", "-Xlog:aot=off", "-Xlog:cds=off"));
            }
        }
        System.out.println("AOT cache: " + dirApp.resolve("kesos.aot") + " (" + Files.size(dirApp.resolve("kesos.aot")) / (1024 * 1024) + " MB)");
    }

    /** JVM options added after a launcher's last {@code java-options} line of its .cfg. */
    static void tambahOpsi(Path cfg, List<String> opsi) throws IOException {
        List<String> baris = new ArrayList<>(Files.readAllLines(cfg));
        int akhir = -1;
        for (int i = 0; i < baris.size(); i++) {
            if (baris.get(i).startsWith("java-options=")) {
                akhir = i;
            }
        }
        baris.addAll(akhir + 1, opsi.stream().map(o -> "java-options=" + o).toList());
        Files.write(cfg, baris);
    }

    /**
     * On Linux, each launcher of the image ({@code bin/Kesos Kecamatan}, {@code bin/kesos}) becomes a shell script
     * that starts the image's Java with exactly what its {@code .cfg} says (class path, options, main class): the
     * native launcher of jpackage asks {@code rpm -qf} and {@code dpkg -S} which package owns it on every start,
     * twice, which cost each start of the window 150 to 250 ms on this machine kind. The class path is the one
     * the AOT cache was trained with. Windows and macOS keep jpackage's launchers (no such query there).
     */
    static void peluncurSkrip(Path app) throws IOException {
        Path dirApp = app.resolve("lib/app");
        // the native launchers' library, which the scripts do not use
        Files.deleteIfExists(app.resolve("lib/libapplauncher.so"));
        try (Stream<Path> l = Files.list(dirApp)) {
            for (Path c : l.filter(p -> p.toString().endsWith(".cfg")).sorted().toList()) {
                String nama = c.getFileName().toString().replaceFirst("\\.cfg$", "");
                Cfg cfg = Cfg.baca(c);
                StringBuilder sk = new StringBuilder("#!/bin/sh\n")
                        .append("# " + NAMA + ": starts the program's own Java with the options of lib/app/" + c.getFileName() + "\n")
                        .append("# (made by installer/Pemasang.java in place of jpackage's launcher, which asks rpm and dpkg\n")
                        .append("# on every start which package owns it)\n")
                        .append("DIRI=$(readlink -f \"$0\")\n")
                        // the folder above bin/ by the shell itself: each dirname is one more process to start
                        .append("APPDIR=${DIRI%/*}\n")
                        .append("APPDIR=${APPDIR%/*}/lib/app\n")
                        .append("exec \"$APPDIR/../runtime/bin/java\"");
                for (String o : cfg.opsi()) {
                    sk.append(" \\\n    ").append(kutip(o));
                }
                sk.append(" \\\n    \"-Djpackage.app-path=$DIRI\" \\\n    -cp ").append(kutip(String.join(":", cfg.cp())))
                        .append(" \\\n    ").append(cfg.utama()).append(" \"$@\"\n");
                Path peluncur = app.resolve("bin").resolve(nama);
                Files.writeString(peluncur, sk);
                Files.setPosixFilePermissions(peluncur, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    /** What a jpackage launcher's .cfg says: class path, JVM options (both with {@code $APPDIR} as written), main class. */
    record Cfg(List<String> cp, List<String> opsi, String utama) {
        static Cfg baca(Path cfg) throws IOException {
            List<String> cp = new ArrayList<>();
            List<String> opsi = new ArrayList<>();
            String utama = null;
            for (String b : Files.readAllLines(cfg)) {
                if (b.startsWith("app.classpath=")) {
                    cp.add(b.substring("app.classpath=".length()));
                } else if (b.startsWith("java-options=")) {
                    opsi.add(b.substring("java-options=".length()));
                } else if (b.startsWith("app.mainclass=")) {
                    utama = b.substring("app.mainclass=".length());
                }
            }
            return new Cfg(cp, opsi, utama);
        }
    }

    /** A .cfg value in double quotes for sh, its {@code $APPDIR} left to the shell. */
    static String kutip(String v) {
        return "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"").replace("`", "\\`").replace("$APPDIR", "\u0000")
                .replace("$", "\\$").replace("\u0000", "$APPDIR") + "\"";
    }

    /**
     * Runs {@code cmd}; the training run gets the start-up probe (the window closes itself once Beranda shows).
     * When it fails, the last lines it printed are shown, for the build's log to say why.
     */
    static int proses(List<String> cmd, boolean latihan) throws IOException, InterruptedException {
        Path log = Files.createTempFile("kesos-proses-", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
            if (latihan) {
                pb.environment().put("KESOS_UKUR_MULAI", "1");
            }
            Process p = pb.start();
            int hasil;
            if (!p.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)) {
                p.destroyForcibly();
                hasil = -1;
            } else {
                hasil = p.exitValue();
            }
            if (hasil != 0) {
                List<String> baris = Files.readAllLines(log, java.nio.charset.StandardCharsets.ISO_8859_1);
                System.out.println("> " + String.join(" ", cmd.subList(0, Math.min(3, cmd.size()))) + " ... exit " + hasil + ", last lines:");
                baris.subList(Math.max(0, baris.size() - 15), baris.size()).forEach(b -> System.out.println("  " + b));
            }
            return hasil;
        } finally {
            Files.deleteIfExists(log);
        }
    }

    static boolean adaDiPath(String perintah) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, perintah))) {
                return true;
            }
        }
        return false;
    }

    /** jpackage takes only numbers: "0.1.0-SNAPSHOT" becomes 0.1.0. */
    static String angkaVersi(String v) {
        String n = v.replaceFirst("[^0-9.].*$", "").replaceAll("\\.$", "");
        if (!n.matches("\\d+(\\.\\d+){0,2}")) {
            throw new IllegalArgumentException("version " + v);
        }
        return n;
    }

    /** The app's jars (the JavaFX ones of this system included), without the build's notes. */
    static Path masukan(Path dist, Path ke) throws IOException {
        Files.createDirectories(ke);
        try (Stream<Path> l = Files.list(dist.resolve("lib"))) {
            for (Path p : l.filter(p -> p.toString().endsWith(".jar")).toList()) {
                Files.copy(p, ke.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return ke;
    }

    /** The icon of this system made from the one picture in the repo: .png (Linux), .ico (Windows), .icns (macOS). */
    static Path ikon(Path dir, Sistem s) throws IOException {
        Files.createDirectories(dir);
        BufferedImage sumber = ImageIO.read(Path.of(IKON).toFile());
        Path png = dir.resolve("kesos.png");
        ImageIO.write(skala(sumber, 256), "png", png.toFile());
        Path ico = dir.resolve("kesos.ico");
        tulisIco(sumber, ico);
        Path icns = dir.resolve("kesos.icns");
        tulisIcns(sumber, icns);
        return switch (s) {
            case LINUX -> png;
            case WINDOWS -> ico;
            case MAC -> icns;
        };
    }

    static BufferedImage skala(BufferedImage src, int n) {
        BufferedImage b = new BufferedImage(n, n, BufferedImage.TYPE_INT_ARGB);
        var g = b.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(src, 0, 0, n, n, null);
        g.dispose();
        return b;
    }

    static byte[] pngBytes(BufferedImage b) throws IOException {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ImageIO.write(b, "png", o);
        return o.toByteArray();
    }

    /** A Windows .ico holding PNG images of 16 to 256 pixels (the format Windows Vista and later read). */
    static void tulisIco(BufferedImage src, Path ke) throws IOException {
        int[] ukuran = {16, 24, 32, 48, 64, 128, 256};
        List<byte[]> gambar = new ArrayList<>();
        for (int n : ukuran) {
            gambar.add(pngBytes(skala(src, n)));
        }
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        le16(o, 0);
        le16(o, 1);
        le16(o, ukuran.length);
        int posisi = 6 + 16 * ukuran.length;
        for (int i = 0; i < ukuran.length; i++) {
            o.write(ukuran[i] == 256 ? 0 : ukuran[i]);
            o.write(ukuran[i] == 256 ? 0 : ukuran[i]);
            o.write(0);
            o.write(0);
            le16(o, 1);
            le16(o, 32);
            le32(o, gambar.get(i).length);
            le32(o, posisi);
            posisi += gambar.get(i).length;
        }
        for (byte[] g : gambar) {
            o.write(g);
        }
        Files.write(ke, o.toByteArray());
    }

    /** A macOS .icns with PNG entries of 128, 256 and 512 pixels (ic07, ic08, ic09). */
    static void tulisIcns(BufferedImage src, Path ke) throws IOException {
        String[] jenis = {"ic07", "ic08", "ic09"};
        int[] ukuran = {128, 256, 512};
        ByteArrayOutputStream isi = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(isi);
        for (int i = 0; i < jenis.length; i++) {
            byte[] p = pngBytes(skala(src, ukuran[i]));
            d.writeBytes(jenis[i]);
            d.writeInt(p.length + 8);
            d.write(p);
        }
        try (OutputStream o = Files.newOutputStream(ke); DataOutputStream out = new DataOutputStream(o)) {
            out.writeBytes("icns");
            out.writeInt(isi.size() + 8);
            isi.writeTo(out);
        }
    }

    static void le16(ByteArrayOutputStream o, int v) {
        o.write(v & 0xFF);
        o.write((v >> 8) & 0xFF);
    }

    static void le32(ByteArrayOutputStream o, int v) {
        le16(o, v & 0xFFFF);
        le16(o, (v >>> 16) & 0xFFFF);
    }

    /** Runs a JDK tool of this Java (jlink, jpackage) and stops the build when it fails. */
    static void jalankan(String alat, List<String> args) {
        ToolProvider t = ToolProvider.findFirst(alat).orElseThrow(() -> new IllegalStateException(alat + " missing: run with a JDK 25"));
        System.out.println("> " + alat + " " + String.join(" ", args));
        int rc = t.run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args.toArray(String[]::new));
        if (rc != 0) {
            throw new IllegalStateException(alat + " failed (" + rc + ")");
        }
    }

    static long ukuranMb(Path p) {
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum() / (1024 * 1024);
        } catch (IOException e) {
            return -1;
        }
    }

    static void hapus(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
