package id.kesos.core.db;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The data is personal: the data folder and its files are for the current user only (POSIX 0700 and
 * 0600). On Windows the per-user folder under {@code %LOCALAPPDATA%} already carries an ACL for its
 * owner alone, and new files inherit it.
 */
public final class Izin {
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> BERKAS = PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private Izin() {
    }

    /** Creates the folder (and missing parents) for the user only; an existing folder is narrowed to 0700. */
    public static void folderPribadi(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
        }
        if (POSIX) {
            Files.setPosixFilePermissions(folder, FOLDER);
        }
    }

    /** Makes an existing file readable and writable by the user only. */
    public static void berkasPribadi(Path file) throws IOException {
        if (POSIX && Files.isRegularFile(file)) {
            Files.setPosixFilePermissions(file, BERKAS);
        }
    }

    /** Like {@link #berkasPribadi} for files that may be missing or belong to someone else: problems are ignored. */
    static void cobaPribadi(Path file) {
        try {
            berkasPribadi(file);
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            // not ours to change (another user's copy on a shared drive): the folder's 0700 still protects it
        }
    }
}
