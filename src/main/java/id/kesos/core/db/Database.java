package id.kesos.core.db;

import id.kesos.core.KesosException;
import id.kesos.core.i18n.Messages;
import id.kesos.core.AppInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The office's embedded H2 database: one file in the data folder, migrated by Flyway at every open.
 *
 * <p>Opened with {@code AUTO_SERVER=TRUE}: a second window (or a command-line call) on the same
 * data folder works too, through a server that the first process starts on this computer's
 * loopback; when the first one closes, another takes over. Concurrent edits are caught by the
 * {@code version} columns (optimistic locking).
 */
public final class Database implements AutoCloseable {
    static {
        // the AUTO_SERVER port serves only this computer: no firewall prompt, nothing reachable from the network
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    /** Compact the file at close when less than this share of it holds live data (after big imports). */
    static final int FILL_RATE_COMPACT = 60;
    static final long MIN_SIZE_COMPACT = 32L * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final DataDir dataDir;
    private final String url;
    private final String sandi;
    /** The H2 file key of an encrypted folder ({@link Enkripsi}), null for a plain one. */
    private final String kunci;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final String schemaVersion;

    private Database(DataDir dataDir, String url, String sandi, String kunci, JdbcConnectionPool pool, DataSource ds, String schemaVersion) {
        this.dataDir = dataDir;
        this.url = url;
        this.sandi = sandi;
        this.kunci = kunci;
        this.pool = pool;
        this.dsl = DSL.using(ds, SQLDialect.H2);
        this.schemaVersion = schemaVersion;
    }

    /**
     * The JDBC address of a database file. {@code WRITE_DELAY=0}: a commit is written to the file before
     * the call returns (H2 otherwise keeps it in memory for up to half a second), so "Tersimpan" survives
     * a power cut or a killed process right after it.
     */
    static String url(Path base, boolean bersama) {
        return url(base, bersama, null);
    }

    /** As {@link #url(Path, boolean)}, for a file encrypted with {@code kunci} (null: a plain file). */
    static String url(Path base, boolean bersama, String kunci) {
        return "jdbc:h2:file:" + base + (bersama ? ";AUTO_SERVER=TRUE" : "") + ";WRITE_DELAY=0" + (kunci == null ? "" : ";CIPHER=AES");
    }

    /** The password H2 is given: the user's, after the file key for an encrypted file ("key user"). */
    static String login(String kunci, String sandi) {
        return kunci == null ? sandi : kunci + " " + sandi;
    }

    /**
     * The versions of the migrations in {@code db/migration}, oldest first (a test holds this list to
     * what Flyway finds): a file with exactly these applied opens without Flyway.
     */
    /** The schema version this program writes (the last migration). */
    public static String versiSkema() {
        return SKEMA.getLast();
    }

    static final java.util.List<String> SKEMA = java.util.List.of("1", "1.1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");

    /** Makes a verified backup of a file about to be migrated, and names it (the data-safety rule: never migrate without one). */
    @FunctionalInterface
    public interface SebelumMigrasi {
        Path cadangkan(Database sebelum);
    }

    /**
     * The file key of an encrypted folder, from the password this process was given ({@link Brankas}); null for a
     * plain folder. Without a password: "Data terkunci", with what to do.
     */
    private static String kunciBerkas(DataDir dataDir) {
        if (!Enkripsi.aktif(dataDir)) {
            return null;
        }
        char[] s = Brankas.sandi(dataDir).orElseThrow(() -> new KataSandiException(Messages.get("sandi.terkunci", dataDir), false));
        try {
            return Enkripsi.kunciBerkas(s, Enkripsi.parameter(dataDir));
        } finally {
            java.util.Arrays.fill(s, '\0');
        }
    }

    /** Opens a database in a test of this package: a file that needs migrating gets H2's raw backup. */
    static Database open(DataDir dataDir) {
        return open(dataDir, db -> {
            Path f = db.folderSementara("uji").resolve("sebelum-migrasi.zip");
            db.backupMentah(f);
            return f;
        });
    }

    /**
     * Opens (creating if needed) and migrates the database in {@code dataDir}; before a file of an
     * earlier version is migrated, {@code sebelum} backs it up.
     */
    public static Database open(DataDir dataDir, SebelumMigrasi sebelum) {
        dataDir.ensureWritable();
        Sementara.pakai(dataDir);
        periksaBerkas(dataDir);
        String sandi;
        try {
            sandi = Kredensial.sandi(dataDir);
            if (!Files.exists(dataDir.databaseFile())) {
                buatBaru(dataDir, sandi);
            }
        } catch (IOException e) {
            throw Galat.diskPenuh(e) ? Galat.terjemahkan(e) : new KesosException(Messages.get("data.folder.tidakBisaDitulis", dataDir), e);
        } catch (RuntimeException | SQLException e) {
            throw translate(dataDir, e);
        }
        String kunci = kunciBerkas(dataDir);
        String url = url(dataDir.path().resolve(DataDir.DB_NAME), true, kunci);
        JdbcConnectionPool pool = null;
        try {
            pool = bukaPool(url, kunci, sandi);
            DataSource ds = new Menunggu(pool);
            // H2 2.5 with WRITE_DELAY=0: without a store write right after opening, the first commit of a
            // process was lost by a SIGKILL 1 ms after it returned in 3 of 60 trials (0 of 60 with this
            // CHECKPOINT, as with Flyway's own writes at open). "Tersimpan" must mean saved from the first save.
            Galat.tulis(() -> {
                try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
                    st.execute("CHECKPOINT");
                    return Boolean.TRUE;
                } catch (SQLException e) {
                    throw new org.jooq.exception.DataAccessException("CHECKPOINT", e);
                }
            });
            if (sudahTerbaru(ds)) {
                // the usual start: every migration applied, Flyway (a few hundred ms of class loading and scanning) is not needed
                Izin.cobaPribadi(dataDir.databaseFile());
                return new Database(dataDir, url, sandi, kunci, pool, ds, SKEMA.getLast());
            }
            Flyway flyway = flyway(ds);
            MigrationInfoService info = flyway.info();
            tolakYangAsing(dataDir, ds, info);
            Path cadangan = null;
            if (info.pending().length > 0 && info.current() != null) {
                // a verified backup of the file as it is, through the same path as every other backup
                cadangan = sebelum.cadangkan(new Database(dataDir, url, sandi, kunci, pool, ds, info.current().getVersion().getVersion()));
            }
            try {
                flyway.migrate();
            } catch (RuntimeException e) {
                throw cadangan == null ? translate(dataDir, e)
                        : new KesosException(Messages.get("data.db.migrasiGagal", dataDir.databaseFile(), firstLine(e), cadangan), e);
            }
            String version = flyway.info().current().getVersion().getVersion();
            Izin.cobaPribadi(dataDir.databaseFile());
            return new Database(dataDir, url, sandi, kunci, pool, ds, version);
        } catch (RuntimeException | SQLException e) {
            if (pool != null) {
                pool.dispose();
            }
            if (kunci != null && e instanceof SQLException q && q.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1) {
                throw sandiSalah(dataDir, e);
            }
            throw translate(dataDir, e);
        }
    }

