package id.kesos.core.db;

import id.kesos.core.KesosException;
import id.kesos.core.i18n.Messages;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.api.ErrorCode;
import org.jooq.exception.DataAccessException;

/**
 * Turns what the database threw into a message the user can act on. H2's own messages quote the
 * rejected row (another person's NIK, name and birth date), so they are never shown: only the
 * field, taken from the column or constraint name, which are Indonesian words already.
 */
public final class Galat {
    /** How long a write waits for another process that holds the data (lock, take-over of the server). */
    static final long TUNGGU_MS = 15_000;
    private static final Pattern KOLOM_INDEKS = Pattern.compile("ON PUBLIC\\.([A-Z_]+)\\(([A-Z_, ]+?)(?: NULLS FIRST| NULLS LAST)?[,)]");
    private static final Pattern KOLOM_KUTIP = Pattern.compile("column \"([A-Z_]+)");
    private static final Pattern CEK = Pattern.compile("\"([A-Z]+)_([A-Z_]+?)_CK");

    private Galat() {
    }

    /** Runs a write: waits and tries again while another process holds the data, and translates what still fails. */
    public static <T> T tulis(Supplier<T> kerja) {
        return tulis(kerja, null);
    }

    /**
     * As {@link #tulis(Supplier)}, for a write whose first attempt may have been stored although it
     * failed: when the connection to the serving process broke during the commit (that process
     * closed), the outcome is unknown. Before the write runs again, {@code sudahAda} looks for its
     * result; found, that is the result (the save was stored, not refused as a duplicate of itself).
     * Without {@code sudahAda}, a write that then fails says it may already have been saved.
     */
    public static <T> T tulis(Supplier<T> kerja, Supplier<java.util.Optional<T>> sudahAda) {
        return jalankan(kerja, sudahAda, true);
    }

    /**
     * Runs reads that come before a write (checks, duplicate search) with the same waiting: while the
     * process serving the data closes and another takes over, a read fails for a moment and is simply
     * run again (a read stores nothing, so its outcome is never in doubt).
     */
    public static <T> T baca(Supplier<T> kerja) {
        return jalankan(kerja, null, false);
    }

    private static <T> T jalankan(Supplier<T> kerja, Supplier<java.util.Optional<T>> sudahAda, boolean menulis) {
        long batas = System.currentTimeMillis() + TUNGGU_MS;
        long jeda = 50;
        boolean tidakPasti = false;
        while (true) {
            try {
                return kerja.get();
            } catch (KesosException e) {
                throw tidakPasti ? mungkinTersimpan(e) : e;
            } catch (java.util.concurrent.CancellationException e) {
                // the user's Batal, inside a transaction: rolled back, and said as a cancel, not a database error
                throw e;
            } catch (RuntimeException e) {
                if (e instanceof DataAccessException d && d.getCause() instanceof KesosException k) {
                    throw tidakPasti ? mungkinTersimpan(k) : k;
                }
                if (e instanceof DataAccessException d && d.getCause() instanceof java.util.concurrent.CancellationException c) {
                    throw c;
                }
                if (!bisaDiulang(e) || System.currentTimeMillis() + jeda > batas) {
                    KesosException k = terjemahkan(e);
                    throw tidakPasti ? mungkinTersimpan(k) : k;
                }
                tidakPasti |= menulis && hasilTakPasti(e);
                tidur(jeda);
                jeda = Math.min(jeda * 2, 1000);
                if (tidakPasti && sudahAda != null) {
                    try {
                        java.util.Optional<T> ada = sudahAda.get();
                        if (ada.isPresent()) {
                            return ada.get();
                        }
                    } catch (RuntimeException lagi) {
                        // still taking over: the next attempt waits again
                    }
                }
            }
        }
    }

    /** The connection broke while a commit may have been on its way: it may or may not be stored. */
    static boolean hasilTakPasti(Throwable e) {
        SQLException s = sql(e);
        return s != null && (s.getErrorCode() == ErrorCode.CONNECTION_BROKEN_1 || s.getErrorCode() == ErrorCode.DATABASE_IS_CLOSED
                || s.getErrorCode() == ErrorCode.OBJECT_CLOSED || s.getErrorCode() == ErrorCode.DATABASE_CALLED_AT_SHUTDOWN
                || sambunganPutus(s));
    }

