package jp.member.directory;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import jp.member.testsupport.TestDatabase;
import jp.member.testsupport.WebClient;

/** Arranging directory people and their local records, and waiting on what the session check does. */
final class DirectoryStaff {

    /** Named in MEMBER_DIRECTORY_BREAKGLASS of the failsafe execution {@code directory}. */
    static final String BREAK_GLASS = "breakglass-it";

    /** Longer than the session check's cache (5 s) and a page's round trips together. */
    static final Duration CACHE_AND_MORE = Duration.ofSeconds(20);

    private DirectoryStaff() {}

    /**
     * The shared archive with this package in it: Arquillian adds each test class to its archive, so without the whole
     * package the two classes' archives would differ and each would start a server of its own.
     */
    static org.jboss.shrinkwrap.api.spec.WebArchive deployment() {
        return jp.member.testsupport.Deployments.shared().addPackage(DirectoryStaff.class.getPackage());
    }

    /**
     * A person in the directory whose local record already exists as the directory would have made it, with a second
     * factor set up (known to {@link TestDatabase#oneTimeCode}) and a current attestation — someone who has worked
     * here for a while — under the given local roles (the directory's replace them at sign-in).
     */
    static void veteran(String uid, String password, String localRole, String... groups) throws Exception {
        TestDirectory.addPerson(uid, password, "ディレクトリ " + uid, groups);
        TestDatabase.insertStaff(uid, "not-the-directory-password-" + uid, false, localRole);
        TestDatabase.update(
                "UPDATE staff_account SET source = 'DIRECTORY', password_hash = NULL WHERE username = ?", uid);
    }

    /** The break-glass administrator, local, with this password and a second factor (an earlier run's is renamed). */
    static void breakGlassAdministrator(String password) throws Exception {
        TestDatabase.update(
                "UPDATE staff_account SET username = CONCAT('bg-old-', id) WHERE username = ?", BREAK_GLASS);
        TestDatabase.insertStaff(BREAK_GLASS, password, false, jp.member.security.Roles.ADMIN);
    }

    /** The login form posted with exactly this one-time code (empty: none), as {@link WebClient#signIn} does. */
    static HttpResponse<String> signInWithCode(WebClient client, String username, String password, String code)
            throws Exception {
        HttpResponse<String> page = client.get("/login.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", username);
        form.put("login:password", password);
        form.put("login:code", code);
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", WebClient.viewState(page.body()));
        form.put("primefaces.nonce", WebClient.nonce(page.body()));
        return client.post("/login.xhtml", form);
    }

    /** Whether the sign-in's answer is the redirect into the application (a refusal re-renders the form). */
    static boolean accepted(HttpResponse<String> answer) {
        return answer.statusCode() == 302 && !WebClient.location(answer).endsWith("/login.xhtml");
    }

    /** Waits until the condition holds, asking again every quarter second; false when it never did. */
    static boolean within(Duration limit, Callable<Boolean> condition) throws Exception {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (condition.call()) {
                return true;
            }
            Thread.sleep(250);
        }
        return condition.call();
    }

    static long events(String username, String outcome) throws Exception {
        return TestDatabase.signInEvents(username, outcome);
    }
}
