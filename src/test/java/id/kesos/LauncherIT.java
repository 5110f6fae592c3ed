package id.kesos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution that {@code mvn package} leaves in target/kesos, run as a user runs it: through
 * bin/kesos, with no JAVA_HOME and whatever java is first on PATH (JDK 17 on this machine kind).
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class LauncherIT {
    private static final Path KESOS = Path.of("target/kesos/bin/kesos");

    @TempDir
    Path dir;

    record Hasil(int code, String out) {
    }

    Hasil run(Map<String, String> extraEnv, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(KESOS.toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("JAVA_HOME");
        pb.environment().remove("KESOS_DATA_DIR");
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        pb.environment().putAll(extraEnv);
        Process p = pb.start();
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "launcher did not finish");
        return new Hasil(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void distributionHasBothLaunchers() {
        assertTrue(Files.isExecutable(KESOS));
        assertTrue(Files.isRegularFile(Path.of("target/kesos/bin/kesos.bat")));
        assertTrue(Files.isRegularFile(Path.of("target/kesos/lib/kesos-kecamatan.jar")));
    }

    @Test
    void findsAJava25ByItselfAndRunsTheCommandLine() throws Exception {
        Hasil v = run(Map.of(), "--version");
        assertEquals(0, v.code(), v.out());
        assertTrue(v.out().contains("Kesos Kecamatan"), v.out());

        Path data = dir.resolve("data");
        Hasil s = run(Map.of(), "--data-dir", data.toString(), "setup", "--kecamatan", "36.04.34", "--camat", "Budi",
                "--nip-camat", "197001011990031001", "--kasie", "Siti", "--nip-kasie", "198002022005012002");
        assertEquals(0, s.code(), s.out());
        Hasil i = run(Map.of("KESOS_DATA_DIR", data.toString()), "info");
        assertEquals(0, i.code(), i.out());
        assertTrue(i.out().contains("kecamatan: 36.04.34 Bandung"), i.out());
        assertTrue(i.out().contains("desa: 8"), i.out());
    }

    @Test
    void withoutAScreenTheWindowCommandSaysWhatToDo() throws Exception {
        Hasil h = run(Map.of(), "--data-dir", dir.resolve("data").toString());
        assertEquals(1, h.code(), h.out());
        assertTrue(h.out().contains("xvfb-run -a"), h.out());
        assertTrue(!h.out().contains("Exception"), h.out());
    }

    @Test
    void aJavaHomeOlderThan25IsPassedOver() throws Exception {
        Path oldJdk = dir.resolve("jdk17");
        Files.createDirectories(oldJdk.resolve("bin"));
        Files.writeString(oldJdk.resolve("release"), "JAVA_VERSION=\"17.0.15\"\n");
        Path fake = Files.writeString(oldJdk.resolve("bin/java"), "#!/bin/sh\necho wrong java; exit 9\n");
        fake.toFile().setExecutable(true);
        Hasil h = run(Map.of("JAVA_HOME", oldJdk.toString()), "--version");
        assertEquals(0, h.code(), h.out());
        assertTrue(h.out().contains("Kesos Kecamatan"), h.out());
    }
}
