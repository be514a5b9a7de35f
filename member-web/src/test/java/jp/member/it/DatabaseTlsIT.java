package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * ASVS 12.3.1: production connects to MySQL with {@code sslMode=VERIFY_IDENTITY} (README, config/micro and
 * config/glassfish), and with it Connector/J never falls back to plaintext. The test database serves no certificate
 * this JVM trusts for 127.0.0.1, so it stands in for a server that cannot prove who it is.
 */
class DatabaseTlsIT {

    private static final String URL = System.getProperty("member.it.db.url");
    private static final String USER = System.getProperty("member.it.db.user");
    private static final String PASSWORD = System.getProperty("member.it.db.password");

    @Test
    @DisplayName("12.3.1: with sslMode=VERIFY_IDENTITY a database that cannot prove its identity is refused")
    void verifyIdentityRefusesAnUnprovenServer() throws Exception {
        assumeFalse(URL.contains("sslMode=VERIFY_IDENTITY"), "an external test database that proves its identity");
        try (Connection plain = DriverManager.getConnection(URL, USER, PASSWORD)) {
            assertThat(plain.isValid(5))
                    .as("the same account connects as configured for the tests")
                    .isTrue();
        }

        assertThatThrownBy(() -> DriverManager.getConnection(withSslMode("VERIFY_IDENTITY"), USER, PASSWORD)
                        .close())
                .isInstanceOf(SQLException.class);
    }

    @Test
    @DisplayName("12.3.1: with sslMode=REQUIRED the connection is encrypted or refused, never plaintext")
    void requiredNeverFallsBackToPlaintext() throws Exception {
        Connection connection;
        try {
            connection = DriverManager.getConnection(withSslMode("REQUIRED"), USER, PASSWORD);
        } catch (SQLException refused) {
            return; // a server without TLS: refused, as it must be
        }
        try (connection;
                Statement statement = connection.createStatement();
                ResultSet cipher = statement.executeQuery("SHOW SESSION STATUS LIKE 'Ssl_cipher'")) {
            assertThat(cipher.next()).isTrue();
            assertThat(cipher.getString(2)).as("the session's cipher").isNotBlank();
        }
    }

    private static String withSslMode(String mode) {
        if (URL.contains("sslMode=")) {
            return URL.replaceAll("sslMode=[A-Za-z_]+", "sslMode=" + mode);
        }
        return URL + (URL.contains("?") ? "&" : "?") + "sslMode=" + mode;
    }
}
