package id.kesos.core.db;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The pool, waiting for the data while another process holds it for a moment: when two processes
 * start at once (the lock file is being written), or when the process that serves the file closes and
 * this one takes over. Gives up after {@link Galat#TUNGGU_MS}.
 */
final class Menunggu implements DataSource {
    private final JdbcConnectionPool pool;

    Menunggu(JdbcConnectionPool pool) {
        this.pool = pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        long batas = System.currentTimeMillis() + Galat.TUNGGU_MS;
        long jeda = 50;
        while (true) {
            try {
                Connection c = pool.getConnection();
                if (c.isValid(5)) {
                    return diskPenuhAman(c);
                }
                c.close();
            } catch (SQLException e) {
                if (!Galat.bisaDiulang(e) || System.currentTimeMillis() + jeda > batas) {
                    throw e;
                }
            }
            if (System.currentTimeMillis() + jeda > batas) {
                return pool.getConnection();
            }
            Galat.tidur(jeda);
            jeda = Math.min(jeda * 2, 1000);
        }
    }

    /**
     * After a full disk H2 closes its store, and a rollback or a change of auto-commit on it then spins
     * for ever inside H2. Nothing of the open transaction reached the file, so on a full disk those
     * calls are skipped and the write fails with the disk-full message instead of hanging.
     */
    static Connection diskPenuhAman(Connection c) {
        return (Connection) java.lang.reflect.Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, m, args) -> {
                    String n = m.getName();
                    if ((n.equals("rollback") || n.equals("setAutoCommit") || n.equals("commit") || n.equals("close"))
                            && Galat.diskPenuh(null)) {
                        if (n.equals("close")) {
                            return null;
                        }
                        throw new SQLException("No space left on device");
                    }
                    if (n.equals("unwrap") && args != null && ((Class<?>) args[0]).isInstance(proxy)) {
                        return proxy;
                    }
                    try {
                        return m.invoke(c, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public PrintWriter getLogWriter() {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return pool.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || pool.isWrapperFor(iface);
    }
}
