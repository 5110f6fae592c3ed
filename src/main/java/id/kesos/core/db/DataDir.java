package id.kesos.core.db;

import id.kesos.core.KesosException;
import id.kesos.core.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The folder that holds the office's database and preferences. Chosen, in order, by
 * {@code --data-dir}, the environment variable {@value #ENV}, or the per-user data folder of the OS.
 */
public record DataDir(Path path) {
    public static final String ENV = "KESOS_DATA_DIR";
    static final String DB_NAME = "kesos";

    public DataDir {
        path = path.toAbsolutePath().normalize();
    }

    public static DataDir resolve(String option) {
        return resolve(option, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static DataDir resolve(String option, Map<String, String> env, String osName, String userHome) {
        try {
            if (option != null && !option.isBlank()) {
                return new DataDir(Path.of(option));
            }
            String fromEnv = env.get(ENV);
            if (fromEnv != null && !fromEnv.isBlank()) {
                return new DataDir(Path.of(fromEnv));
            }
        } catch (InvalidPathException e) {
            throw new KesosException(Messages.get("data.folder.tidakSah", e.getInput()), e);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : Path.of(userHome, "AppData", "Local");
            return new DataDir(base.resolve("KesosKecamatan"));
        }
        if (os.contains("mac")) {
            return new DataDir(Path.of(userHome, "Library", "Application Support", "Kesos Kecamatan"));
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return new DataDir(base.resolve("kesos-kecamatan"));
    }

    public Path databaseFile() {
        return path.resolve(DB_NAME + ".mv.db");
    }

    /** The folder for automatic backups, e.g. the copy made before a migration. */
    public Path backupDir() {
        return path.resolve("cadangan");
    }

    /** Creates the folder if needed and proves it is writable, with a message the user can act on. */
    public void ensureWritable() {
        try {
            if (Files.exists(path) && !Files.isDirectory(path)) {
                throw new KesosException(Messages.get("data.folder.bukanFolder", path));
            }
            Izin.folderPribadi(path);
            Path probe = Files.createTempFile(path, ".tulis", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            throw new KesosException(Messages.get("data.folder.tidakBisaDitulis", path), e);
        }
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
