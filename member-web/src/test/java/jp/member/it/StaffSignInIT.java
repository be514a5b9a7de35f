package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.member.security.Roles;
import jp.member.shared.BusinessException;
import jp.member.staff.boundary.ApiClientAdministration;
import jp.member.staff.boundary.ApiClientAuthentication;
import jp.member.staff.boundary.IssuedSecret;
import jp.member.staff.boundary.SignInResult;
import jp.member.staff.boundary.StaffAdministration;
import jp.member.staff.boundary.StaffAuthentication;
import jp.member.testsupport.AsAdmin;
import jp.member.testsupport.Deployments;
import jp.member.testsupport.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Staff sign-in, lockout, account administration and API clients, through the EJB boundaries in Payara Micro. */
@ExtendWith(ArquillianExtension.class)
class StaffSignInIT {

    private static final String PASSWORD = "correct horse battery";
    private static final String ADDRESS = "127.0.0.2"; // inside the networks the test deployment allows

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Inject
    StaffAuthentication authentication;

    @Inject
    StaffAdministration administration;

    @Inject
    ApiClientAdministration apiClients;

    @Inject
    ApiClientAuthentication apiAuthentication;

    @Inject
    AsAdmin asAdmin;

    @Test
    @DisplayName("the right password is accepted with the account's roles, and the sign-in is recorded")
    void acceptsRightPassword() throws Exception {
        String username = TestDatabase.uniqueUsername("ok");
        TestDatabase.insertStaff(username, PASSWORD, false, Roles.AGENT, Roles.MANAGER);

        SignInResult result = authentication.signIn(username, PASSWORD, TestDatabase.oneTimeCode(username), ADDRESS);

        assertThat(result.accepted()).isTrue();
        assertThat(result.session().roles()).containsExactlyInAnyOrder(Roles.AGENT, Roles.MANAGER);
        assertThat(TestDatabase.signInEvents(username, "SUCCESS")).isEqualTo(1);
        assertThat(TestDatabase.scalar("SELECT client_address FROM sign_in_event WHERE username = ?", username))
                .isEqualTo(ADDRESS);
        assertThat(TestDatabase.rows(
                        "SELECT event_type, outcome, actor_kind, client_address FROM audit_entry WHERE actor = ?",
                        username))
                .singleElement()
                .satisfies(row -> assertThat(row).containsExactly("SIGN_IN", "SUCCESS", "STAFF", ADDRESS));
    }

    @Test
    @DisplayName("a wrong password, an unknown account and a disabled account get the same refusal, each recorded")
    void refusalsLookAlike() throws Exception {
        String username = TestDatabase.uniqueUsername("no");
        TestDatabase.insertStaff(username, PASSWORD, false, Roles.AGENT);
        String disabled = TestDatabase.uniqueUsername("off");
        TestDatabase.insertStaff(disabled, PASSWORD, false, Roles.AGENT);
        TestDatabase.update("UPDATE staff_account SET enabled = FALSE WHERE username = ?", disabled);
        String unknown = TestDatabase.uniqueUsername("ghost");

        SignInResult wrong =
                authentication.signIn(username, "not the password", TestDatabase.oneTimeCode(username), ADDRESS);
        SignInResult nobody = authentication.signIn(unknown, PASSWORD, TestDatabase.oneTimeCode(unknown), ADDRESS);
        SignInResult off = authentication.signIn(disabled, PASSWORD, TestDatabase.oneTimeCode(disabled), ADDRESS);

        assertThat(List.of(wrong, nobody, off)).allSatisfy(r -> {
            assertThat(r.accepted()).isFalse();
            assertThat(r.session()).isNull();
        });
        assertThat(TestDatabase.signInEvents(username, "FAILURE")).isEqualTo(1);
        assertThat(TestDatabase.signInEvents(unknown, "FAILURE")).isEqualTo(1);
        assertThat(TestDatabase.signInEvents(disabled, "REFUSED")).isEqualTo(1);
        assertThat(TestDatabase.rows(
                        "SELECT actor, event_type, outcome FROM audit_entry WHERE actor IN (?, ?, ?) ORDER BY actor",
                        username,
                        unknown,
                        disabled))
                .extracting(row -> row[0] + "|" + row[1] + "|" + row[2])
                .containsExactlyInAnyOrder(
                        username + "|SIGN_IN_FAILURE|FAILURE",
                        unknown + "|SIGN_IN_FAILURE|FAILURE",
                        disabled + "|SIGN_IN_REFUSED|FAILURE");
    }

