package jp.member.ear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jp.member.security.Roles;
import jp.member.testsupport.TestDatabase;
import jp.member.testsupport.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The EAR on a full Payara Server, installed with the same script enterprise IT uses
 * ({@code config/payara-server/install.sh}): a fresh domain, the JDBC pool on the test database, the EAR deployed
 * unchanged; then a person signs in over HTTP.
 */
class EarSmokeIT {

    private static final String DOMAIN = "member-smoke";
    private static final int PORT_BASE = 28000;
    private static final String PASSWORD = "sanpo-no-tochuu-2026";
    private static final String FIRST_ADMIN = "it-first-admin";
    private static final String FIRST_ADMIN_PASSWORD = "hajimari-no-kagi-2026";
    private static final Map<String, String> FIRST_ADMIN_ENVIRONMENT = Map.of(
            "MEMBER_INITIAL_ADMIN",
            FIRST_ADMIN,
            "MEMBER_INITIAL_ADMIN_PASSWORD",
            FIRST_ADMIN_PASSWORD,
            // staff of every role may sign in from this machine (production starts with no network)
            "MEMBER_NETWORKS_INITIAL",
            "127.0.0.0/8,::1/128",
            // served over plain HTTP here: the session cookie without __Host- and Secure
            "MEMBER_HTTPS",
            "false");
    private static final boolean FIRST_START = Boolean.getBoolean("member.it.db.disposable");

    private static Path asadmin;
    private static final WebClient client = new WebClient(URI.create("http://127.0.0.1:" + (PORT_BASE + 80) + "/"));

    @BeforeAll
    static void installOnPayaraServer() throws Exception {
        asadmin = Path.of(System.getProperty("member.payara.home"), "bin", "asadmin");
        run(Map.of(), asadmin.toString(), "delete-domain", DOMAIN); // left over from an interrupted run, if any
        runOrFail(
                Map.of(),
                asadmin.toString(),
                "create-domain",
                "--nopassword",
                "--portbase",
                String.valueOf(PORT_BASE),
                DOMAIN);
        if (FIRST_START) {
            emptyDatabase();
        }
        // Production mode (the default), with the first administrator supplied through the environment.
        runOrFail(FIRST_ADMIN_ENVIRONMENT, asadmin.toString(), "start-domain", DOMAIN);
        Map<String, String> install = new HashMap<>(FIRST_ADMIN_ENVIRONMENT);
        install.put("ASADMIN", asadmin.toString());
        install.put("ASADMIN_OPTS", "--port " + (PORT_BASE + 48));
        install.put("ASADMIN_DOMAIN", DOMAIN);
        install.put("MEMBER_DB_URL", System.getProperty("member.it.db.url"));
        install.put("MEMBER_DB_USER", System.getProperty("member.it.db.user"));
        install.put("MEMBER_DB_PASSWORD", System.getProperty("member.it.db.password"));
        install.put("MEMBER_DATA_KEYS", System.getProperty("member.it.data.keys"));
        install.put("MEMBER_INDEX_KEY", System.getProperty("member.it.index.key"));
        runOrFail(
                install,
                "bash",
                System.getProperty("member.install.script"),
                System.getProperty("member.ear"),
                System.getProperty("member.jdbc.driver"));
    }

    @AfterAll
    static void removeDomain() throws Exception {
        run(Map.of(), asadmin.toString(), "stop-domain", DOMAIN);
        run(Map.of(), asadmin.toString(), "delete-domain", DOMAIN);
    }

    @Test
    @DisplayName("the EAR deployed on Payara Server serves the sign-in page and a staff member signs in")
    void signsInOnPayaraServer() throws Exception {
        String username = TestDatabase.uniqueUsername("ear");
        TestDatabase.insertStaff(username, PASSWORD, false, Roles.MANAGER);

        HttpResponse<String> login = client.get("/login.xhtml");
        HttpResponse<String> signIn = client.signIn(username, PASSWORD);
        HttpResponse<String> start = client.get("/manager/home.xhtml");

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("ログイン");
        assertThat(login.headers().firstValue("Server"))
                .as("install.sh turns the Server header off")
                .isEmpty();
        assertThat(login.headers().firstValue("X-Powered-By")).isEmpty();
        assertThat(WebClient.location(signIn)).isEqualTo("/");
        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.body()).contains("マネージャー ホーム", username);
        assertThat(TestDatabase.signInEvents(username, "SUCCESS")).isEqualTo(1);
    }

    @Test
    @DisplayName(
            "a first start in production mode creates the administrator from the environment, who must change the password, and no demo account")
    void firstAdministratorFromEnvironment() throws Exception {
        assumeTrue(FIRST_START, "needs the disposable embedded test database");
        WebClient firstAdmin = new WebClient(URI.create("http://127.0.0.1:" + (PORT_BASE + 80) + "/"));

        HttpResponse<String> signIn = firstAdmin.signIn(FIRST_ADMIN, FIRST_ADMIN_PASSWORD);

        assertThat(WebClient.location(signIn)).isEqualTo("/");
        assertThat(WebClient.location(firstAdmin.get("/admin/staff.xhtml"))).isEqualTo("/account/password.xhtml");
        assertThat(TestDatabase.scalar(
                        "SELECT must_change_password FROM staff_account WHERE username = ?", FIRST_ADMIN))
                .isEqualTo(true);
        assertThat(TestDatabase.scalar("SELECT COUNT(*) FROM staff_account WHERE username = 'admin'"))
                .isEqualTo(0L);
        assertThat(WebClient.location(new WebClient(URI.create("http://127.0.0.1:" + (PORT_BASE + 80) + "/"))
                        .signIn("admin", "it-ops-demo-5")))
                .isNotEqualTo("/");
    }

    /** The schema and data of earlier runs go, so that the deployment below is a first start. */
    private static void emptyDatabase() throws Exception {
        try (var connection = TestDatabase.connect();
                var statement = connection.createStatement()) {
            String database = connection.getCatalog();
            statement.executeUpdate("DROP DATABASE `" + database + "`");
            statement.executeUpdate(
                    "CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    private static void runOrFail(Map<String, String> env, String... command) throws Exception {
        Result result = run(env, command);
        assertThat(result.exitCode())
                .as(String.join(" ", command) + "\n" + result.output())
                .isZero();
    }

    private static Result run(Map<String, String> env, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(command));
        Path log = Files.createTempFile("asadmin", ".log");
        ProcessBuilder builder =
                new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(Duration.ofMinutes(5).toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        String output = Files.readString(log);
        Files.delete(log);
        return new Result(process.exitValue(), output);
    }

    private record Result(int exitCode, String output) {}
}
