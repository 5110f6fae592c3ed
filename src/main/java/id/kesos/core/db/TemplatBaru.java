package id.kesos.core.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Run by the build (process-classes): writes an empty database with every migration applied and the
 * reference data loaded, shipped in the jar, that {@link Database} copies for a new data folder.
 * Its login is a placeholder replaced by the folder's own password at the copy.
 */
public final class TemplatBaru {
    /** Where the template is on the class path. */
    static final String SUMBER = "/id/kesos/db/baru.mv.db";
    /** The template's login before it is given a folder's password. */
    static final String SANDI = "templat";

    private TemplatBaru() {
    }

    /** {@code args[0]}: the folder of the class path root (target/classes). */
    public static void main(String[] args) throws SQLException, java.io.IOException {
        Path berkas = Path.of(args[0], SUMBER.substring(1));
        Files.createDirectories(berkas.getParent());
        Files.deleteIfExists(berkas);
        String nama = berkas.getFileName().toString();
        Path base = berkas.resolveSibling(nama.substring(0, nama.length() - ".mv.db".length()));
        JdbcConnectionPool p = JdbcConnectionPool.create(Database.url(base, false), Kredensial.PENGGUNA, SANDI);
        try {
            Database.flyway(p).migrate();
        } finally {
            p.dispose();
        }
        try (Connection c = java.sql.DriverManager.getConnection(Database.url(base, false), Kredensial.PENGGUNA, SANDI);
                Statement st = c.createStatement()) {
            st.execute("SHUTDOWN COMPACT");
        }
        Files.deleteIfExists(base.resolveSibling(base.getFileName() + ".trace.db"));
        System.out.println("Templat basis data baru: " + berkas + " (" + Files.size(berkas) / 1024 + " KB)");
    }
}