    @Test
    @DisplayName(
            "five failures lock the account: even the right password is then refused, and the lockout is recorded once")
    void locksAfterFiveFailures() throws Exception {
        String username = TestDatabase.uniqueUsername("lock");
        TestDatabase.insertStaff(username, PASSWORD, false, Roles.AGENT);

        for (int i = 0; i < 5; i++) {
            assertThat(authentication
                            .signIn(username, "wrong-" + i, TestDatabase.oneTimeCode(username), ADDRESS)
                            .accepted())
                    .isFalse();
        }
        SignInResult whileLocked =
                authentication.signIn(username, PASSWORD, TestDatabase.oneTimeCode(username), ADDRESS);

        assertThat(whileLocked.accepted()).isFalse();
        assertThat(TestDatabase.signInEvents(username, "FAILURE")).isEqualTo(4);
        assertThat(TestDatabase.signInEvents(username, "LOCKOUT")).isEqualTo(1);
        assertThat(TestDatabase.signInEvents(username, "REFUSED")).isEqualTo(1);
    }

    @Test
    @DisplayName("when the lock has expired the right password works again and the count starts afresh")
    void lockExpires() throws Exception {
        String username = TestDatabase.uniqueUsername("expire");
        TestDatabase.insertStaff(username, PASSWORD, false, Roles.AGENT);
        for (int i = 0; i < 5; i++) {
            authentication.signIn(username, "wrong-" + i, TestDatabase.oneTimeCode(username), ADDRESS);
        }
        TestDatabase.update(
                "UPDATE staff_account SET locked_until = ? WHERE username = ?",
                Timestamp.from(Instant.now().minusSeconds(1)),
                username);

        assertThat(authentication
                        .signIn(username, PASSWORD, TestDatabase.oneTimeCode(username), ADDRESS)
                        .accepted())
                .isTrue();
        assertThat(TestDatabase.scalar("SELECT failed_attempts FROM staff_account WHERE username = ?", username))
                .isEqualTo(0);
    }

