package jp.member.ear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.member.security.Roles;
import jp.member.staff.rules.Totp;
import jp.member.testsupport.TestDatabase;
import jp.member.testsupport.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The EAR on a full application server, installed as the documentation says ({@code config/payara-server/install.sh},
 * {@code config/glassfish/README.md}): a fresh domain on its own port base, the first administrator in the server's
 * environment, the script run twice (it must be re-runnable), the EAR deployed unchanged; then people sign in over
 * HTTP. One subclass per server; each uses the test database the module's build starts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EarSmokeIT {

    private static final String DOMAIN = "member-smoke";
    private static final String PASSWORD = "sanpo-no-tochuu-2026";
    private static final String FIRST_ADMIN = "it-first-admin";
    private static final String FIRST_ADMIN_PASSWORD = "hajimari-no-kagi-2026";
    private static final String FIRST_ADMIN_NEW_PASSWORD = "tsugi-no-kagi-wo-erabu-2026";
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
    private static final Pattern TOTP_SECRET = Pattern.compile("id=\"secret\">([A-Z2-7 ]+)<");

    private final String server;
    private final Path asadmin;
    private final int portBase;

    /**
     * @param server the server's name in the test report
     * @param homeProperty the system property naming the unpacked server's folder (the one holding bin/asadmin)
     * @param portBase the domain's port base: admin on +48, HTTP on +80, JMS on +76
     */
    EarSmokeIT(String server, String homeProperty, int portBase) {
        this.server = server;
        this.asadmin = Path.of(System.getProperty(homeProperty), "bin", "asadmin");
        this.portBase = portBase;
    }

    @BeforeAll
    void installOnTheServer() throws Exception {
        run(Map.of(), asadmin.toString(), "delete-domain", DOMAIN); // left over from an interrupted run, if any
        runOrFail(
                Map.of(),
                asadmin.toString(),
                "create-domain",
                "--nopassword",
                "--portbase",
                String.valueOf(portBase),
                DOMAIN);
        if (FIRST_START) {
            emptyDatabase();
        }
        // Production mode (the default), with the first administrator supplied through the environment.
        runOrFail(FIRST_ADMIN_ENVIRONMENT, asadmin.toString(), "start-domain", DOMAIN);
        Map<String, String> install = new HashMap<>(FIRST_ADMIN_ENVIRONMENT);
        install.put("ASADMIN", asadmin.toString());
        install.put("ASADMIN_OPTS", "--port " + (portBase + 48));
        install.put("ASADMIN_DOMAIN", DOMAIN);
        install.put("MEMBER_DB_URL", System.getProperty("member.it.db.url"));
        install.put("MEMBER_DB_USER", System.getProperty("member.it.db.user"));
        install.put("MEMBER_DB_PASSWORD", System.getProperty("member.it.db.password"));
        install.put("MEMBER_DATA_KEYS", System.getProperty("member.it.data.keys"));
        install.put("MEMBER_INDEX_KEY", System.getProperty("member.it.index.key"));
        String[] script = {
            "bash",
            System.getProperty("member.install.script"),
            System.getProperty("member.ear"),
            System.getProperty("member.jdbc.driver")
        };
        runOrFail(install, script);
        runOrFail(install, script); // an upgrade, or a second try after a failure: the same command again
    }

    @AfterAll
    void removeDomain() throws Exception {
        run(Map.of(), asadmin.toString(), "stop-domain", DOMAIN);
        run(Map.of(), asadmin.toString(), "delete-domain", DOMAIN);
    }

    private WebClient client() {
        return new WebClient(URI.create("http://127.0.0.1:" + (portBase + 80) + "/"));
    }

    @Test
    @DisplayName("the EAR serves the sign-in page and a staff member signs in; the session cookie is SameSite=Strict")
    void signsIn() throws Exception {
        String username = TestDatabase.uniqueUsername("ear");
        TestDatabase.insertStaff(username, PASSWORD, false, Roles.MANAGER);
        WebClient client = client();

        HttpResponse<String> login = client.get("/login.xhtml");
        HttpResponse<String> signIn = client.signIn(username, PASSWORD);
        HttpResponse<String> start = client.get("/manager/home.xhtml");

        assertThat(login.statusCode()).as(server).isEqualTo(200);
        assertThat(login.body()).contains("ログイン");
        assertThat(login.headers().firstValue("Server"))
                .as("install.sh turns the Server header off")
                .isEmpty();
        assertThat(login.headers().firstValue("X-Powered-By")).isEmpty();
        assertThat(WebClient.location(signIn)).isEqualTo("/");
        assertThat(signIn.headers().allValues("Set-Cookie"))
                .as("the new session's cookie on " + server)
                .filteredOn(c -> c.startsWith(WebClient.SESSION_COOKIE + "="))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c).containsIgnoringCase("SameSite=Strict"));
        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.body()).contains("マネージャー ホーム", username);
        assertThat(TestDatabase.signInEvents(username, "SUCCESS")).isEqualTo(1);
    }

    @Test
    @DisplayName(
            "a first start creates the administrator from the environment, who changes the password, sets up TOTP and reaches the staff page; no demo account")
    void firstAdministratorFromEnvironment() throws Exception {
        assumeTrue(FIRST_START, "needs the disposable embedded test database");
        WebClient firstAdmin = client();

        HttpResponse<String> signIn = firstAdmin.signIn(FIRST_ADMIN, FIRST_ADMIN_PASSWORD);
        String mustChange = WebClient.location(firstAdmin.get("/admin/staff.xhtml"));
        HttpResponse<String> changed = firstAdmin.press(
                "/account/password.xhtml",
                "password",
                "submit",
                Map.of(
                        "current",
                        FIRST_ADMIN_PASSWORD,
                        "new",
                        FIRST_ADMIN_NEW_PASSWORD,
                        "confirm",
                        FIRST_ADMIN_NEW_PASSWORD));
        String mustSetUp = WebClient.location(firstAdmin.get("/admin/staff.xhtml"));
        setUpSecondFactor(firstAdmin);
        HttpResponse<String> staffPage = firstAdmin.get("/admin/staff.xhtml");

        assertThat(WebClient.location(signIn)).as(server).isEqualTo("/");
        assertThat(mustChange).isEqualTo("/account/password.xhtml");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(302);
        assertThat(mustSetUp).isEqualTo("/account/second-factor.xhtml");
        assertThat(staffPage.statusCode()).isEqualTo(200);
        assertThat(TestDatabase.scalar(
                        "SELECT must_change_password FROM staff_account WHERE username = ?", FIRST_ADMIN))
                .isEqualTo(false);
        assertThat(TestDatabase.scalar("SELECT COUNT(*) FROM staff_account WHERE username = 'admin'"))
                .isEqualTo(0L);
        assertThat(WebClient.location(client().signIn("admin", "it-ops-demo-5")))
                .isNotEqualTo("/");
    }

    @Test
    @DisplayName("no message-broker port of the domain listens beyond loopback (GlassFish's JMS on portbase+76)")
    void noBrokerPortOnOtherInterfaces() throws Exception {
        assertThat(ListeningSockets.beyondLoopback(portBase + 76)).as(server).isEmpty();
    }

    /** As a person with an authenticator app: start the set-up, read the secret off the page, confirm a code. */
    private static void setUpSecondFactor(WebClient person) throws Exception {
        String path = "/account/second-factor.xhtml";
        String page = person.get(path).body();
        String started = person.pressAjax(path, page, "totp", "start", Map.of()).body();
        Matcher secret = TOTP_SECRET.matcher(started);
        assertThat(secret.find()).as(started).isTrue();
        String code = Totp.code(Totp.fromBase32(secret.group(1).replace(" ", "")), Totp.step(Instant.now()));
        String confirmed = person.pressAjax(path, page, "totp", "confirm", Map.of("code", code))
                .body();
        assertThat(confirmed).as(confirmed).contains("recovery-codes");
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
