package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import jp.member.demo.SyntheticMember;
import jp.member.security.Roles;
import jp.member.testsupport.ApiClient;
import jp.member.testsupport.Deployments;
import jp.member.testsupport.TestDatabase;
import jp.member.testsupport.TestMembers;
import jp.member.testsupport.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The members API as the web site (CHANNEL) and a till (POS) use it, over HTTP with HTTP Basic. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MembersApiIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    WebClient http;
    ApiClient channel;
    ApiClient till;

    @BeforeEach
    void clients() throws Exception {
        http = new WebClient(base.toURI());
        channel = ApiClient.register(http, Roles.CHANNEL);
        till = ApiClient.register(http, Roles.POS);
    }

    @Test
    @DisplayName("the web site enrols a member and reads the record back; the read is recorded as the client's")
    void enrolAndRead() throws Exception {
        SyntheticMember m = TestMembers.synthetic();
        channel.grantFields("name_kana", "phone", "email");

        HttpResponse<String> created = channel.send("POST", "/api/v1/members", enrolment(m, ""));
        String number = ApiClient.field(created.body(), "memberNumber");
        HttpResponse<String> read = channel.send("GET", "/api/v1/members/" + number, null);

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).get().asString().endsWith("/api/v1/members/" + number);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains(m.nameKana(), m.phone(), m.email(), "\"status\":\"ACTIVE\"");
        assertThat(TestDatabase.scalar(
                        "SELECT COUNT(*) FROM audit_entry a JOIN member m ON m.id = a.member_id"
                                + " WHERE a.event_type = 'PERSONAL_DATA_READ' AND m.member_number = ? AND a.purpose = 'API_READ' AND a.actor = ? AND a.actor_kind = 'CLIENT'",
                        number,
                        channel.id()))
                .isEqualTo(1L);
    }

    @Test
    @DisplayName("bad input is refused as problem+json naming each field, and nothing is stored")
    void validation() throws Exception {
        long before = members();
        String body = "{\"nameKanji\":\"\",\"nameKana\":\"Tanaka\",\"birthDate\":\"1990-02-30\",\"postalCode\":\"1\","
                + "\"prefecture\":\"13\",\"city\":\"千代田区\",\"street\":\"1-1\",\"phone\":\"12\",\"channel\":\"WEB\"}";

        HttpResponse<String> refused = channel.send("POST", "/api/v1/members", body);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("application/problem+json");
        assertThat(refused.body())
                .contains(
                        "\"code\":\"VALIDATION\"",
                        "\"field\":\"nameKanji\"",
                        "\"field\":\"nameKana\"",
                        "\"field\":\"birthDate\"",
                        "\"field\":\"postalCode\"",
                        "\"rule\":\"member.phone.invalid\"");
        assertThat(members()).isEqualTo(before);
    }

    @Test
    @DisplayName("extra properties such as status, rank or memberNumber are ignored (no mass assignment)")
    void noMassAssignment() throws Exception {
        SyntheticMember m = TestMembers.synthetic();

        HttpResponse<String> created = channel.send(
                "POST",
                "/api/v1/members",
                enrolment(m, ",\"status\":\"SUSPENDED\",\"rank\":\"PLATINUM\",\"memberNumber\":\"000000000000\""));
        String number = ApiClient.field(created.body(), "memberNumber");

        assertThat(number).isNotEqualTo("000000000000");
        assertThat(TestDatabase.rows("SELECT status, member_rank FROM member WHERE member_number = ?", number))
                .singleElement()
                .satisfies(row -> assertThat(row).containsExactly("ACTIVE", "REGULAR"));
    }

    @Test
    @DisplayName("the channel changes contact details and consent; the change is kept with the client as its author")
    void contactAndConsent() throws Exception {
        TestMembers.Created member = TestMembers.create();
        channel.grantFields("phone", "email");

        HttpResponse<String> contact = channel.send(
                "PUT",
                "/api/v1/members/" + member.memberNumber() + "/contact",
                "{\"email\":\"NEW.ADDRESS@EXAMPLE.ORG\"}");
        HttpResponse<String> badContact = channel.send(
                "PUT",
                "/api/v1/members/" + member.memberNumber() + "/contact",
                "{\"postalCode\":\"abc\",\"prefecture\":\"13\",\"city\":\"x\",\"street\":\"y\"}");
        HttpResponse<String> consent = channel.send(
                "PUT",
                "/api/v1/members/" + member.memberNumber() + "/consents/sms",
                "{\"granted\":" + !member.data().consentSms() + "}");
        HttpResponse<String> read = channel.send("GET", "/api/v1/members/" + member.memberNumber(), null);

        assertThat(contact.statusCode()).isEqualTo(204);
        assertThat(badContact.statusCode()).isEqualTo(400);
        assertThat(consent.statusCode()).isEqualTo(204);
        assertThat(read.body())
                .contains("\"email\":\"new.address@example.org\"", member.data().phone());
        assertThat(TestDatabase.rows("SELECT changed_by, via FROM consent_event WHERE member_id = ?", member.id()))
                .singleElement()
                .satisfies(row -> assertThat(row).containsExactly(channel.id(), "WEB"));
    }

    @Test
    @DisplayName("a till reads status and rank only — no personal data — and may not read the member record")
    void tillSeesNoPersonalData() throws Exception {
        TestMembers.Created member = TestMembers.create();

        HttpResponse<String> status = till.send("GET", "/api/v1/cards/" + member.memberNumber() + "/status", null);
        HttpResponse<String> record = till.send("GET", "/api/v1/members/" + member.memberNumber(), null);
        HttpResponse<String> channelAtTill =
                channel.send("GET", "/api/v1/cards/" + member.memberNumber() + "/status", null);

        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body())
                .isEqualTo("{\"memberNumber\":\"" + member.memberNumber()
                        + "\",\"rank\":\"REGULAR\",\"status\":\"ACTIVE\"}");
        assertThat(record.statusCode()).isEqualTo(403);
        assertThat(record.body())
                .contains("\"code\":\"FORBIDDEN\"")
                .doesNotContain(member.data().phone());
        assertThat(channelAtTill.statusCode()).isEqualTo(403);
    }

    @Test
    @DisplayName("unknown or malformed numbers get 404 problem documents, never an error page")
    void unknownNumbers() throws Exception {
        for (String number : new String[] {"123456789012", "1' OR '1'='1", "%00", "9".repeat(200)}) {
            HttpResponse<String> response = till.send(
                    "GET",
                    "/api/v1/cards/"
                            + java.net.URLEncoder.encode(number, StandardCharsets.UTF_8)
                                    .replace("+", "%20") + "/status",
                    null);
            assertThat(response.statusCode()).as(number).isIn(400, 404);
            assertThat(response.body()).as(number).contains("\"code\":").doesNotContain("Exception", "SQL");
        }
    }

    @Test
    @DisplayName("the OpenAPI description is served to anyone")
    void openApi() throws Exception {
        HttpResponse<String> yaml = http.get("/openapi.yaml");

        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(yaml.body())
                .contains(
                        "openapi: 3.0.3",
                        "/v1/members/{number}",
                        "/v1/cards/{number}/status",
                        "/v1/points/earn",
                        "/v1/points/reversals");
    }

    private static String enrolment(SyntheticMember m, String extra) {
        return TestMembers.enrolmentJson(m, "WEB", ",\"consents\":{\"email\":true}" + extra);
    }

    private static long members() throws Exception {
        return ((Number) TestDatabase.scalar("SELECT COUNT(*) FROM member")).longValue();
    }
}