    @Test
    @DisplayName("20 parallel wrong attempts: exactly five passwords are checked, the rest are refused unchecked")
    void parallelAttemptsCannotExceedTheAllowance() throws Exception {
        String username = TestDatabase.uniqueUsername("burst");
        TestDatabase.insertStaff(username, PASSWORD, false, Roles.AGENT);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<SignInResult>> attempts = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                String guess = "guess-" + i;
                attempts.add(pool.submit(
                        () -> authentication.signIn(username, guess, TestDatabase.oneTimeCode(username), ADDRESS)));
            }
            for (Future<SignInResult> attempt : attempts) {
                assertThat(attempt.get().accepted()).isFalse();
            }
        } finally {
            pool.shutdownNow();
        }

        long checked = TestDatabase.signInEvents(username, "FAILURE") + TestDatabase.signInEvents(username, "LOCKOUT");
        assertThat(checked).isEqualTo(5);
        assertThat(TestDatabase.signInEvents(username, "LOCKOUT")).isEqualTo(1);
        assertThat(TestDatabase.signInEvents(username, "REFUSED")).isEqualTo(15);
        assertThat(authentication
                        .signIn(username, PASSWORD, TestDatabase.oneTimeCode(username), ADDRESS)
                        .accepted())
                .isFalse();
    }

    @Test
    @DisplayName("passwords are stored as PBKDF2-HMAC-SHA256 with 600,000 iterations")
    void storedHashParameters() throws Exception {
        String username = TestDatabase.uniqueUsername("hash");
        as(() -> administration.create(username, "ハッシュ 確認", Set.of(Roles.AUDITOR)));

        String stored =
                (String) TestDatabase.scalar("SELECT password_hash FROM staff_account WHERE username = ?", username);

        assertThat(stored).startsWith("PBKDF2WithHmacSHA256:600000:");
    }

    @Test
    @DisplayName("a new account signs in with its one-time password and must change it")
    void newAccountMustChangePassword() throws Exception {
        String username = TestDatabase.uniqueUsername("new");

        IssuedSecret issued = as(() -> administration.create(username, "新人 オペレーター", Set.of(Roles.AGENT)));
        SignInResult result =
                authentication.signIn(username, issued.secret(), TestDatabase.oneTimeCode(username), ADDRESS);

        assertThat(result.accepted()).isTrue();
        assertThat(result.session().mustChangePassword()).isTrue();
        assertThat(issued.toString()).doesNotContain(issued.secret());
    }

    @Test
    @DisplayName("disabling an account, resetting its password or changing its roles ends its live sessions")
    void administrationEndsLiveSessions() throws Exception {
        String username = TestDatabase.uniqueUsername("live");
        long id = TestDatabase.insertStaff(username, PASSWORD, false, Roles.AGENT);
        int started = authentication
                .signIn(username, PASSWORD, TestDatabase.oneTimeCode(username), ADDRESS)
                .session()
                .generation();

        as(() -> {
            administration.changeRoles(id, Set.of(Roles.AGENT, Roles.MANAGER));
            return null;
        });
        int afterRoles = authentication
                .currentSession(username, "127.0.0.1", null)
                .orElseThrow()
                .generation();
        IssuedSecret reset = as(() -> administration.resetPassword(id));
        int afterReset = authentication
                .currentSession(username, "127.0.0.1", null)
                .orElseThrow()
                .generation();
        as(() -> {
            administration.disable(id);
            return null;
        });

        assertThat(afterRoles).isGreaterThan(started);
        assertThat(afterReset).isGreaterThan(afterRoles);
        assertThat(authentication.currentSession(username, "127.0.0.1", null)).isEmpty();
        assertThat(authentication
                        .signIn(username, reset.secret(), TestDatabase.oneTimeCode(username), ADDRESS)
                        .accepted())
                .isFalse();
    }

    @Test
    @DisplayName("enabling an account lifts its lockout")
    void enableUnlocks() throws Exception {
        String username = TestDatabase.uniqueUsername("unlock");
        long id = TestDatabase.insertStaff(username, PASSWORD, false, Roles.AGENT);
        for (int i = 0; i < 5; i++) {
            authentication.signIn(username, "wrong-" + i, TestDatabase.oneTimeCode(username), ADDRESS);
        }

        as(() -> {
            administration.enable(id);
            return null;
        });

        assertThat(authentication
                        .signIn(username, PASSWORD, TestDatabase.oneTimeCode(username), ADDRESS)
                        .accepted())
                .isTrue();
    }

    @Test
    @DisplayName("bad administration input is refused with a message key and creates nothing")
    void badInputChangesNothing() throws Exception {
        String taken = TestDatabase.uniqueUsername("taken");
        TestDatabase.insertStaff(taken, PASSWORD, false, Roles.AGENT);
        long before = ((Number) TestDatabase.scalar("SELECT COUNT(*) FROM staff_account")).longValue();

        assertRefused(() -> administration.create("Bad Name!", "x", Set.of(Roles.AGENT)), "staff.username.invalid");
        assertRefused(() -> administration.create(taken, "x", Set.of(Roles.AGENT)), "staff.username.taken");
        assertRefused(() -> administration.create("fine-name", "x", Set.of(Roles.POS)), "staff.roles.invalid");
        assertRefused(() -> administration.create("fine-name", " ", Set.of(Roles.AGENT)), "staff.displayName.invalid");

        assertThat(((Number) TestDatabase.scalar("SELECT COUNT(*) FROM staff_account")).longValue())
                .isEqualTo(before);
    }

    @Test
    @DisplayName("production mode creates no default accounts: the demo credentials do not work")
    void noDefaultAccountsInProduction() throws Exception {
        for (String demo : List.of("agent", "manager", "manager2", "auditor", "admin")) {
            // exact names: the test deployment's run-as accounts are called like the roles (AGENT, MANAGER, ...)
            assertThat(TestDatabase.scalar("SELECT COUNT(*) FROM staff_account WHERE BINARY username = ?", demo))
                    .isEqualTo(0L);
        }
        assertThat(authentication
                        .signIn("admin", "it-ops-demo-5", TestDatabase.oneTimeCode("admin"), ADDRESS)
                        .accepted())
                .isFalse();
        assertThat(apiAuthentication.authenticate("pos-demo", "demo-pos-secret-2026", ADDRESS))
                .isEmpty();
    }

    @Test
    @DisplayName("an administrator sets a client's limits and field scope; values out of range change nothing")
    void apiClientLimitsAndScope() throws Exception {
        String clientId = TestDatabase.uniqueUsername("site");
        IssuedSecret issued = as(() -> apiClients.register(clientId, "テスト会員サイト", Roles.CHANNEL));
        long id = ((Number) TestDatabase.scalar("SELECT id FROM api_client WHERE client_id = ?", clientId)).longValue();

        as(() -> {
            apiClients.changeLimits(id, 120, 10, 5);
            apiClients.changeFieldScope(id, java.util.Set.of("phone", "email"));
            return null;
        });
        assertThatThrownBy(() -> as(() -> {
                    apiClients.changeLimits(id, 0, 10, 5);
                    return null;
                }))
                .isInstanceOf(jp.member.shared.BusinessException.class);
        assertThatThrownBy(() -> as(() -> {
                    apiClients.changeFieldScope(id, java.util.Set.of("phone", "password_hash"));
                    return null;
                }))
                .isInstanceOf(jp.member.shared.BusinessException.class);

        assertThat(apiAuthentication.authenticate(clientId, issued.secret(), ADDRESS))
                .contains(new ApiClientAuthentication.AuthenticatedClient(clientId, Roles.CHANNEL, 120, 10, 5));
        assertThat(as(() -> apiClients.list()).stream()
                        .filter(c -> c.clientId().equals(clientId))
                        .findFirst()
                        .orElseThrow()
                        .fieldScope())
                .containsExactlyInAnyOrder("phone", "email");
    }

    @Test
    @DisplayName("an API client authenticates with its secret until the secret is replaced or the client disabled")
    void apiClientLifecycle() throws Exception {
        String clientId = TestDatabase.uniqueUsername("pos");
        IssuedSecret first = as(() -> apiClients.register(clientId, "テスト店舗 1番レジ", Roles.POS));
        long id = ((Number) TestDatabase.scalar("SELECT id FROM api_client WHERE client_id = ?", clientId)).longValue();

        assertThat(apiAuthentication.authenticate(clientId, first.secret(), ADDRESS))
                .contains(new ApiClientAuthentication.AuthenticatedClient(clientId, Roles.POS, 600, 100, 60));
        assertThat(apiAuthentication.authenticate(clientId, first.secret() + "x", ADDRESS))
                .isEmpty();

        IssuedSecret second = as(() -> apiClients.replaceSecret(id));
        assertThat(apiAuthentication.authenticate(clientId, first.secret(), ADDRESS))
                .isEmpty();
        assertThat(apiAuthentication.authenticate(clientId, second.secret(), ADDRESS))
                .contains(new ApiClientAuthentication.AuthenticatedClient(clientId, Roles.POS, 600, 100, 60));

        as(() -> {
            apiClients.disable(id);
            return null;
        });
        assertThat(apiAuthentication.authenticate(clientId, second.secret(), ADDRESS))
                .isEmpty();
    }

    private <T> T as(Callable<T> action) throws Exception {
        return asAdmin.call(action);
    }

    private void assertRefused(Callable<?> action, String messageKey) {
        assertThatThrownBy(() -> as(action))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo(messageKey);
    }
}
