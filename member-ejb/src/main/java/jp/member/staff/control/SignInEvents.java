package jp.member.staff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AuditEntry.ActorKind;
import jp.member.audit.entity.AuditEntry.Outcome;
import jp.member.audit.entity.AuditEventType;
import jp.member.shared.OneLine;
import jp.member.shared.RequestOrigin;
import jp.member.staff.entity.SignInEvent;
import jp.member.staff.entity.StaffAccount;

/**
 * Writes the sign-in record, and the same event to the audit trail. Each event commits in its own transaction: a failed or refused attempt is recorded
 * even though nothing else about it commits.
 */
@ApplicationScoped
public class SignInEvents {

    private static final Map<SignInEvent.Outcome, AuditEventType> TRAIL_TYPES = Map.of(
            SignInEvent.Outcome.SUCCESS, AuditEventType.SIGN_IN,
            SignInEvent.Outcome.FAILURE, AuditEventType.SIGN_IN_FAILURE,
            SignInEvent.Outcome.LOCKOUT, AuditEventType.LOCKOUT,
            SignInEvent.Outcome.REFUSED, AuditEventType.SIGN_IN_REFUSED,
            SignInEvent.Outcome.OUTSIDE_NETWORKS, AuditEventType.SIGN_IN_REFUSED,
            SignInEvent.Outcome.LOGOUT, AuditEventType.SIGN_OUT);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail trail;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(SignInEvent.Outcome outcome, String username, Long staffId, String clientAddress) {
        em.persist(new SignInEvent(
                clock.instant(),
                typed(username, StaffAccount.USERNAME_MAX),
                staffId,
                outcome,
                typed(clientAddress, RequestOrigin.ADDRESS_MAX)));
        AuditEvent event = AuditEvent.of(TRAIL_TYPES.get(outcome))
                .by(typed(username, StaffAccount.USERNAME_MAX), ActorKind.STAFF)
                .from(typed(clientAddress, RequestOrigin.ADDRESS_MAX))
                .outcome(
                        outcome == SignInEvent.Outcome.SUCCESS || outcome == SignInEvent.Outcome.LOGOUT
                                ? Outcome.SUCCESS
                                : Outcome.FAILURE);
        if (outcome == SignInEvent.Outcome.OUTSIDE_NETWORKS) {
            event.reason("outside the approved networks or devices");
        }
        trail.record(staffId == null ? event : event.target("staff:" + staffId));
    }

    /** What was typed, kept within the column and on one line (a CR/LF payload cannot forge a second record). */
    private static String typed(String value, int max) {
        return OneLine.fit(value == null ? "" : value, max);
    }
}
