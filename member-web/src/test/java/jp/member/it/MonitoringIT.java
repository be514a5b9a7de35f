package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.List;
import jp.member.audit.control.AuditChainer;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AccessPurpose;
import jp.member.audit.entity.AuditEntry.ActorKind;
import jp.member.audit.entity.AuditEventType;
import jp.member.monitoring.boundary.AlertDesk;
import jp.member.monitoring.boundary.AlertRules;
import jp.member.monitoring.boundary.AlertView;
import jp.member.monitoring.control.AlertEvaluator;
import jp.member.monitoring.rules.RuleCode;
import jp.member.monitoring.rules.RuleSettings;
import jp.member.security.Roles;
import jp.member.shared.BusinessException;
import jp.member.testsupport.AsManager;
import jp.member.testsupport.Deployments;
import jp.member.testsupport.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The alert pipeline on the real database: trail entries of a staff account are linked, evaluated (also while the
 * instance's own timer evaluates at the same time), raise one alert per rule window with its evidence, may suspend
 * the account, and are handled by a manager with a comment.
 */
@ExtendWith(ArquillianExtension.class)
class MonitoringIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Inject
    AuditTrail trail;

    @Inject
    AuditChainer chainer;

    @Inject
    AlertEvaluator evaluator;

    @Inject
    AlertDesk desk;

    @Inject
    AlertRules rules;

    @Inject
    AsManager asManager;

    @Test
    @DisplayName(
            "31 members viewed in an hour: one alert with 31 entries of evidence, not raised again on re-evaluation")
    void burstOfViewsRaisesOneAlert() throws Exception {
        String actor = TestDatabase.uniqueUsername("burst");
        for (int m = 1; m <= 31; m++) {
            trail.recordOnItsOwn(view(actor, 900_000 + m));
        }

        evaluateEverything();
        evaluateEverything();

        List<AlertView> mine = alertsOf(actor, RuleCode.MEMBERS_PER_HOUR);
        assertThat(mine).singleElement().satisfies(a -> {
            assertThat(a.count()).isEqualTo(31);
            assertThat(a.status()).isEqualTo("OPEN");
            assertThat(a.suspended()).isFalse();
        });
        long id = mine.get(0).id();
        assertThat(asManager.call(() -> desk.evidence(id))).hasSize(31).allSatisfy(e -> assertThat(e.type())
                .isEqualTo("PERSONAL_DATA_READ"));
        assertThat(TestDatabase.scalar(
                        "SELECT COUNT(*) FROM audit_entry WHERE event_type = 'ALERT_RAISED' AND target LIKE ?",
                        "alert:" + id + ";%"))
                .isEqualTo(1L);
    }

    @Test
    @DisplayName("a rule set to suspend: a sign-in from a new address suspends the account and says so on the alert")
    void ruleSuspendsAccount() throws Exception {
        String actor = TestDatabase.uniqueUsername("roamer");
        TestDatabase.insertStaff(actor, "roamer-password-12", false, Roles.AGENT);
        RuleSettings before = rule(RuleCode.NEW_ADDRESS);
        TestDatabase.update(
                "INSERT INTO audit_entry (occurred_us, event_type, outcome, actor, actor_kind, client_address)"
                        + " VALUES (?, 'SIGN_IN', 'SUCCESS', ?, 'STAFF', '10.1.1.1')",
                (System.currentTimeMillis() - 86_400_000L) * 1000,
                actor);
        TestDatabase.update("INSERT INTO audit_pending (entry_id) SELECT MAX(id) FROM audit_entry");
        try {
            asManager.call(() -> {
                rules.change(new RuleSettings(RuleCode.NEW_ADDRESS, true, 0, 60, 8, 21, true));
                return null;
            });
            trail.recordOnItsOwn(AuditEvent.of(AuditEventType.SIGN_IN)
                    .by(actor, ActorKind.STAFF)
                    .from("198.51.100.7"));
            evaluateEverything();
        } finally {
            asManager.call(() -> {
                rules.change(before);
                return null;
            });
        }

        assertThat(alertsOf(actor, RuleCode.NEW_ADDRESS)).singleElement().satisfies(a -> assertThat(a.suspended())
                .isTrue());
        assertThat(TestDatabase.scalar("SELECT enabled FROM staff_account WHERE username = ?", actor))
                .isIn(false, 0, (byte) 0);
    }

    @Test
    @DisplayName("a manager acknowledges with a comment (recorded); no comment or a second decision is refused")
    void managerHandlesAlert() throws Exception {
        String actor = TestDatabase.uniqueUsername("handled");
        for (int m = 1; m <= 31; m++) {
            trail.recordOnItsOwn(view(actor, 800_000 + m));
        }
        evaluateEverything();
        long id = alertsOf(actor, RuleCode.MEMBERS_PER_HOUR).get(0).id();

        assertThatThrownBy(() -> asManager.call(() -> {
                    desk.escalate(id, " ");
                    return null;
                }))
                .isInstanceOf(BusinessException.class)
                .hasMessage("alert.comment.required");
        asManager.call(() -> {
            desk.acknowledge(id, "研修用データの確認作業。上長確認済み");
            return null;
        });
        assertThatThrownBy(() -> asManager.call(() -> {
                    desk.escalate(id, "やはり調査");
                    return null;
                }))
                .isInstanceOf(BusinessException.class)
                .hasMessage("alert.alreadyHandled");

        assertThat(alertsOf(actor, RuleCode.MEMBERS_PER_HOUR)).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo("ACKNOWLEDGED");
            assertThat(a.handledBy()).isEqualTo("MANAGER");
            assertThat(a.comment()).isEqualTo("研修用データの確認作業。上長確認済み");
        });
        assertThat(asManager.call(() -> desk.open())).noneMatch(a -> a.id() == id);
        assertThat(TestDatabase.scalar(
                        "SELECT COUNT(*) FROM audit_entry WHERE event_type = 'ALERT_ACKNOWLEDGED' AND target LIKE ?",
                        "alert:" + id + ";%"))
                .isEqualTo(1L);
    }

    private static AuditEvent view(String actor, long memberId) {
        return AuditEvent.of(AuditEventType.PERSONAL_DATA_READ)
                .by(actor, ActorKind.STAFF)
                .member(memberId)
                .fields("name_kanji")
                .purpose(AccessPurpose.VIEW);
    }

    private void evaluateEverything() {
        while (chainer.chainPending(1000) == 1000) {
            // link all
        }
        while (evaluator.evaluate(5000) == 5000) {
            // evaluate all
        }
    }

    private RuleSettings rule(RuleCode code) throws Exception {
        return asManager.call(() -> rules.list()).stream()
                .filter(r -> r.code() == code)
                .findFirst()
                .orElseThrow();
    }

    private List<AlertView> alertsOf(String actor, RuleCode rule) throws Exception {
        return asManager.call(() -> desk.recent()).stream()
                .filter(a -> a.actor().equals(actor) && a.rule().equals(rule.name()))
                .toList();
    }
}
