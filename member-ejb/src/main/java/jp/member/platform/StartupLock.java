package jp.member.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * One instance at a time through the start-up work that looks whether something exists and creates it when it does
 * not — the first administrator, the initial networks, the demonstration data. Instances of a cluster start at the
 * same moment (a Kubernetes deployment starts all its pods at once); without this both would find "nothing yet" and
 * both create it, and the second would fail on a unique key or double the demo data.
 *
 * A database named lock ({@code GET_LOCK}), held on a connection of its own from before the look until after the
 * creation has committed, and released on {@link #close()} — or by the database when the instance dies and its
 * connection goes, so a crash never leaves it held. Take it with no transaction active (bean-managed start-up beans,
 * before {@code begin()}), so that the work's own transactions commit before it is released.
 */
public final class StartupLock implements AutoCloseable {

    static final String NAME = "member.startup";

    /** Longer than any start-up work (the demo data takes about a minute on a small machine). */
    private static final int WAIT_SECONDS = 900;

    private static final Logger LOG = Logger.getLogger(StartupLock.class.getName());

    private final Connection connection;

    private StartupLock(Connection connection) {
        this.connection = connection;
    }

    /** Waits for the lock; fails the start when another instance holds it longer than any start-up work takes. */
    public static StartupLock take(DataSource dataSource) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            try (PreparedStatement lock = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
                lock.setString(1, NAME);
                lock.setInt(2, WAIT_SECONDS);
                try (ResultSet result = lock.executeQuery()) {
                    if (!result.next() || result.getInt(1) != 1) {
                        throw new IllegalStateException("Another instance has held the start-up lock '" + NAME
                                + "' for " + WAIT_SECONDS + " s; refusing to start rather than create data twice");
                    }
                }
            }
            return new StartupLock(connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("the start-up lock could not be taken", e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    @Override
    public void close() {
        try (PreparedStatement release = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            release.setString(1, NAME);
            release.executeQuery().close();
        } catch (SQLException e) {
            // a release fails only on a broken connection, whose session (and lock) the database has ended
            LOG.warning(() -> "The start-up lock was not released (" + e.getSQLState() + ")");
        } finally {
            closeQuietly(connection);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warning(() -> "A start-up lock connection did not close (" + e.getSQLState() + ")");
        }
    }
}