    /**
     * H2's "IO Exception" (90028, 90031), or a general error (50000) caused by one, of the loopback
     * connection to the process serving the data, which is closing (a socket reset, an end of
     * stream), as opposed to one of the disk.
     */
    static boolean sambunganPutus(SQLException s) {
        if (s.getErrorCode() != ErrorCode.IO_EXCEPTION_1 && s.getErrorCode() != ErrorCode.IO_EXCEPTION_2
                && s.getErrorCode() != ErrorCode.GENERAL_ERROR_1) {
            return false;
        }
        for (Throwable t = s; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.net.SocketException || t instanceof java.io.EOFException) {
                return true;
            }
            String m = String.valueOf(t.getMessage());
            if (m.contains("Socket") || m.contains("socket") || m.contains("Connection reset") || m.contains("EOF")) {
                return true;
            }
        }
        return false;
    }

    private static KesosException mungkinTersimpan(KesosException e) {
        return new KesosException(Messages.get("galat.data.mungkinTersimpan", e.getMessage()), e);
    }

    static void tidur(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new KesosException(Messages.get("galat.data.sibuk", TUNGGU_MS / 1000));
        }
    }

    /**
     * True when the write failed only because another process holds the data for a moment: a row lock,
     * the lock file being written, or the serving process closing while this one takes over.
     * The transaction was rolled back, so running it again is safe, except when the connection broke
     * during the commit itself ({@link #hasilTakPasti}): {@link #tulis(Supplier, Supplier)} handles that.
     */
    public static boolean bisaDiulang(Throwable e) {
        SQLException s = sql(e);
        if (s == null) {
            return false;
        }
        if (sambunganPutus(s)) {
            return true;
        }
        return switch (s.getErrorCode()) {
            case ErrorCode.LOCK_TIMEOUT_1, ErrorCode.DEADLOCK_1, ErrorCode.CONNECTION_BROKEN_1, ErrorCode.DATABASE_ALREADY_OPEN_1,
                    ErrorCode.DATABASE_IS_CLOSED, ErrorCode.OBJECT_CLOSED, ErrorCode.CONCURRENT_UPDATE_1,
                    // the process serving the data (AUTO_SERVER) is shutting down: the next try opens the file itself
                    ErrorCode.DATABASE_CALLED_AT_SHUTDOWN,
                    ErrorCode.ROW_NOT_FOUND_IN_PRIMARY_INDEX -> true;
            default -> String.valueOf(s.getMessage()).contains("Lock file recently modified");
        };
    }

    /**
     * The user's message when {@code e} is a problem of the data (database, disk, a busy file), or null
     * when it is something else (a defect to log).
     */
    public static KesosException dikenali(Throwable e) {
        if (e instanceof KesosException k) {
            return k;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof KesosException k) {
                return k;
            }
        }
        if (e instanceof DataAccessException || sql(e) != null || diskPenuh(e) || hanyaBaca(e)) {
            return terjemahkan(e);
        }
        return null;
    }

    /** The user's message for a failed database call; never the database's own text. */
    public static KesosException terjemahkan(Throwable e) {
        if (e instanceof KesosException k) {
            return k;
        }
        if (diskPenuh(e)) {
            return new KesosException(Messages.get("galat.data.diskPenuh"), e);
        }
        if (hanyaBaca(e)) {
            return new KesosException(Messages.get("galat.data.hanyaBaca"), e);
        }
        SQLException s = sql(e);
        if (s == null) {
            return new KesosException(Messages.get("galat.data.lain", e.getClass().getSimpleName()), e);
        }
        String m = String.valueOf(s.getMessage());
        return switch (s.getErrorCode()) {
            case ErrorCode.DUPLICATE_KEY_1 -> {
                Matcher k = KOLOM_INDEKS.matcher(m);
                String kolom = k.find() ? k.group(2) : "";
                yield kolom.equals("ID") || kolom.isEmpty()
                        ? new KesosException(Messages.get("galat.data.nomorBentrok"), e)
                        : new KesosException(Messages.get("galat.data.duplikat", label(kolom)), e);
            }
            case ErrorCode.CHECK_CONSTRAINT_VIOLATED_1 -> {
                Matcher c = CEK.matcher(m);
                yield new KesosException(Messages.get("galat.data.tidakSah", c.find() ? label(c.group(2)) : "?"), e);
            }
            case ErrorCode.NULL_NOT_ALLOWED -> new KesosException(Messages.get("galat.data.wajib", kolomKutip(m)), e);
            case ErrorCode.VALUE_TOO_LONG_2 -> new KesosException(Messages.get("galat.data.terlaluPanjang", kolomKutip(m)), e);
            case ErrorCode.REFERENTIAL_INTEGRITY_VIOLATED_CHILD_EXISTS_1 -> new KesosException(Messages.get("galat.data.masihDipakai"), e);
            case ErrorCode.REFERENTIAL_INTEGRITY_VIOLATED_PARENT_MISSING_1 -> new KesosException(Messages.get("galat.data.rujukan"), e);
            case ErrorCode.DATABASE_IS_READ_ONLY -> new KesosException(Messages.get("galat.data.hanyaBaca"), e);
            default -> bisaDiulang(e) ? new KesosException(Messages.get("galat.data.sibuk", TUNGGU_MS / 1000), e)
                    : new KesosException(Messages.get("galat.data.lain", s.getErrorCode()), e);
        };
    }

    private static String kolomKutip(String m) {
        Matcher k = KOLOM_KUTIP.matcher(m);
        return k.find() ? label(k.group(1)) : "?";
    }

    /** The column's own (Indonesian) name as a label: {@code TANGGAL_LAHIR} -> "tanggal lahir", {@code NIK} -> "NIK". */
    static String label(String kolom) {
        String k = kolom.strip().toLowerCase(Locale.ROOT);
        return switch (k) {
            case "nik" -> "NIK";
            case "no_kk", "kk_keluarga" -> "No. KK";
            case "nip" -> "NIP";
            case "penduduk_id, jenis_kode, tahun, hapus_token", "kelompok_id, jenis_kode, tahun, hapus_token" ->
                Messages.get("galat.data.jenisTahun");
            default -> k.replace('_', ' ').replace(",", ", ").replaceAll(" +", " ");
        };
    }

    /**
     * "No space left on device" anywhere in the chain (suppressed exceptions too, where H2 and Flyway
     * put it), or a data folder whose disk has (almost) no space left.
     */
    public static boolean diskPenuh(Throwable e) {
        java.nio.file.Path data = Sementara.dataDir();
        if (data != null) {
            try {
                if (java.nio.file.Files.getFileStore(data).getUsableSpace() < 512 * 1024) {
                    return true;
                }
            } catch (IOException | RuntimeException io) {
                // cannot tell: look at the messages
            }
        }
        return e != null && diskPenuh(e, 0);
    }

    private static boolean diskPenuh(Throwable e, int dalam) {
        if (dalam > 8) {
            return false;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (Throwable s : t.getSuppressed()) {
                if (diskPenuh(s, dalam + 1)) {
                    return true;
                }
            }
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("no space left") || m.contains("disk full") || m.contains("not enough space")
                    || m.contains("there is not enough space")) {
                return true;
            }
        }
        return false;
    }

    /** A read-only file system or a file the process may not write. */
    public static boolean hanyaBaca(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("read-only file system") || t instanceof java.nio.file.AccessDeniedException) {
                return true;
            }
        }
        return false;
    }

    /** The message for a file the app could not write: disk full and read-only named as such. */
    public static KesosException berkas(String berkas, IOException e) {
        if (diskPenuh(e)) {
            return new KesosException(Messages.get("galat.berkas.diskPenuh", berkas), e);
        }
        return new KesosException(Messages.get("galat.berkas.gagalTulis", berkas, alasan(e)), e);
    }

    /** Why the system refused a file, in the user's language for the usual reasons (the system's own words otherwise). */
    static String alasan(IOException e) {
        String r = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : "";
        String kunci;
        if (r.contains("Read-only file system")) {
            kunci = "galat.berkas.alasan.hanyaBaca";
        } else if (e instanceof java.nio.file.AccessDeniedException || r.contains("Permission denied")) {
            kunci = "galat.berkas.alasan.izin";
        } else if (e instanceof java.nio.file.NoSuchFileException || r.contains("No such file")) {
            kunci = "galat.berkas.alasan.tidakAda";
        } else {
            return r.isEmpty() ? e.getClass().getSimpleName() : r;
        }
        return Messages.get(kunci);
    }

    static SQLException sql(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }
}
