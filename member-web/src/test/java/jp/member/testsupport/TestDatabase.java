package jp.member.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import jp.member.staff.control.PasswordHash;

/**
 * Direct JDBC access to the test database, for arranging data and for reading what the application wrote. Works in
 * the test JVM (system properties from failsafe) and inside the server (the same values as environment variables).
 */
public final class TestDatabase {

    private static final PasswordHash HASH = new PasswordHash();

    private TestDatabase() {}

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                setting("member.it.db.url", "MEMBER_DB_URL"),
                setting("member.it.db.user", "MEMBER_DB_USER"),
                setting("member.it.db.password", "MEMBER_DB_PASSWORD"));
    }

    private static String setting(String property, String env) {
        String value = System.getProperty(property);
        if (value == null) {
            value = System.getenv(env);
        }
        return value == null ? "" : value;
    }

    /** A username no other test uses. */
    public static String uniqueUsername(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Inserts an enabled staff account with the given password and roles; returns its id. */
    public static long insertStaff(String username, String password, boolean mustChangePassword, String... roles)
            throws SQLException {
        try (Connection c = connect()) {
            long id;
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO staff_account (username, display_name,"
                            + " password_hash, enabled, must_change_password, created_at) VALUES (?, ?, ?, TRUE, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, username);
                ps.setString(2, "テスト " + username);
                ps.setString(3, HASH.hash(password));
                ps.setBoolean(4, mustChangePassword);
                ps.setTimestamp(5, Timestamp.from(Instant.now()));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            for (String role : roles) {
                try (PreparedStatement ps =
                        c.prepareStatement("INSERT INTO staff_role (staff_id, role) VALUES (?, ?)")) {
                    ps.setLong(1, id);
                    ps.setString(2, role);
                    ps.executeUpdate();
                }
            }
            return id;
        }
    }

    /** Runs an UPDATE/INSERT with positional parameters; returns the row count. */
    public static int update(String sql, Object... parameters) throws SQLException {
        try (Connection c = connect();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            return ps.executeUpdate();
        }
    }

    /** The first column of the first row, or null. */
    public static Object scalar(String sql, Object... parameters) throws SQLException {
        try (Connection c = connect();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getObject(1) : null;
            }
        }
    }

    /** All rows of a query, each as an array of its columns. */
    public static java.util.List<Object[]> rows(String sql, Object... parameters) throws SQLException {
        try (Connection c = connect();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                java.util.List<Object[]> rows = new java.util.ArrayList<>();
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    /** How many sign-in events with this outcome the account has. */
    public static long signInEvents(String username, String outcome) throws SQLException {
        return ((Number) scalar(
                        "SELECT COUNT(*) FROM sign_in_event WHERE username = ? AND outcome = ?", username, outcome))
                .longValue();
    }
}