    /**
     * A wrong data password: said after a pause (guessing stays slow even when the derivation is fast), and forgotten,
     * so the window asks again.
     */
    static KesosException sandiSalah(DataDir dataDir, Throwable e) {
        Brankas.simpan(dataDir, null);
        try {
            // H2 logs the failed decryption to a trace file of its own: the answer below says all there is to say
            Files.deleteIfExists(dataDir.path().resolve(DataDir.DB_NAME + ".trace.db"));
        } catch (IOException x) {
            LOG.debug("Berkas jejak H2 tidak terhapus", x);
        }
        try {
            Thread.sleep(JEDA_SALAH_MS);
        } catch (InterruptedException x) {
            Thread.currentThread().interrupt();
        }
        return new KataSandiException(Messages.get("sandi.salah"), true, e);
    }

    /** The pause before a wrong password is reported. */
    static final long JEDA_SALAH_MS = 1500;

    /**
     * True when the file's schema history holds exactly the migrations of this version, all applied
     * successfully. Anything else (a new file, a pending or failed migration, a newer or foreign file)
     * goes through Flyway, which migrates or is refused.
     */
    static boolean sudahTerbaru(DataSource ds) {
        // read through the write path's waiting: the process serving the file may be closing right now
        return Galat.tulis(() -> {
            try (Connection c = ds.getConnection()) {
                return sudahTerbaru(c);
            } catch (SQLException e) {
                throw new org.jooq.exception.DataAccessException("flyway_schema_history", e);
            }
        });
    }

