package id.kesos.core.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * The app's log file, {@code log/kesos.log} in the data folder: warnings and unexpected errors with
 * their stack traces, so that a program started by double-click still leaves a trace. Each start
 * begins a new file; the previous ones are kept as {@code kesos-1.log} ... {@code kesos-4.log}
 * (a few MB at most) and files older than {@value #HARI} days are removed. slf4j stays the API: this
 * only points slf4j-simple at the file, before the first logger is made.
 */
public final class LogBerkas {
    static final String NAMA = "kesos.log";
    static final int SIMPAN = 4;
    static final int HARI = 14;
    /** The property slf4j-simple reads its target from. */
    static final String PROPERTI = "org.slf4j.simpleLogger.logFile";
    private static volatile Path aktif;

    private LogBerkas() {
    }

    /** Sends the log to the data folder's log file (call before any logger exists); false when the folder cannot take it. */
    public static boolean pasang(Path dataDir) {
        Path dir = dataDir.resolve("log");
        Path file = dir.resolve(NAMA);
        try {
            Files.createDirectories(dataDir);
            Izin.folderPribadi(dataDir);
            Izin.folderPribadi(dir);
            putar(dir);
            Files.deleteIfExists(file);
            Files.createFile(file);
            Izin.berkasPribadi(file);
        } catch (IOException | RuntimeException e) {
            return false; // a folder that cannot be written: the log stays on the console, the app says why later
        }
        System.setProperty(PROPERTI, file.toString());
        aktif = file;
        return true;
    }

    /** The log file in use, or null when the log goes to the console (tests, a folder that cannot be written). */
    public static Path berkas() {
        return aktif;
    }

    /** The log file of a data folder (for Pengaturan, whether or not this process writes it). */
    public static Path berkas(Path dataDir) {
        return dataDir.resolve("log").resolve(NAMA);
    }

    /** kesos.log becomes kesos-1.log, kesos-1 becomes kesos-2, ...; the oldest beyond the limit and old ones go. */
    static void putar(Path dir) throws IOException {
        Files.deleteIfExists(dir.resolve("kesos-" + SIMPAN + ".log"));
        for (int i = SIMPAN - 1; i >= 1; i--) {
            Path f = dir.resolve("kesos-" + i + ".log");
            if (Files.exists(f)) {
                Files.move(f, dir.resolve("kesos-" + (i + 1) + ".log"), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path kini = dir.resolve(NAMA);
        if (Files.exists(kini) && Files.size(kini) > 0) {
            Files.move(kini, dir.resolve("kesos-1.log"), StandardCopyOption.REPLACE_EXISTING);
        }
        Instant batas = Instant.now().minus(Duration.ofDays(HARI));
        List<Path> lama;
        try (Stream<Path> s = Files.list(dir)) {
            lama = s.filter(p -> p.getFileName().toString().matches("kesos-\\d+\\.log|galat-.*\\.log")).toList();
        }
        for (Path p : lama) {
            if (Files.getLastModifiedTime(p).toInstant().isBefore(batas)) {
                Files.deleteIfExists(p);
            }
        }
    }
}
