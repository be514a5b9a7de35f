package jp.member.directory;

import static jp.member.directory.DirectoryStaff.events;
import static jp.member.directory.DirectoryStaff.within;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import jp.member.security.Roles;
import jp.member.testsupport.ServerLog;
import jp.member.testsupport.TestDatabase;
import jp.member.testsupport.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staff sign-in through the company's OpenID provider (issue 18, decision 0022), over HTTP against the application with
 * the provider on (failsafe execution {@code directory}) and a real provider on 127.0.0.1 ({@link TestProvider}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "member.directory.it", matches = "true")
class OpenIdSignInIT {

    private static final String REFUSED_JA = "会社のアカウントでログインできませんでした";
    private static final String CODE_ASKED_JA = "2段階認証の確認コードを入力してください";
    /** Longer than the session check's period at the provider (5 s here) and a page's round trips together. */
    private static final Duration RECHECK_AND_MORE = Duration.ofSeconds(25);

    @Deployment
    static WebArchive deployment() {
        return DirectoryStaff.deployment();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void provider() throws Exception {
        TestProvider.server();
    }

    @AfterEach
    void policyOff() throws Exception {
        TestProvider.REFUSAL.refuse(false);
        OpenIdStaff.providerMfaAccepted(false);
    }

    private WebClient client() throws Exception {
        return new WebClient(base.toURI());
    }

    private static String claims(String username, List<String> groups, String... amr) {
        return TestProvider.claims(username, "プロバイダ " + username, groups, List.of(amr));
    }

    @Test
    @DisplayName("a person in a mapped group signs in through the provider; their record is made then, source OPENID,"
            + " bound to their subject, with the mapped role, no password, and the second factor still to set up")
    void firstSignInMakesTheRecord() throws Exception {
        String username = TestDatabase.uniqueUsername("oidc-new");
        WebClient client = client();

        HttpResponse<String> answer =
                TestProvider.signIn(client, "sub-" + username, claims(username, List.of(TestProvider.AGENTS), "pwd"));

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(WebClient.location(answer)).doesNotEndWith("/login.xhtml");
        assertThat(TestDatabase.rows(
                        "SELECT source, password_hash, display_name, openid_subject FROM staff_account"
                                + " WHERE username = ?",
                        username))
                .singleElement()
                .satisfies(
                        row -> assertThat(row).containsExactly("OPENID", null, "プロバイダ " + username, "sub-" + username));
        assertThat(TestDatabase.scalar(
                        "SELECT reason FROM audit_entry WHERE event_type = 'STAFF_CREATED' AND actor = 'openid'"
                                + " AND target = ?",
                        "staff:" + username + ";roles:" + Roles.AGENT))
                .isEqualTo("created by the OpenID provider");
        assertThat(events(username, "SUCCESS")).isEqualTo(1);
        assertThat(WebClient.location(client.get("/agent/home.xhtml"))).endsWith("/account/second-factor.xhtml");
    }

    @Test
    @DisplayName("a person with no mapped group is refused back on the sign-in page with its message, no record made,"
            + " the attempt recorded; nothing of the person in the address")
    void noMappedRoleIsRefused() throws Exception {
        String username = TestDatabase.uniqueUsername("oidc-canteen");
        WebClient client = client();

        HttpResponse<String> answer =
                TestProvider.signIn(client, "sub-" + username, claims(username, List.of(TestProvider.CANTEEN), "mfa"));

        assertThat(answer.statusCode()).isEqualTo(302);
        String location = answer.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/login.xhtml?openid=failed").doesNotContain(username);
        assertThat(client.get("/login.xhtml?openid=failed").body()).contains(REFUSED_JA);
        assertThat(TestDatabase.scalar("SELECT COUNT(*) FROM staff_account WHERE username = ?", username))
                .isEqualTo(0L);
        assertThat(events(username, "FAILURE")).isEqualTo(1);
        assertThat(WebClient.location(client.get("/agent/home.xhtml"))).endsWith("/login.xhtml");
        ServerLog.awaitWritten();
        assertThat(ServerLog.read())
                .as("the refusal is logged without the person")
                .contains("OpenID sign-in refused")
                .doesNotContain("sub-" + username)
                .doesNotContain("プロバイダ " + username);
    }

    @Test
    @DisplayName("the provider's MFA stands for the one-time code only while an administrator accepts it: off, the code"
            + " is asked and a wrong one refused; on, the person is in at once; a password alone still needs the code")
    void providerMfaOnlyWhenAccepted() throws Exception {
        String username = TestDatabase.uniqueUsername("oidc-mfa");
        String subject = "sub-" + username;
        OpenIdStaff.veteran(username, subject, Roles.AGENT);
        String withMfa = claims(username, List.of(TestProvider.AGENTS), "pwd", "mfa");

        OpenIdStaff.providerMfaAccepted(false);
        WebClient off = client();
        HttpResponse<String> asked = TestProvider.signIn(off, subject, withMfa);
        assertThat(WebClient.location(asked)).endsWith("/login.xhtml");
        assertThat(off.get("/login.xhtml").body()).contains(CODE_ASKED_JA);
        HttpResponse<String> wrong = off.press("/login.xhtml", "openid-code", "continue", Map.of("code", "000000"));
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("確認コードが正しくありません");
        HttpResponse<String> right = off.press(
                "/login.xhtml", "openid-code", "continue", Map.of("code", TestDatabase.oneTimeCode(username)));
        assertThat(right.statusCode()).isEqualTo(302);
        assertThat(off.get("/agent/home.xhtml").statusCode()).isEqualTo(200);

        OpenIdStaff.providerMfaAccepted(true);
        WebClient on = client();
        HttpResponse<String> straightIn = TestProvider.signIn(on, subject, withMfa);
        assertThat(WebClient.location(straightIn)).doesNotEndWith("/login.xhtml");
        assertThat(on.get("/agent/home.xhtml").statusCode()).isEqualTo(200);

        WebClient passwordOnly = client();
        HttpResponse<String> stillAsked =
                TestProvider.signIn(passwordOnly, subject, claims(username, List.of(TestProvider.AGENTS), "pwd"));
        assertThat(WebClient.location(stillAsked)).endsWith("/login.xhtml");
        assertThat(passwordOnly.get("/login.xhtml").body()).contains(CODE_ASKED_JA);
        assertThat(events(username, "SUCCESS")).isEqualTo(2);
    }

    @Test
    @DisplayName("a live session ends at the next request once the provider refuses its refresh token (the person was"
            + " disabled there), to the sign-in page, not an error page")
    void refusedRefreshEndsTheSession() throws Exception {
        String username = TestDatabase.uniqueUsername("oidc-leaver");
        String subject = "sub-" + username;
        OpenIdStaff.veteran(username, subject, Roles.AGENT);
        OpenIdStaff.providerMfaAccepted(true);
        WebClient client = client();
        TestProvider.signIn(client, subject, claims(username, List.of(TestProvider.AGENTS), "mfa"));
        assertThat(client.get("/agent/home.xhtml").statusCode()).isEqualTo(200);

        TestProvider.REFUSAL.refuse(true);

        assertThat(within(RECHECK_AND_MORE, () -> WebClient.location(client.get("/agent/home.xhtml"))
                        .endsWith("/login.xhtml")))
                .as("sent to the sign-in page")
                .isTrue();
        TestProvider.REFUSAL.refuse(false);
        assertThat(WebClient.location(client.get("/agent/home.xhtml")))
                .as("the session stays ended")
                .endsWith("/login.xhtml");
    }

    @Test
    @DisplayName("an answer arriving without the session (a browser coming from the provider's site does not send the"
            + " Strict cookie) gets a page that loads it again from this site, with only the answer's parameters,"
            + " escaped; arriving again without it, the sign-in page")
    void answerReloadedFromThisSite() throws Exception {
        HttpResponse<String> first =
                client().get("/sign-in/openid/callback?code=c0de&state=st%22%3E%3Cscript%3E&extra=%3Cimg%3E");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(first.body())
                .contains("http-equiv=\"refresh\"")
                .contains("/sign-in/openid/callback?code=c0de&amp;state=st%22%3E%3Cscript%3E&amp;bounced=1")
                .doesNotContain("<script")
                .doesNotContain("extra")
                .doesNotContain("<img");
        HttpResponse<String> again = client().get("/sign-in/openid/callback?code=c0de&state=st&bounced=1");
        assertThat(again.headers().firstValue("Location").orElseThrow()).endsWith("/login.xhtml?openid=failed");
    }

    @Test
    @DisplayName(
            "the provider's accounts never sign in with a password, and a record bound to one subject is refused to"
                    + " another subject under the same name")
    void noPasswordAndNoOtherSubject() throws Exception {
        String username = TestDatabase.uniqueUsername("oidc-bound");
        OpenIdStaff.veteran(username, "sub-" + username, Roles.AGENT);
        OpenIdStaff.providerMfaAccepted(true);

        HttpResponse<String> password = client().signIn(username, "not-the-provider-password-" + username);
        HttpResponse<String> someoneElse = TestProvider.signIn(
                client(), "another-" + username, claims(username, List.of(TestProvider.AGENTS), "mfa"));

        assertThat(password.statusCode()).isEqualTo(200);
        assertThat(password.body()).contains("ユーザー名、パスワード、または確認コードが正しくありません");
        assertThat(WebClient.location(someoneElse)).endsWith("/login.xhtml");
        assertThat(someoneElse.headers().firstValue("Location").orElseThrow()).endsWith("?openid=failed");
        assertThat(TestDatabase.scalar("SELECT openid_subject FROM staff_account WHERE username = ?", username))
                .isEqualTo("sub-" + username);
        assertThat(events(username, "SUCCESS")).isZero();
    }
}
