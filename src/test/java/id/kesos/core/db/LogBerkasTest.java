package id.kesos.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log file: one per start in log/, private, the last few kept, old ones removed; errors land in it. */
class LogBerkasTest {
    @TempDir
    Path dir;

    private List<String> isi(Path log) throws Exception {
        try (Stream<Path> s = Files.list(log)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void eachStartBeginsAFileAndKeepsTheLastFour() throws Exception {
        Path log = Files.createDirectories(dir.resolve("log"));
        for (int i = 0; i < 7; i++) {
            LogBerkas.putar(log);
            Files.writeString(log.resolve(LogBerkas.NAMA), "jalan " + i, StandardCharsets.UTF_8);
        }
        assertEquals(List.of("kesos-1.log", "kesos-2.log", "kesos-3.log", "kesos-4.log", "kesos.log"), isi(log));
        assertEquals("jalan 6", Files.readString(log.resolve("kesos.log")));
        assertEquals("jalan 5", Files.readString(log.resolve("kesos-1.log")));
        assertEquals("jalan 2", Files.readString(log.resolve("kesos-4.log")));

        Files.setLastModifiedTime(log.resolve("kesos-3.log"), FileTime.from(Instant.now().minus(LogBerkas.HARI + 1, ChronoUnit.DAYS)));
        Files.writeString(log.resolve("galat-2026-01-01.log"), "lama");
        Files.setLastModifiedTime(log.resolve("galat-2026-01-01.log"), FileTime.from(Instant.now().minus(30, ChronoUnit.DAYS)));
        LogBerkas.putar(log);
        assertFalse(isi(log).contains("galat-2026-01-01.log"), "older than two weeks: removed");
        assertFalse(isi(log).contains("kesos.log"));
        assertTrue(isi(log).size() <= LogBerkas.SIMPAN);
    }

    @Test
    void anUnexpectedErrorIsWrittenWithItsStackTraceToTheLogFile() throws Exception {
        Sementara.pakai(new DataDir(dir));
        try {
            String file = CatatanGalat.tulis(new IllegalStateException("uji catatan"));
            assertEquals(dir.resolve("log").resolve("kesos.log").toString(), file);
            String teks = Files.readString(Path.of(file));
            assertTrue(teks.contains("IllegalStateException: uji catatan") && teks.contains("\tat "), teks);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(Path.of(file))));
        } finally {
            Sementara.lepas(new DataDir(dir));
        }
    }

    /** The real program, started as a user starts it: its log goes to the data folder, private, and the console stays clean. */
    @Test
    void theProgramLogsIntoItsDataFolder() throws Exception {
        Path data = dir.resolve("data");
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(), "-cp",
                System.getProperty("java.class.path"), "id.kesos.Main", "--data-dir", data.toString(), "info"));
        for (int i = 0; i < 2; i++) {
            Process p = new ProcessBuilder(cmd).start();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(1, TimeUnit.MINUTES));
            assertEquals(0, p.exitValue(), err);
            assertEquals("", err.strip());
        }
        Path log = data.resolve("log").resolve("kesos.log");
        assertTrue(Files.isRegularFile(log));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(log)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(log.getParent())));
    }
}
