package jp.member.directory;

import static jp.member.directory.DirectoryStaff.CACHE_AND_MORE;
import static jp.member.directory.DirectoryStaff.accepted;
import static jp.member.directory.DirectoryStaff.events;
import static jp.member.directory.DirectoryStaff.within;
import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import jp.member.security.Roles;
import jp.member.testsupport.TestDatabase;
import jp.member.testsupport.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staff sign-in through the company's directory (issue 18), over HTTP against the application with the directory on
 * (failsafe execution {@code directory}) and a real LDAP server with StartTLS ({@link TestDirectory}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "member.directory.it", matches = "true")
class DirectorySignInIT {

    private static final String PASSWORD = "mori-no-naka-no-2026";
    private static final String REFUSED = "ユーザー名、パスワード、または確認コードが正しくありません";

    @Deployment
    static WebArchive deployment() {
        return DirectoryStaff.deployment();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void directory() throws Exception {
        TestDirectory.server();
    }

    private WebClient client() throws Exception {
        return new WebClient(base.toURI());
    }

    @Test
    @DisplayName("a person in a mapped group signs in with the directory's password; their local record is made then,"
            + " with the mapped role, no local password, and the second factor still to set up")
    void firstSignInMakesTheLocalRecord() throws Exception {
        String uid = TestDatabase.uniqueUsername("dir-new");
        TestDirectory.addPerson(uid, PASSWORD, "山田 花子", TestDirectory.AGENTS);
        WebClient client = client();

        HttpResponse<String> answer = client.signIn(uid, PASSWORD);

        assertThat(accepted(answer)).as("accepted").isTrue();
        assertThat(TestDatabase.rows(
                        "SELECT source, password_hash, display_name, must_change_password FROM staff_account"
                                + " WHERE username = ?",
                        uid))
                .singleElement()
                .satisfies(row -> assertThat(row).containsExactly("DIRECTORY", null, "山田 花子", false));
        assertThat(roles(uid)).containsExactly(Roles.AGENT);
        assertThat(events(uid, "SUCCESS")).isEqualTo(1);
        assertThat(TestDatabase.scalar(
                        "SELECT reason FROM audit_entry WHERE event_type = 'STAFF_CREATED' AND actor = 'directory'"
                                + " AND target = ?",
                        "staff:" + uid + ";roles:AGENT"))
                .isEqualTo("created by the directory");
        assertThat(WebClient.location(client.get("/agent/home.xhtml"))).endsWith("/account/second-factor.xhtml");
    }

    @Test
    @DisplayName("a wrong password, no mapped group, a disabled account and an unknown name are refused alike,"
            + " recorded, and leave no local record")
    void refusals() throws Exception {
        String wrong = TestDatabase.uniqueUsername("dir-wrong");
        String canteen = TestDatabase.uniqueUsername("dir-nogroup");
        String disabled = TestDatabase.uniqueUsername("dir-disabled");
        String unknown = TestDatabase.uniqueUsername("dir-unknown");
        TestDirectory.addPerson(wrong, PASSWORD, "誤 入力", TestDirectory.AGENTS);
        TestDirectory.addPerson(canteen, PASSWORD, "食堂 委員", TestDirectory.CANTEEN);
        TestDirectory.addPerson(disabled, PASSWORD, "退職 済", TestDirectory.AGENTS);
        TestDirectory.disable(disabled);

        List<HttpResponse<String>> answers = List.of(
                client().signIn(wrong, "not-" + PASSWORD),
                client().signIn(canteen, PASSWORD),
                client().signIn(disabled, PASSWORD),
                client().signIn(unknown, PASSWORD),
                client().signIn(wrong, ""));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains(REFUSED);
        });
        for (String uid : List.of(wrong, canteen, disabled, unknown)) {
            assertThat(TestDatabase.scalar("SELECT COUNT(*) FROM staff_account WHERE username = ?", uid))
                    .as(uid)
                    .isEqualTo(0L);
            assertThat(events(uid, "FAILURE")).as(uid).isGreaterThanOrEqualTo(1);
            assertThat(events(uid, "SUCCESS")).as(uid).isZero();
        }
    }

    @Test
    @DisplayName("LDAP filter syntax in the name matches nobody: '*' and 'a)(uid=*' are refused, with a valid password")
    void filterInjectionIsInert() throws Exception {
        String uid = TestDatabase.uniqueUsername("dir-victim");
        TestDirectory.addPerson(uid, PASSWORD, "標的 太郎", TestDirectory.ADMINS);

        for (String hostile :
                List.of("*", "a)(uid=*", uid + ")(uid=*", "*)(|(objectClass=*", uid.substring(0, 5) + "*")) {
            HttpResponse<String> answer = client().signIn(hostile, PASSWORD);

            assertThat(accepted(answer)).as(hostile).isFalse();
            assertThat(answer.body()).as(hostile).contains(REFUSED);
        }
        assertThat(TestDatabase.scalar("SELECT COUNT(*) FROM staff_account WHERE username = ?", uid))
                .isEqualTo(0L);
        assertThat(TestDatabase.scalar(
                        "SELECT COUNT(*) FROM staff_account WHERE username LIKE '%*%' OR username LIKE '%(%'"))
                .isEqualTo(0L);
    }

    @Test
    @DisplayName("a live session ends at the next request once the person is disabled in the directory")
    void disablingInTheDirectoryEndsTheSession() throws Exception {
        String uid = TestDatabase.uniqueUsername("dir-leaver");
        DirectoryStaff.veteran(uid, PASSWORD, Roles.AGENT, TestDirectory.AGENTS);
        WebClient client = client();
        assertThat(accepted(client.signIn(uid, PASSWORD))).isTrue();
        assertThat(client.get("/agent/home.xhtml").statusCode()).isEqualTo(200);

        TestDirectory.disable(uid);

        assertThat(within(CACHE_AND_MORE, () -> WebClient.location(client.get("/agent/home.xhtml"))
                        .endsWith("/login.xhtml")))
                .as("session ended")
                .isTrue();
        assertThat(accepted(client().signIn(uid, PASSWORD)))
                .as("signs in again")
                .isFalse();
    }

    @Test
    @DisplayName("a live session ends once the person left every mapped group, and an Ajax request is told to go to the"
            + " sign-in page, never an error page")
    void leavingTheGroupEndsTheSession() throws Exception {
        String uid = TestDatabase.uniqueUsername("dir-mover");
        DirectoryStaff.veteran(uid, PASSWORD, Roles.AGENT, TestDirectory.AGENTS, TestDirectory.CANTEEN);
        WebClient client = client();
        assertThat(accepted(client.signIn(uid, PASSWORD))).isTrue();
        assertThat(client.get("/agent/home.xhtml").statusCode()).isEqualTo(200);

        TestDirectory.removeFromGroup(uid, TestDirectory.AGENTS);

        assertThat(within(CACHE_AND_MORE, () -> {
                    HttpResponse<String> ajax =
                            client.send(java.net.http.HttpRequest.newBuilder(client.uri("/agent/home.xhtml"))
                                    .header("Faces-Request", "partial/ajax")
                                    .GET()
                                    .build());
                    return ajax.statusCode() == 200
                            && ajax.body().matches("(?s).*<redirect url=\"[^\"]*/login\\.xhtml\".*");
                }))
                .as("ajax told to sign in")
                .isTrue();
        assertThat(WebClient.location(client.get("/agent/home.xhtml"))).endsWith("/login.xhtml");
    }

    @Test
    @DisplayName("roles follow the directory's groups: a new group ends the session, the next sign-in has the new"
            + " role, and the local roles were replaced")
    void rolesFollowTheGroups() throws Exception {
        String uid = TestDatabase.uniqueUsername("dir-promoted");
        DirectoryStaff.veteran(uid, PASSWORD, Roles.AUDITOR, TestDirectory.AGENTS);
        WebClient client = client();
        assertThat(accepted(client.signIn(uid, PASSWORD))).isTrue();
        assertThat(roles(uid)).containsExactly(Roles.AGENT);
        assertThat(client.get("/manager/home.xhtml").statusCode()).isEqualTo(403);

        TestDirectory.addToGroup(uid, TestDirectory.MANAGERS);

        assertThat(within(CACHE_AND_MORE, () -> WebClient.location(client.get("/agent/home.xhtml"))
                        .endsWith("/login.xhtml")))
                .as("session ended")
                .isTrue();
        assertThat(roles(uid)).containsExactlyInAnyOrder(Roles.AGENT, Roles.MANAGER);
        assertThat(TestDatabase.rows(
                        "SELECT target FROM audit_entry WHERE event_type = 'STAFF_CHANGED' AND actor = 'directory'"
                                + " AND target LIKE ? ORDER BY id",
                        "staff:" + uid + ";%"))
                .extracting(row -> row[0])
                .containsExactly("staff:" + uid + ";roles:AGENT", "staff:" + uid + ";roles:AGENT+MANAGER");
        WebClient again = client();
        assertThat(accepted(again.signIn(uid, PASSWORD))).isTrue();
        assertThat(again.get("/manager/home.xhtml").statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("the second factor is still demanded of a directory account that set one up")
    void secondFactorStillDemanded() throws Exception {
        String uid = TestDatabase.uniqueUsername("dir-2fa");
        DirectoryStaff.veteran(uid, PASSWORD, Roles.MANAGER, TestDirectory.MANAGERS);

        HttpResponse<String> withoutCode = DirectoryStaff.signInWithCode(client(), uid, PASSWORD, "");
        HttpResponse<String> wrongCode = DirectoryStaff.signInWithCode(client(), uid, PASSWORD, "000000");
        WebClient client = client();
        HttpResponse<String> withCode = client.signIn(uid, PASSWORD);

        assertThat(accepted(withoutCode)).isFalse();
        assertThat(accepted(wrongCode)).isFalse();
        assertThat(accepted(withCode)).isTrue();
        assertThat(client.get("/manager/home.xhtml").statusCode()).isEqualTo(200);
        assertThat(events(uid, "FAILURE")).isEqualTo(2);
    }

    @Test
    @DisplayName("with the directory on, a local account is refused even with its right password — unless it is the"
            + " break-glass administrator, who signs in with the local password")
    void onlyBreakGlassSignsInLocally() throws Exception {
        String agent = TestDatabase.uniqueUsername("local-agent");
        String admin = TestDatabase.uniqueUsername("local-admin");
        TestDatabase.insertStaff(agent, PASSWORD, false, Roles.AGENT);
        TestDatabase.insertStaff(admin, PASSWORD, false, Roles.ADMIN);
        DirectoryStaff.breakGlassAdministrator(PASSWORD);

        HttpResponse<String> localAgent = client().signIn(agent, PASSWORD);
        HttpResponse<String> localAdmin = client().signIn(admin, PASSWORD);
        WebClient client = client();
        HttpResponse<String> breakGlass = client.signIn(DirectoryStaff.BREAK_GLASS, PASSWORD);

        assertThat(accepted(localAgent)).isFalse();
        assertThat(localAgent.body()).contains(REFUSED);
        assertThat(accepted(localAdmin)).isFalse();
        assertThat(events(agent, "FAILURE")).isEqualTo(1);
        assertThat(events(admin, "FAILURE")).isEqualTo(1);
        assertThat(accepted(breakGlass)).isTrue();
        assertThat(client.get("/admin/home.xhtml").statusCode()).isEqualTo(200);
        assertThat(TestDatabase.scalar("SELECT source FROM staff_account WHERE username = ?", agent))
                .isEqualTo("LOCAL");
    }

    @Test
    @DisplayName("failed directory sign-ins of a person with a local record lock it locally after five, like a local"
            + " account: then even the right password is refused")
    void localLockoutCounts() throws Exception {
        String uid = TestDatabase.uniqueUsername("dir-guessed");
        DirectoryStaff.veteran(uid, PASSWORD, Roles.AGENT, TestDirectory.AGENTS);
        for (int i = 0; i < 5; i++) {
            assertThat(accepted(client().signIn(uid, "guess-" + i))).isFalse();
        }

        assertThat(accepted(client().signIn(uid, PASSWORD))).isFalse();
        assertThat(events(uid, "LOCKOUT")).isEqualTo(1);
        assertThat(events(uid, "REFUSED")).isEqualTo(1);
    }

    @Test
    @DisplayName("while the directory cannot be reached, a signed-in person keeps working for the grace (10 s here),"
            + " then is sent to sign in — never an error page; nobody signs in meanwhile; all is back when it answers")
    void directoryOutage() throws Exception {
        String uid = TestDatabase.uniqueUsername("dir-outage");
        DirectoryStaff.veteran(uid, PASSWORD, Roles.AGENT, TestDirectory.AGENTS);
        WebClient client = client();
        assertThat(accepted(client.signIn(uid, PASSWORD))).isTrue();
        InMemoryDirectoryServer directory = TestDirectory.server();

        directory.shutDown(false); // stops listening, keeps its entries
        try {
            assertThat(client.get("/agent/home.xhtml").statusCode())
                    .as("within the grace")
                    .isEqualTo(200);
            HttpResponse<String> meanwhile = client().signIn(uid, PASSWORD);
            assertThat(meanwhile.statusCode()).isEqualTo(200);
            assertThat(meanwhile.body()).contains(REFUSED);
            assertThat(within(CACHE_AND_MORE.multipliedBy(2), () -> WebClient.location(client.get("/agent/home.xhtml"))
                            .endsWith("/login.xhtml")))
                    .as("session ended after the grace")
                    .isTrue();
        } finally {
            directory.startListening();
        }

        WebClient back = client();
        assertThat(accepted(back.signIn(uid, PASSWORD)))
                .as("signs in once it answers")
                .isTrue();
        assertThat(back.get("/agent/home.xhtml").statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("the staff page names a directory account as the directory's and offers neither a password reset nor a"
            + " change of roles for it (its groups would overwrite them); a local account keeps both")
    void staffPageLeavesDirectoryAccountsToTheDirectory() throws Exception {
        String uid = TestDatabase.uniqueUsername("dir-listed");
        DirectoryStaff.veteran(uid, PASSWORD, Roles.AGENT, TestDirectory.AGENTS);
        DirectoryStaff.breakGlassAdministrator(PASSWORD);
        WebClient admin = client();
        assertThat(accepted(admin.signIn(DirectoryStaff.BREAK_GLASS, PASSWORD))).isTrue();

        String page = admin.get("/admin/staff.xhtml").body();

        assertThat(row(page, uid))
                .contains("ディレクトリで管理")
                .doesNotContain(":reset")
                .doesNotContain(":edit-roles");
        assertThat(row(page, DirectoryStaff.BREAK_GLASS))
                .doesNotContain("ディレクトリで管理")
                .contains(":reset")
                .contains(":edit-roles");
    }

    /** The staff table's row of this username. */
    private static String row(String page, String username) {
        for (String row : page.split("<tr")) {
            if (row.contains(":username\">" + username + "<")) {
                return row;
            }
        }
        throw new AssertionError("no row for " + username);
    }

    private static List<String> roles(String uid) throws Exception {
        return TestDatabase.rows(
                        "SELECT r.role FROM staff_role r JOIN staff_account s ON s.id = r.staff_id WHERE s.username = ?"
                                + " ORDER BY r.role",
                        uid)
                .stream()
                .map(row -> (String) row[0])
                .toList();
    }
}
