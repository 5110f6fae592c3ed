package id.kesos.core.db;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The data passwords this process was given (the start-up window, {@code --kata-sandi FILE}), one per data folder,
 * kept in memory only for as long as the process runs: every open of an encrypted folder (a backup, a restore, the
 * next window on the same folder) takes it from here instead of asking again.
 */
public final class Brankas {
    private static final Map<Path, char[]> SANDI = new ConcurrentHashMap<>();
    private static final Map<Path, Masuk> PENGGUNA = new ConcurrentHashMap<>();

    /** A user's sign-in given to this process ({@code --pengguna} and its password file). */
    public record Masuk(String nama, char[] sandi) {
    }

    /** Keeps the sign-in for {@code d}; a null name forgets it. */
    public static void simpanPengguna(DataDir d, String nama, char[] sandi) {
        if (nama == null) {
            PENGGUNA.remove(kunci(d));
        } else {
            PENGGUNA.put(kunci(d), new Masuk(nama, sandi.clone()));
        }
    }

    /** The sign-in given for {@code d}, if any. */
    public static Optional<Masuk> pengguna(DataDir d) {
        Masuk m = PENGGUNA.get(kunci(d));
        return m == null ? Optional.empty() : Optional.of(new Masuk(m.nama(), m.sandi().clone()));
    }

    private Brankas() {
    }

    private static Path kunci(DataDir d) {
        return d.path().toAbsolutePath().normalize();
    }

    /** Keeps {@code sandi} (a copy) for {@code d}; null forgets it. */
    public static void simpan(DataDir d, char[] sandi) {
        char[] lama = sandi == null ? SANDI.remove(kunci(d)) : SANDI.put(kunci(d), sandi.clone());
        if (lama != null) {
            Arrays.fill(lama, '\0');
        }
    }

    /** The password given for {@code d} (a copy), if any. */
    public static Optional<char[]> sandi(DataDir d) {
        char[] s = SANDI.get(kunci(d));
        return s == null ? Optional.empty() : Optional.of(s.clone());
    }
}
