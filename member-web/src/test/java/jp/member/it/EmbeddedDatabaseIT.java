package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import jp.member.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The embedded MariaDB the build starts (the tests' here; the demo run's is configured the same way) is no open door:
 * grant tables on, an account with a generated password, reachable from this machine only. Issue 11 found it with
 * {@code --skip-grant-tables} on every interface, any password accepted.
 */
class EmbeddedDatabaseIT {

    private static final String URL = System.getProperty("member.it.db.url");

    @BeforeAll
    static void embeddedOnly() {
        assumeTrue(
                Boolean.parseBoolean(System.getProperty("member.it.db.disposable")),
                "an external test database is configured by its owner");
    }

    @Test
    @DisplayName("a wrong password is refused, and so is root without one")
    void wrongPasswordRefused() {
        String user = System.getProperty("member.it.db.user");

        assertThatThrownBy(() -> DriverManager.getConnection(URL, user, "not-the-password")
                        .close())
                .isInstanceOf(SQLException.class)
                .extracting(e -> ((SQLException) e).getSQLState())
                .isEqualTo("28000");
        assertThatThrownBy(() -> DriverManager.getConnection(URL, "root", "").close())
                .isInstanceOf(SQLException.class);
    }

    @Test
    @DisplayName("the generated password opens only the application's database, which listens on 127.0.0.1 only")
    void generatedAccountIsConfined() throws Exception {
        try (Connection c = TestDatabase.connect();
                var statement = c.createStatement()) {
            try (var rs = statement.executeQuery("SELECT @@bind_address")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("127.0.0.1");
            }
            assertThat(System.getProperty("member.it.db.password")).matches("[A-Za-z0-9_-]{32}");
            assertThatThrownBy(() -> statement.executeQuery("SELECT COUNT(*) FROM mysql.user"))
                    .isInstanceOf(SQLException.class);
        }
    }
}
