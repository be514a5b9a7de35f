package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import jp.member.security.Roles;
import jp.member.shared.Secrets;
import jp.member.testsupport.Deployments;
import jp.member.testsupport.ServerLog;
import jp.member.testsupport.TestDatabase;
import jp.member.testsupport.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No personal data in the server log (ASVS 16.2.5): canary values go through enrolment, reads, refusals and a
 * malformed request; then the server's log file is searched for them. Also: a CR/LF in a username stays on one line.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LogHygieneIT {

    private static final String NAME = "鴉野　カナリア子";
    private static final String KANA = "カラスノ　カナリアコ";
    /** New each run: an earlier run's canary member in the same database would make this enrolment a duplicate. */
    private static final String DIGITS =
            "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));

    private static final String PHONE = "090" + DIGITS;
    private static final String PHONE_WRITTEN = "090-" + DIGITS.substring(0, 4) + "-" + DIGITS.substring(4);
    private static final String EMAIL = "canary.bird." + DIGITS + "@example.org";
    private static final String STREET = "カナリア町9丁目8-7";

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    @Test
    @DisplayName("canary personal values used in enrolment, reads and refusals never reach the server log")
    void noPersonalDataInTheLog() throws Exception {
        WebClient http = new WebClient(base.toURI());
        String channel = TestDatabase.uniqueUsername("canary");
        String secret = "canary-secret-" + channel;
        TestDatabase.update(
                "INSERT INTO api_client (client_id, name, client_role, secret_hash, enabled, created_at)"
                        + " VALUES (?, 'canary', ?, ?, TRUE, NOW())",
                channel,
                Roles.CHANNEL,
                Secrets.sha256Hex(secret));
        String auth = "Basic "
                + Base64.getEncoder().encodeToString((channel + ":" + secret).getBytes(StandardCharsets.UTF_8));

        String valid = "{\"nameKanji\":\"" + NAME + "\",\"nameKana\":\"" + KANA + "\",\"birthDate\":\"1981-03-04\","
                + "\"postalCode\":\"150-0001\",\"prefecture\":\"13\",\"city\":\"渋谷区\",\"street\":\"" + STREET + "\","
                + "\"phone\":\"" + PHONE + "\",\"email\":\"" + EMAIL + "\",\"channel\":\"APP\"}";
        HttpResponse<String> created = post(http, auth, "/api/v1/members", valid);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String number = created.body().replaceAll(".*\"memberNumber\":\"(\\d+)\".*", "$1");
        get(http, auth, "/api/v1/members/" + number);
        post(http, auth, "/api/v1/members", valid.replace(EMAIL, EMAIL + "@@").replace("1981-03-04", "1981-02-31"));
        post(http, auth, "/api/v1/members", "{\"nameKanji\":\"" + NAME + "\", broken json " + PHONE);
        http.signIn("agent\r\n[SEVERE] forged " + EMAIL, "x");

        String log = ServerLog.read();
        assertThat(log).isNotEmpty();
        for (String canary : List.of(NAME, KANA, PHONE, PHONE_WRITTEN, EMAIL, STREET, "1981-03-04")) {
            assertThat(log).as("the server log").doesNotContain(canary);
        }
    }

    private static HttpResponse<String> post(WebClient http, String auth, String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(http.uri(path))
                .header("Authorization", auth)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build());
    }

    private static HttpResponse<String> get(WebClient http, String auth, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(http.uri(path))
                .header("Authorization", auth)
                .GET()
                .build());
    }
}