    static boolean sudahTerbaru(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
                var rs = st.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
            java.util.Set<String> ada = new java.util.HashSet<>();
            while (rs.next()) {
                if (!rs.getBoolean(2)) {
                    return false;
                }
                ada.add(rs.getString(1));
            }
            return ada.equals(java.util.Set.copyOf(SKEMA));
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1 || e.getErrorCode() == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1) {
                return false; // no history yet: Flyway decides (a new file, or a foreign one it refuses)
            }
            throw e;
        }
    }

    static Flyway flyway(DataSource ds) {
        return Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .javaMigrations(new V1_1__Data_referensi())
                .load();
    }

    /**
     * A zero-byte file, or one that does not begin like an H2 file, is refused before H2 sees it: H2
     * would silently start an empty database over it.
     */
    private static void periksaBerkas(DataDir dataDir) {
        Path file = dataDir.databaseFile();
        if (!Files.exists(file)) {
            return;
        }
        try {
            if (!Files.isRegularFile(file)) {
                throw new KesosException(Messages.get("data.db.bukanBasisData", file));
            }
            if (Files.size(file) == 0) {
                throw new KesosException(Messages.get("data.db.kosong", file));
            }
            byte[] awal = new byte[4];
            try (var in = Files.newInputStream(file)) {
                if (in.readNBytes(awal, 0, 4) < 4 || !new String(awal, StandardCharsets.US_ASCII).equals("H:2,")
                        && !Enkripsi.terenkripsi(file)) {
                    throw new KesosException(Messages.get("data.db.bukanBasisData", file));
                }
            }
        } catch (IOException e) {
            throw new KesosException(Messages.get("data.db.bukanBasisData", file), e);
        }
    }

    /**
     * A new database is made and migrated under a temporary name in this process's temporary folder,
     * then put in place in one step: a start killed half-way leaves no half-made file behind (H2 commits
     * each CREATE TABLE on its own, so a migration is not one transaction).
     */
    private static void buatBaru(DataDir dataDir, String sandi) throws SQLException, IOException {
        Path base = Sementara.folder().resolve("baru-" + System.nanoTime());
        if (!dariTemplat(base, sandi)) {
            JdbcConnectionPool p = JdbcConnectionPool.create(url(base, false), Kredensial.PENGGUNA, sandi);
            try {
                flyway(p).migrate();
                try (Connection c = p.getConnection(); Statement st = c.createStatement()) {
                    st.execute("SHUTDOWN");
                }
            } finally {
                p.dispose();
            }
        }
        Path dibuat = base.resolveSibling(base.getFileName() + ".mv.db");
        try {
            Izin.berkasPribadi(dibuat);
            // a hard link fails when the file is there: a second process that raced us keeps the first one's file
            Files.createLink(dataDir.databaseFile(), dibuat);
        } catch (FileAlreadyExistsException e) {
            LOG.debug("Basis data sudah dibuat oleh proses lain");
        } catch (UnsupportedOperationException | IOException e) {
            if (!Files.exists(dataDir.databaseFile())) {
                Files.move(dibuat, dataDir.databaseFile());
            }
        } finally {
            Files.deleteIfExists(dibuat);
        }
    }

    /**
     * The build ships a new database already migrated ({@link TemplatBaru}): a first start copies it
     * and gives it this folder's password, in well under a second instead of seconds of loading
     * 91,599 region codes. Without it (classes run from an IDE) the migrations run as usual.
     */
    private static boolean dariTemplat(Path base, String sandi) throws IOException, SQLException {
        Path berkas = base.resolveSibling(base.getFileName() + ".mv.db");
        try (var in = Database.class.getResourceAsStream(TemplatBaru.SUMBER)) {
            if (in == null) {
                return false;
            }
            Files.copy(in, berkas);
        }
        try (Connection c = java.sql.DriverManager.getConnection(url(base, false), Kredensial.PENGGUNA, TemplatBaru.SANDI);
                Statement st = c.createStatement()) {
            if (!sudahTerbaru(c)) {
                st.execute("SHUTDOWN");
                Files.delete(berkas);
                return false;
            }
            st.execute("UPDATE \"flyway_schema_history\" SET \"installed_on\" = LOCALTIMESTAMP");
            st.execute("ALTER USER " + Kredensial.PENGGUNA + " SET PASSWORD '" + sandi.replace("'", "''") + "'");
            st.execute("SHUTDOWN");
        }
        return true;
    }

    /** The pool with the folder's password; a file of an earlier version (empty password) gets it now. */
    private static JdbcConnectionPool bukaPool(String url, String kunci, String sandi) throws SQLException {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, Kredensial.PENGGUNA, login(kunci, sandi));
        try (Connection probe = new Menunggu(pool).getConnection()) {
            probe.isValid(1);
            return pool;
        } catch (SQLException e) {
            pool.dispose();
            if (e.getErrorCode() != ErrorCode.WRONG_USER_OR_PASSWORD) {
                throw e;
            }
        }
        try (Connection c = java.sql.DriverManager.getConnection(url, Kredensial.PENGGUNA, login(kunci, Kredensial.LAMA));
                Statement st = c.createStatement()) {
            st.execute("ALTER USER " + Kredensial.PENGGUNA + " SET PASSWORD '" + sandi.replace("'", "''") + "'");
        }
        return bukaPool(url, kunci, sandi);
    }

    /** A file of another program (tables but no schema history) or of a newer version of this one is left untouched. */
    private static void tolakYangAsing(DataDir dataDir, DataSource ds, MigrationInfoService info) throws SQLException {
        Path file = dataDir.databaseFile();
        if (Arrays.stream(info.all()).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                || m.getState() == MigrationState.FUTURE_FAILED)) {
            MigrationInfo[] diterapkan = info.applied();
            String versiBerkas = diterapkan[diterapkan.length - 1].getVersion().getVersion();
            throw new KesosException(Messages.get("data.db.versiBaru", file, versiBerkas, AppInfo.version()));
        }
        if (info.current() == null) {
            try (Connection c = ds.getConnection(); Statement st = c.createStatement();
                    var rs = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
                if (rs.next() && rs.getInt(1) > 0) {
                    throw new KesosException(Messages.get("data.db.bukanBasisData", file));
                }
            }
        }
    }

    /** Turns what H2 or Flyway threw into a message that says what is wrong and what to do. */
    static KesosException translate(DataDir dataDir, Throwable e) {
        if (e instanceof KesosException k) {
            return k;
        }
        if (Galat.diskPenuh(e)) {
            return new KesosException(Messages.get("galat.data.diskPenuh"), e);
        }
        SQLException sql = findSqlException(e);
        String file = dataDir.databaseFile().toString();
        if (sql != null) {
            switch (sql.getErrorCode()) {
                case ErrorCode.DATABASE_ALREADY_OPEN_1:
                    return new KesosException(Messages.get("data.db.sedangDipakai", dataDir, Galat.TUNGGU_MS / 1000), e);
                case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.FILE_ENCRYPTION_ERROR_1,
                        ErrorCode.WRONG_USER_OR_PASSWORD, ErrorCode.GENERAL_ERROR_1:
                    return new KesosException(Messages.get("data.db.bukanBasisData", file), e);
                case ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2:
                    // the folder was just proven writable: a file H2 cannot read is not (or no longer) a database
                    if (Files.exists(dataDir.databaseFile()) && hasCause(e, org.h2.mvstore.MVStoreException.class)) {
                        return new KesosException(Messages.get("data.db.bukanBasisData", file), e);
                    }
                    return new KesosException(Messages.get("data.folder.tidakBisaDitulis", dataDir), e);
                case ErrorCode.FILE_CREATION_FAILED_1, ErrorCode.DATABASE_IS_READ_ONLY:
                    return new KesosException(Messages.get("data.folder.tidakBisaDitulis", dataDir), e);
                default:
                    break;
            }
        }
        if (e instanceof org.flywaydb.core.api.FlywayException) {
            return new KesosException(Messages.get("data.db.gagalDisiapkan", file, firstLine(e)), e);
        }
        return new KesosException(Messages.get("data.db.gagalDibuka", file, firstLine(e)), e);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static SQLException findSqlException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }

    private static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = String.valueOf(root.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    public DSLContext dsl() {
        return dsl;
    }

    /** The login of this folder's database (kept in a backup, so that the copy can be opened again). */
    public String sandi() {
        return sandi;
    }

    /** The file key of an encrypted folder (a backup's copy is encrypted with it), null for a plain one. */
    public String kunciBerkas() {
        return kunci;
    }

    /** The password of the database in {@code dataDir}, made the first time. */
    public static String sandiFolder(DataDir dataDir) {
        try {
            return Kredensial.sandi(dataDir);
        } catch (IOException e) {
            throw new KesosException(Messages.get("data.folder.tidakBisaDitulis", dataDir), e);
        }
    }

    /** A new, empty folder for temporary files of this process (inside the data folder, removed at close or next start). */
    public Path folderSementara(String nama) {
        Path f = Sementara.folder().resolve(nama + "-" + System.nanoTime());
        try {
            Izin.folderPribadi(f);
        } catch (IOException e) {
            throw Galat.berkas(f.toString(), e);
        }
        return f;
    }

    /** H2's online backup (a consistent snapshot while others keep working) into a zip file. */
    public void backupMentah(Path zip) {
        dsl.execute("BACKUP TO '" + zip.toString().replace("'", "''") + "'");
    }

    /**
     * True when another window or command has this data open too. Sessions that came over the
     * AUTO_SERVER port have a client address: another process's when this one serves the file, or this
     * process's own when another one serves it. Either way, someone else is there.
     */
    public boolean adaSesiLain() {
        return dsl.fetchOne("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE CLIENT_ADDR IS NOT NULL").get(0, Integer.class) > 0;
    }

    /** Counts the rows of {@code tabel} in a database file outside the data folder (a backup's copy), read-only. */
    public static java.util.Map<String, Long> hitungSalinan(Path base, String sandi, String kunci, String[] tabel) {
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + base + ";ACCESS_MODE_DATA=r" + (kunci == null ? "" : ";CIPHER=AES"),
                Kredensial.PENGGUNA, login(kunci, sandi))) {
            return hitung(c, tabel);
        } catch (SQLException e) {
            throw new KesosException(Messages.get("cadangan.tidakTerbuka", base + ".mv.db"), e);
        }
    }

    /** Counts the rows of {@code tabel} in this database. */
    public java.util.Map<String, Long> hitung(String[] tabel) {
        return dsl.connectionResult(c -> hitung(c, tabel));
    }

    /** Row counts; a table that a file of an earlier version does not have yet counts 0. */
    private static java.util.Map<String, Long> hitung(Connection c, String[] tabel) throws SQLException {
        java.util.Map<String, Long> n = new java.util.LinkedHashMap<>();
        try (var ps = c.prepareStatement("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ?");
                Statement st = c.createStatement()) {
            for (String t : tabel) {
                ps.setString(1, t.toUpperCase(java.util.Locale.ROOT));
                long jumlah = 0;
                try (var ada = ps.executeQuery()) {
                    if (ada.next() && ada.getInt(1) > 0) {
                        try (var rs = st.executeQuery("SELECT COUNT(*) FROM " + t)) {
                            rs.next();
                            jumlah = rs.getLong(1);
                        }
                    }
                }
                n.put(t, jumlah);
            }
        }
        return n;
    }

    /** Gives a database file outside the data folder (a backup being restored) this folder's password. */
    public static void gantiSandi(Path base, String kunci, String lama, String baru) {
        try (Connection c = java.sql.DriverManager.getConnection(url(base, false, kunci), Kredensial.PENGGUNA, login(kunci, lama));
                Statement st = c.createStatement()) {
            st.execute("ALTER USER " + Kredensial.PENGGUNA + " SET PASSWORD '" + baru.replace("'", "''") + "'");
            st.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new KesosException(Messages.get("cadangan.tidakTerbuka", base + ".mv.db"), e);
        }
    }

    public DataDir dataDir() {
        return dataDir;
    }

    public String schemaVersion() {
        return schemaVersion;
    }

    /**
     * Closes the database. When this is the last session on the file and most of the file is free
     * space (bulk writes such as sample data or an import leave old pages behind), the file is
     * compacted first, so it does not stay several times larger than its data.
     */
    @Override
    public void close() {
        try (Connection c = java.sql.DriverManager.getConnection(url, Kredensial.PENGGUNA, login(kunci, sandi))) {
            pool.dispose();
            try (Statement st = c.createStatement()) {
                if (satuSatunyaSesi(st) && perluDipadatkan(st)) {
                    st.execute("SHUTDOWN COMPACT");
                }
            }
        } catch (SQLException e) {
            LOG.debug("Pemadatan basis data dilewati", e);
        } finally {
            pool.dispose();
            Sementara.lepas(dataDir);
        }
    }

    private static boolean satuSatunyaSesi(Statement st) throws SQLException {
        try (var rs = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    private static boolean perluDipadatkan(Statement st) throws SQLException {
        long size = 0;
        int fill = 100;
        try (var rs = st.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                + " WHERE SETTING_NAME IN ('info.FILE_SIZE', 'info.CHUNKS_FILL_RATE')")) {
            while (rs.next()) {
                if (rs.getString(1).equals("info.FILE_SIZE")) {
                    size = Long.parseLong(rs.getString(2));
                } else {
                    fill = Integer.parseInt(rs.getString(2));
                }
            }
        }
        return size > MIN_SIZE_COMPACT && fill < FILL_RATE_COMPACT;
    }
}
