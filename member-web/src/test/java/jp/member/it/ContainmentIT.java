package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.member.exports.boundary.ExportApprovals;
import jp.member.exports.boundary.ExportDownloads;
import jp.member.exports.boundary.ExportRequests;
import jp.member.exports.entity.ExportStatus;
import jp.member.exports.rules.ExportColumn;
import jp.member.exports.rules.ExportDraft;
import jp.member.exports.rules.ExportFilter;
import jp.member.exports.rules.PurposeCategory;
import jp.member.exports.rules.RecipientKind;
import jp.member.incidents.boundary.Containments;
import jp.member.incidents.boundary.IncidentView.ContainmentView;
import jp.member.incidents.boundary.Incidents;
import jp.member.incidents.entity.Containment.Action;
import jp.member.incidents.rules.Malice;
import jp.member.members.entity.MemberStatus;
import jp.member.security.Roles;
import jp.member.shared.BusinessException;
import jp.member.staff.boundary.StaffAuthentication;
import jp.member.testsupport.ApiClient;
import jp.member.testsupport.AsAdmin;
import jp.member.testsupport.AsManager;
import jp.member.testsupport.AsOtherManager;
import jp.member.testsupport.AsPrivacyOfficer;
import jp.member.testsupport.Deployments;
import jp.member.testsupport.TestDatabase;
import jp.member.testsupport.TestMembers;
import jp.member.testsupport.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Containment from an incident really refuses the next sign-in, API call, export step and download, and lifting it
 * gives access back — unless another action still in force holds the same thing.
 */
@ExtendWith(ArquillianExtension.class)
class ContainmentIT {

    private static final String PASSWORD = "correct horse battery";
    private static final String ADDRESS = "127.0.0.2"; // inside the networks the test deployment allows

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    @Inject
    Incidents incidents;

    @Inject
    Containments containments;

    @Inject
    StaffAuthentication authentication;

    @Inject
    ExportRequests requests;

    @Inject
    ExportApprovals approvals;

    @Inject
    ExportDownloads downloads;

    @Inject
    AsPrivacyOfficer asOfficer;

    @Inject
    AsManager asManager;

    @Inject
    AsOtherManager asOtherManager;

    @Inject
    AsAdmin asAdmin;

    @Test
    @DisplayName("a suspended account cannot sign in and its session ends; lifting both holds gives it back")
    void suspendStaff() throws Exception {
        String username = TestDatabase.uniqueUsername("suspect");
        TestDatabase.insertStaff(username, PASSWORD, false, Roles.AGENT);
        String first = open();
        String second = open();
        assertThat(signIn(username)).isTrue();

        take(first, Action.SUSPEND_STAFF, username);
        take(second, Action.SUSPEND_STAFF, username);

        assertThat(signIn(username)).isFalse();
        assertThat(authentication.currentSession(username, "127.0.0.1", null)).isEmpty();
        lift(first, Action.SUSPEND_STAFF);
        assertThat(signIn(username))
                .as("the other incident still holds the account")
                .isFalse();
        lift(second, Action.SUSPEND_STAFF);
        assertThat(signIn(username)).isTrue();
        assertThat(TestDatabase.scalar(
                        "SELECT COUNT(*) FROM audit_entry WHERE event_type = 'INCIDENT_CONTAINED' AND target = ?",
                        "incident:" + first))
                .isEqualTo(1L);
    }

    @Test
    @DisplayName("ending a role's sessions refuses its sign-in until lifted; the officer cannot stop their own role")
    void endSessionsOfARole() throws Exception {
        String auditor = TestDatabase.uniqueUsername("aud");
        TestDatabase.insertStaff(auditor, PASSWORD, false, Roles.AUDITOR);
        String ref = open();
        try {
            take(ref, Action.END_SESSIONS, Roles.AUDITOR);

            assertThat(signIn(auditor)).isFalse();
            assertThat(authentication.currentSession(auditor, "127.0.0.1", null))
                    .isEmpty();
            assertThatThrownBy(() -> take(ref, Action.END_SESSIONS, Roles.PRIVACY_OFFICER))
                    .isInstanceOf(BusinessException.class)
                    .hasMessage("incident.containment.roleRefused");
        } finally {
            lift(ref, Action.END_SESSIONS);
        }
        assertThat(signIn(auditor)).isTrue();
    }

