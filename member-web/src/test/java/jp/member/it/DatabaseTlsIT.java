package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * ASVS 12.3.1: production connects to MySQL with {@code sslMode=VERIFY_IDENTITY} (docs/deployment.md, config/micro and
 * config/glassfish), and with it Connector/J never falls back to plaintext. The embedded test database (MariaDB 11.4)
 * offers TLS with a certificate it made itself, which this JVM does not trust: it stands in for a server that cannot
 * prove who it is. These tests show what the documented setting does; the URL itself is IT's to set.
 */
class DatabaseTlsIT {

    private static final String URL = System.getProperty("member.it.db.url");
    private static final String USER = System.getProperty("member.it.db.user");
    private static final String PASSWORD = System.getProperty("member.it.db.password");

    @Test
    @DisplayName("12.3.1: with sslMode=VERIFY_IDENTITY a database that cannot prove its identity is refused, for TLS")
    void verifyIdentityRefusesAnUnprovenServer() throws Exception {
        assumeFalse(URL.contains("sslMode=VERIFY_IDENTITY"), "an external test database that proves its identity");
        try (Connection plain = DriverManager.getConnection(URL, USER, PASSWORD)) {
            assertThat(plain.isValid(5))
                    .as("the same account connects as the tests configure it")
                    .isTrue();
        }

        SQLException refused = catchThrowableOfType(
                SQLException.class, () -> DriverManager.getConnection(withSslMode("VERIFY_IDENTITY"), USER, PASSWORD)
                        .close());

        assertThat((Object) refused).as("refused").isNotNull();
        assertThat(aboutTls(refused))
                .as("refused for TLS, not for anything else")
                .isTrue();
    }

    @Test
    @DisplayName("12.3.1: with sslMode=REQUIRED the session is encrypted, or refused for TLS: never plaintext")
    void requiredNeverFallsBackToPlaintext() throws Exception {
        Connection connection;
        try {
            connection = DriverManager.getConnection(withSslMode("REQUIRED"), USER, PASSWORD);
        } catch (SQLException refused) {
            assertThat(Boolean.parseBoolean(System.getProperty("member.it.db.disposable")))
                    .as("the embedded database offers TLS: it must connect")
                    .isFalse();
            assertThat(aboutTls(refused))
                    .as("refused for TLS, not for anything else")
                    .isTrue();
            return;
        }
        try (connection;
                Statement statement = connection.createStatement();
                ResultSet cipher = statement.executeQuery("SHOW SESSION STATUS LIKE 'Ssl_cipher'")) {
            assertThat(cipher.next()).isTrue();
            assertThat(cipher.getString(2)).as("the session's cipher").isNotBlank();
        }
    }

    private static boolean aboutTls(Throwable refused) {
        for (Throwable t = refused; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (t instanceof SSLException || message.contains("ssl") || message.contains("tls")) {
                return true;
            }
        }
        return false;
    }

    private static String withSslMode(String mode) {
        if (URL.contains("sslMode=")) {
            return URL.replaceAll("sslMode=[A-Za-z_]+", "sslMode=" + mode);
        }
        return URL + (URL.contains("?") ? "&" : "?") + "sslMode=" + mode;
    }
}
