package jp.member.staff.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.member.audit.entity.AuditEntry;
import jp.member.security.Roles;
import jp.member.staff.control.Attestations;
import jp.member.staff.control.SignInSources;
import jp.member.staff.control.StaffAccounts;

/**
 * The quarterly access review (アクセス権の棚卸し): every staff account with its roles, last sign-in, attestation and
 * how many times it read members' personal data in the last 30 days — so that a manager can ask for what is not
 * needed to be disabled.
 */
@Stateless
@RolesAllowed(Roles.MANAGER)
public class AccessReview {

    static final Duration RECENT = Duration.ofDays(30);

    @Inject
    StaffAccounts accounts;

    @Inject
    Attestations attestations;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SignInSources sources;

    /** One line of the review: the account (as administrators see it) and its personal-data reads in 30 days. */
    public record Line(StaffSummary account, long personalDataReads) {}

    public List<Line> report() {
        Map<String, Long> reads = new HashMap<>();
        List<?> rows = em.createNativeQuery("SELECT actor, COUNT(*) FROM audit_entry WHERE event_type = ?1"
                        + " AND actor_kind = 'STAFF' AND occurred_us >= ?2 GROUP BY actor")
                .setParameter(1, "PERSONAL_DATA_READ")
                .setParameter(2, AuditEntry.micros(clock.instant().minus(RECENT)))
                .getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            reads.put((String) r[0], ((Number) r[1]).longValue());
        }
        return accounts.all().stream()
                .map(a -> new Line(
                        StaffSummary.of(a, clock.instant(), attestations.statusOf(a), sources.managesElsewhere(a)),
                        reads.getOrDefault(a.getUsername(), 0L)))
                .toList();
    }
}
