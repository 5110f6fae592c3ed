package id.kesos.core.db;

import id.kesos.core.KesosException;
import id.kesos.core.i18n.Messages;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
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
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final String schemaVersion;

    private Database(DataDir dataDir, String url, JdbcConnectionPool pool, String schemaVersion) {
        this.dataDir = dataDir;
        this.url = url;
        this.pool = pool;
        this.dsl = DSL.using(pool, SQLDialect.H2);
        this.schemaVersion = schemaVersion;
    }

    /** Opens (creating if needed) and migrates the database in {@code dataDir}. */
    public static Database open(DataDir dataDir) {
        dataDir.ensureWritable();
        boolean existed = Files.exists(dataDir.databaseFile());
        String url = "jdbc:h2:file:" + dataDir.path().resolve(DataDir.DB_NAME) + ";AUTO_SERVER=TRUE";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        try {
            try (Connection probe = pool.getConnection()) {
                probe.isValid(1);
            }
            Flyway flyway = Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .javaMigrations(new V1_1__Data_referensi())
                    .load();
            MigrationInfo[] pending = flyway.info().pending();
            if (existed && pending.length > 0 && flyway.info().current() != null) {
                backup(pool, dataDir, flyway.info().current().getVersion().getVersion());
            }
            MigrateResult result = flyway.migrate();
            String version = result.targetSchemaVersion != null ? result.targetSchemaVersion
                    : flyway.info().current().getVersion().getVersion();
            return new Database(dataDir, url, pool, version);
        } catch (RuntimeException | SQLException e) {
            pool.dispose();
            throw translate(dataDir, e);
        }
    }

    private static void backup(JdbcConnectionPool pool, DataDir dataDir, String fromVersion) throws SQLException {
        try {
            Files.createDirectories(dataDir.backupDir());
        } catch (java.io.IOException e) {
            throw new KesosException(Messages.get("data.cadangan.gagal", dataDir.backupDir()), e);
        }
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        String file = dataDir.backupDir().resolve("kesos-sebelum-migrasi-v" + fromVersion + "-" + stamp + ".zip").toString();
        try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
            st.execute("BACKUP TO '" + file.replace("'", "''") + "'");
        }
    }

    /** Turns what H2 or Flyway threw into a message that says what is wrong and what to do. */
    static KesosException translate(DataDir dataDir, Throwable e) {
        if (e instanceof KesosException k) {
            return k;
        }
        SQLException sql = findSqlException(e);
        String file = dataDir.databaseFile().toString();
        if (sql != null) {
            switch (sql.getErrorCode()) {
                case ErrorCode.DATABASE_ALREADY_OPEN_1:
                    return new KesosException(Messages.get("data.db.sedangDipakai", dataDir), e);
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
            return new KesosException(Messages.get("data.db.migrasiGagal", file, firstLine(e)), e);
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
        try (Connection c = java.sql.DriverManager.getConnection(url, "sa", "")) {
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
