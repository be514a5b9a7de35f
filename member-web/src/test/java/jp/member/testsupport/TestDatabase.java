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
import jp.member.staff.control.SecondFactor;

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
        return insertStaff(username, password, mustChangePassword, true, roles);
    }

    /**
     * A staff account; {@code attested}: with a confidentiality agreement, training and policy acceptance of today
     * (what the application requires before it shows personal data), or with none.
     */
    public static long insertStaff(
            String username, String password, boolean mustChangePassword, boolean attested, String... roles)
            throws SQLException {
        try (Connection c = connect()) {
            long id;
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO staff_account (username, display_name, password_hash, enabled, must_change_password,"
                            + " created_at, agreement_signed_on, trained_on, policy_version)"
                            + " VALUES (?, ?, ?, TRUE, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, username);
                ps.setString(2, "テスト " + username);
                ps.setString(3, HASH.hash(password));
                ps.setBoolean(4, mustChangePassword);
                ps.setTimestamp(5, Timestamp.from(Instant.now()));
                java.sql.Date today = attested ? java.sql.Date.valueOf(java.time.LocalDate.now()) : null;
                ps.setDate(6, today);
                ps.setDate(7, today);
                ps.setString(8, attested ? jp.member.staff.control.Attestations.DEFAULT_POLICY_VERSION : null);
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
            if (java.util.Arrays.stream(roles).anyMatch(SecondFactor.REQUIRED_FOR::contains)) {
                enrolSecondFactor(c, username, id);
            }
            return id;
        }
    }

    /** A staff account (attested) that has not set up its second factor yet, whatever its roles. */
    public static long insertStaffWithoutSecondFactor(String username, String password, String... roles)
            throws SQLException {
        long id = insertStaff(username, password, false, true, roles);
        update("UPDATE staff_account SET totp_secret = NULL WHERE id = ?", id);
        SECOND_FACTORS.remove(username);
        return id;
    }

    private static final java.util.Map<String, byte[]> SECOND_FACTORS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Accounts whose roles require it get a second factor as a person would have set it up: a secret (known to the
     * tests, sealed with the application's key) that {@link #oneTimeCode} turns into codes.
     */
    private static void enrolSecondFactor(Connection c, String username, long id) throws SQLException {
        byte[] secret = java.util.Arrays.copyOf(
                HASH_OF.apply("test second factor " + username), jp.member.staff.rules.Totp.SECRET_BYTES);
        byte[] sealed = new jp.member.security.crypto.FieldCipher(TestMembers.keys())
                .seal(jp.member.staff.rules.Totp.base32(secret), "staff_account.totp:" + id);
        try (PreparedStatement ps = c.prepareStatement("UPDATE staff_account SET totp_secret = ? WHERE id = ?")) {
            ps.setBytes(1, sealed);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
        SECOND_FACTORS.put(username, secret);
    }

    /**
     * The one-time code of a test account with a second factor (null for one without): for the current step, or the
     * next one when the account already signed in with this step — the application accepts each step once, and one
     * step ahead. What the account used is read from the database, so attempts that failed before the code was
     * checked (a wrong password) use up nothing.
     */
    public static synchronized String oneTimeCode(String username) {
        byte[] secret = username == null ? null : SECOND_FACTORS.get(username);
        if (secret == null) {
            return null;
        }
        while (true) {
            long now = jp.member.staff.rules.Totp.step(Instant.now());
            long used;
            try {
                Object last = scalar("SELECT totp_last_step FROM staff_account WHERE username = ?", username);
                used = last == null ? 0 : ((Number) last).longValue();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            long step = Math.max(now, used + 1);
            if (step <= now + 1) {
                return jp.member.staff.rules.Totp.code(secret, step);
            }
            try {
                Thread.sleep(1_000); // a third sign-in within 30 seconds: the next step is not valid yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static final java.util.function.Function<String, byte[]> HASH_OF = text -> {
        try {
            return java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    };

    /** Runs an UPDATE/INSERT with positional parameters; returns the row count. */
    /**
     * A /24 of the given /16 (a test class's own, within 198.18.0.0/15, the range for tests) that no allowed network
     * names — not even one a crashed earlier run left — as "198.18.N".
     */
    public static String unusedTestNetwork(String slash16) throws SQLException {
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (Object[] row : rows("SELECT cidr FROM allowed_network WHERE cidr LIKE ?", slash16 + ".%")) {
            String cidr = (String) row[0];
            taken.add(cidr.substring(0, cidr.indexOf('.', slash16.length() + 1)));
        }
        java.util.List<Integer> free = new java.util.ArrayList<>();
        for (int third = 0; third < 256; third++) {
            if (!taken.contains(slash16 + "." + third)) {
                free.add(third);
            }
        }
        java.util.Collections.shuffle(free);
        return slash16 + "." + free.get(0);
    }

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
