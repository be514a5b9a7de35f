package jp.member.ear;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
        runOrFail(Map.of(), asadmin.toString(), "start-domain", DOMAIN);
        runOrFail(
                Map.of(
                        "ASADMIN", asadmin.toString(),
                        "ASADMIN_OPTS", "--port " + (PORT_BASE + 48),
                        "MEMBER_DB_URL", System.getProperty("member.it.db.url"),
                        "MEMBER_DB_USER", System.getProperty("member.it.db.user"),
                        "MEMBER_DB_PASSWORD", System.getProperty("member.it.db.password")),
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
        assertThat(WebClient.location(signIn)).isEqualTo("/");
        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.body()).contains("マネージャー ホーム", username);
        assertThat(TestDatabase.signInEvents(username, "SUCCESS")).isEqualTo(1);
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
