package id.kesos.core.db;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;

/**
 * Where an unexpected error's details go: never onto the screen (a database message may quote another
 * person's data), but into the log file {@code log/kesos.log} in the data folder ({@link LogBerkas}),
 * readable by the user only, for whoever looks into it.
 */
public final class CatatanGalat {
    private CatatanGalat() {
    }

    /** Appends the error with its stack trace; returns the log file (or a note that none could be written). */
    public static String tulis(Throwable e) {
        if (LogBerkas.berkas() != null) {
            org.slf4j.LoggerFactory.getLogger("id.kesos").error("Galat tak terduga", e);
            return LogBerkas.berkas().toString();
        }
        // no log file set up (a test, a folder that could not take it at start): appended by hand
        Path data = Sementara.dataDir();
        Path dir = (data != null ? data : Path.of(System.getProperty("java.io.tmpdir"))).resolve("log");
        Path file = dir.resolve(LogBerkas.NAMA);
        StringWriter sw = new StringWriter();
        try (PrintWriter pw = new PrintWriter(sw)) {
            pw.println("== " + LocalDateTime.now());
            e.printStackTrace(pw);
        }
        try {
            Izin.folderPribadi(dir);
            Files.writeString(file, sw.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            Izin.berkasPribadi(file);
            return file.toString();
        } catch (IOException | RuntimeException io) {
            return "-";
        }
    }
}
