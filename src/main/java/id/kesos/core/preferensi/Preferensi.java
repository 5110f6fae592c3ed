package id.kesos.core.preferensi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per-computer preferences kept beside the database ({@code preferensi.properties}): window size
 * and position, language. Read before the window opens, so they live outside the H2 file.
 */
public final class Preferensi {
    private static final Logger LOG = LoggerFactory.getLogger(Preferensi.class);
    public static final String FILE = "preferensi.properties";

    private final Path file;
    private final Properties props = new Properties();

    private Preferensi(Path file) {
        this.file = file;
    }

    public static Preferensi muat(Path dataDir) {
        Preferensi p = new Preferensi(dataDir.resolve(FILE));
        if (Files.isRegularFile(p.file)) {
            try (InputStream in = Files.newInputStream(p.file)) {
                p.props.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Preferensi tidak terbaca, memakai bawaan: {}", e.toString());
            }
        }
        return p;
    }

    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(props.getProperty(key));
    }

    public synchronized Optional<Double> getDouble(String key) {
        try {
            return get(key).map(Double::parseDouble);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public synchronized void set(String key, String value) {
        props.setProperty(key, value);
    }

    /** Writes the file atomically (a crash never leaves half a file). */
    public synchronized void simpan() throws IOException {
        Path tmp = file.resolveSibling(FILE + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            props.store(out, "Kesos Kecamatan");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
