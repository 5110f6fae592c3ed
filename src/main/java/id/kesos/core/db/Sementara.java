package id.kesos.core.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Temporary files of this process: a folder {@code sementara/<pid>} in the data folder for the
 * spreadsheet and PDF libraries, and a list of the temporary files written beside an output file
 * before it is moved in place. A process that was killed leaves both behind; the next start on the
 * data folder removes what belongs to processes that no longer run.
 */
public final class Sementara {
    static final String FOLDER = "sementara";
    static final String DAFTAR = "berkas-sementara.txt";
    /** The prefix of a file being written beside its final name; see {@code Berkas}. */
    public static final String AWALAN = ".kesos-";
    private static final Logger LOG = LoggerFactory.getLogger(Sementara.class);
    private static volatile Path folder;
    private static volatile Path dataDir;

    private Sementara() {
    }

    /** Takes {@code sementara/<pid>} in the data folder for this process and cleans what killed processes left. */
    public static synchronized void pakai(DataDir dataDir) {
        Path induk = dataDir.path().resolve(FOLDER);
        Sementara.dataDir = dataDir.path();
        bersihkan(dataDir);
        Path milikku = induk.resolve(String.valueOf(ProcessHandle.current().pid()));
        try {
            Izin.folderPribadi(induk);
            Izin.folderPribadi(milikku);
        } catch (IOException e) {
            LOG.warn("Folder sementara {} tidak dapat dibuat: {}", milikku, e.toString());
            return;
        }
        folder = milikku;
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(milikku.toFile()));
    }

    /** The data folder this process opened last, or null. */
    static Path dataDir() {
        return dataDir;
    }

    /** The folder for this process's temporary files (the system's when no data folder is open). */
    public static Path folder() {
        Path f = folder;
        if (f != null && Files.isDirectory(f)) {
            return f;
        }
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    /** Removes this process's temporary folder (at close; a kill leaves it to the next start). */
    public static synchronized void lepas(DataDir dataDir) {
        Path f = dataDir.path().resolve(FOLDER).resolve(String.valueOf(ProcessHandle.current().pid()));
        if (f.equals(folder)) {
            folder = null;
        }
        if (Files.isDirectory(f)) {
            try {
                hapusSisa(f);
            } catch (IOException | UncheckedIOException e) {
                LOG.debug("Folder sementara tidak dapat dihapus", e);
            }
        }
    }

    /** Notes a temporary file about to be written outside the data folder, so that a later start can remove it after a kill. */
    public static void catat(Path berkasSementara) {
        Path f = folder;
        if (f == null) {
            return;
        }
        try {
            Files.writeString(f.resolve(DAFTAR), berkasSementara.toAbsolutePath() + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            LOG.debug("Daftar berkas sementara tidak dapat ditulis", e);
        }
    }

    /** Removes the temporary folders and files of processes that no longer run, and stale write probes. */
    static void bersihkan(DataDir dataDir) {
        Path induk = dataDir.path().resolve(FOLDER);
        if (Files.isDirectory(induk)) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(induk)) {
                for (Path p : ds) {
                    if (!masihBerjalan(p.getFileName().toString())) {
                        hapusSisa(p);
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                LOG.debug("Folder sementara tidak dapat dibersihkan", e);
            }
        }
        // the probe of DataDir.ensureWritable lives for microseconds: one older than a minute was left by a kill
        Instant semenit = Instant.now().minus(Duration.ofMinutes(1));
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dataDir.path(), ".tulis*.tmp")) {
            for (Path p : ds) {
                if (Files.getLastModifiedTime(p).compareTo(FileTime.from(semenit)) < 0) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            LOG.debug("Berkas uji tulis tidak dapat dihapus", e);
        }
    }

    private static boolean masihBerjalan(String nama) {
        try {
            long pid = Long.parseLong(nama);
            return pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void hapusSisa(Path folderProses) throws IOException {
        Path daftar = folderProses.resolve(DAFTAR);
        if (Files.isRegularFile(daftar)) {
            for (String baris : Files.readAllLines(daftar, StandardCharsets.UTF_8)) {
                if (baris.isBlank()) {
                    continue;
                }
                Path p = Path.of(baris.strip());
                // only what this app names so: never anything else, even if the list was edited
                if (p.getFileName() != null && p.getFileName().toString().startsWith(AWALAN) && p.toString().endsWith(".tmp")) {
                    Files.deleteIfExists(p);
                }
            }
        }
        try (Stream<Path> isi = Files.walk(folderProses)) {
            List<Path> semua = isi.sorted(Comparator.reverseOrder()).toList();
            for (Path p : semua) {
                Files.deleteIfExists(p);
            }
        }
    }
}