    @Test
    @DisplayName("a disabled API client is refused at its next call; lifting enables it again")
    void disableClient() throws Exception {
        WebClient http = new WebClient(base.toURI());
        ApiClient till = ApiClient.register(http, Roles.POS);
        String card = TestMembers.create().memberNumber();
        String ref = open();
        assertThat(till.get("/api/v1/cards/" + card + "/points").statusCode()).isEqualTo(200);

        take(ref, Action.DISABLE_CLIENT, till.id());

        assertThat(till.get("/api/v1/cards/" + card + "/points").statusCode()).isEqualTo(401);
        lift(ref, Action.DISABLE_CLIENT);
        assertThat(till.get("/api/v1/cards/" + card + "/points").statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("the lockdown refuses every export request, approval, download and password; lifting restores them")
    void lockExportsDown() throws Exception {
        LocalDate day = oneMemberDay();
        String ready = asManager.call(() -> requests.request(draft(day)));
        String pending = asManager.call(() -> requests.request(draft(day)));
        asOtherManager.call(() -> {
            approvals.approve(ready, null);
            return null;
        });
        awaitReady(ready);
        String ref = open();
        try {
            take(ref, Action.LOCK_EXPORTS, null);

            assertThat(asManager.call(() -> requests.lockedDown()))
                    .as("the export pages can say so")
                    .isTrue();
            assertRefused(() -> asManager.call(() -> requests.request(draft(day))));
            assertRefused(() -> asOtherManager.call(() -> {
                approvals.approve(pending, null);
                return null;
            }));
            assertRefused(() -> asManager.call(() -> downloads.download(ready)));
            assertRefused(() -> asManager.call(() -> downloads.revealPassword(ready)));
        } finally {
            lift(ref, Action.LOCK_EXPORTS);
        }
        assertThat(asManager.call(() -> requests.lockedDown())).isFalse();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        asManager.call(() -> {
            downloads.download(ready).writeTo(file);
            return null;
        });
        assertThat(file.size()).isPositive();
    }

    @Test
    @DisplayName("a key-rotation demand is shown to the administrators until the officer lifts it")
    void keyRotationDemand() throws Exception {
        String ref = open();

        take(ref, Action.ROTATE_KEYS, null);

        assertThat(asAdmin.call(() -> containments.inForce()))
                .filteredOn(c -> c.action() == Action.ROTATE_KEYS)
                .isNotEmpty();
        lift(ref, Action.ROTATE_KEYS);
        assertThat(asAdmin.call(() -> containments.inForce()))
                .filteredOn(c -> c.action() == Action.ROTATE_KEYS)
                .isEmpty();
        assertThatThrownBy(() -> asOfficer.call(() -> {
                    containments.take(ref, Action.SUSPEND_STAFF, "", "no target");
                    return null;
                }))
                .hasMessage("input.invalid");
    }

    private String open() throws Exception {
        return asOfficer.call(() -> incidents.open(
                IncidentsIT.facts("封じ込めのテスト", Malice.YES, Instant.now().minus(1, ChronoUnit.HOURS))));
    }

    private void take(String ref, Action action, String target) throws Exception {
        asOfficer.call(() -> {
            containments.take(ref, action, target, "調査のため");
            return null;
        });
    }

    private void lift(String ref, Action action) throws Exception {
        ContainmentView held = asOfficer.call(() -> incidents.get(ref)).containments().stream()
                .filter(c -> c.action() == action && c.inForce())
                .findFirst()
                .orElseThrow();
        asOfficer.call(() -> {
            containments.lift(held.id(), "調査が終わったため");
            return null;
        });
    }

    private boolean signIn(String username) {
        return authentication
                .signIn(username, PASSWORD, TestDatabase.oneTimeCode(username), ADDRESS)
                .accepted();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(BusinessException.class).hasMessage("export.lockdown");
    }

    /** One member enrolled on a day no other member was. */
    private static LocalDate oneMemberDay() throws Exception {
        LocalDate day = LocalDate.of(1970, 1, 1).plusDays(System.nanoTime() % 5000);
        while ((Long) TestDatabase.scalar("SELECT COUNT(*) FROM member WHERE enrolled_on = ?", day) > 0) {
            day = day.plusDays(1);
        }
        long id = TestMembers.create().id();
        TestDatabase.update("UPDATE member SET enrolled_on = ?, status = 'ACTIVE' WHERE id = ?", day, id);
        return day;
    }

    private static ExportDraft draft(LocalDate day) {
        Map<ExportColumn, String> reasons = new EnumMap<>(ExportColumn.class);
        reasons.put(ExportColumn.MEMBER_NUMBER, "identify the member");
        return new ExportDraft(
                PurposeCategory.OUTSOURCED_SERVICE,
                "containment test",
                RecipientKind.INTERNAL,
                "Survey team",
                null,
                new ExportFilter(EnumSet.of(MemberStatus.ACTIVE), Set.of(), day, day, Set.of(), null),
                List.of(ExportColumn.MEMBER_NUMBER),
                reasons,
                false,
                false);
    }

    private void awaitReady(String ref) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (asManager.call(() -> requests.status(ref)).status() != ExportStatus.READY) {
            if (System.nanoTime() > until) {
                throw new AssertionError("export not ready");
            }
            Thread.sleep(100);
        }
    }
}
