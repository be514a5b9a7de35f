package jp.member.monitoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.member.audit.entity.AuditEntry;
import jp.member.monitoring.entity.AlertRuleEntity;
import jp.member.monitoring.rules.AccessEvent;
import jp.member.monitoring.rules.Detector;
import jp.member.monitoring.rules.Hit;
import jp.member.monitoring.rules.RuleCode;
import jp.member.monitoring.rules.RuleSettings;
import jp.member.points.control.Ledger;

/**
 * Evaluates the rules for every staff account that acted since the last evaluation. "Since" is a position in the
 * audit chain, not an id or a time: the chain orders entries as they committed, so an entry whose transaction
 * committed late is still evaluated. The position is one row locked for the evaluation, so instances take turns
 * and never raise the same alert twice; an alert per rule and account is raised at most once per rule window.
 */
@ApplicationScoped
public class AlertEvaluator {

    static final Duration ADDRESS_HISTORY = Duration.ofDays(90);
    private static final String TYPES = "('PERSONAL_DATA_READ', 'MEMBER_SEARCHED', 'SIGN_IN')";

    @PersistenceContext
    EntityManager em;

    @Inject
    AlertRaiser raiser;

    @Inject
    Clock clock;

    /** Evaluates up to {@code limit} new chain positions; returns how many positions it covered. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int evaluate(int limit) {
        long cursor = ((Number) em.createNativeQuery("SELECT last_seq FROM alert_cursor WHERE id = 1 FOR UPDATE")
                        .getSingleResult())
                .longValue();
        List<?> positions = em.createNativeQuery("SELECT seq FROM audit_chain WHERE seq > ?1 ORDER BY seq")
                .setParameter(1, cursor)
                .setMaxResults(limit)
                .getResultList();
        if (positions.isEmpty()) {
            return 0;
        }
        long upTo = ((Number) positions.get(positions.size() - 1)).longValue();
        @SuppressWarnings("unchecked")
        List<String> actors = em.createNativeQuery("SELECT DISTINCT e.actor FROM audit_chain c"
                        + " JOIN audit_entry e ON e.id = c.entry_id WHERE c.seq > ?1 AND c.seq <= ?2"
                        + " AND e.actor_kind = 'STAFF' AND e.event_type IN " + TYPES)
                .setParameter(1, cursor)
                .setParameter(2, upTo)
                .getResultList();
        List<RuleSettings> rules = em.createQuery("SELECT r FROM AlertRule r", AlertRuleEntity.class)
                .getResultStream()
                .map(AlertRuleEntity::settings)
                .filter(RuleSettings::enabled)
                .toList();
        Instant now = clock.instant();
        for (String actor : actors) {
            evaluate(actor, rules, now);
        }
        em.createNativeQuery("UPDATE alert_cursor SET last_seq = ?1 WHERE id = 1")
                .setParameter(1, upTo)
                .executeUpdate();
        return positions.size();
    }

    private void evaluate(String actor, List<RuleSettings> rules, Instant now) {
        int longest = rules.stream().mapToInt(RuleSettings::windowMinutes).max().orElse(0);
        if (longest == 0) {
            return;
        }
        List<AccessEvent> events = events(actor, now.minus(Duration.ofMinutes(longest)), now);
        for (RuleSettings rule : rules) {
            Instant windowStart = now.minus(Duration.ofMinutes(rule.windowMinutes()));
            List<String> known = rule.code() == RuleCode.NEW_ADDRESS ? knownAddresses(actor, windowStart) : List.of();
            Optional<Hit> hit = Detector.evaluate(rule, events, known, now, Ledger.JAPAN);
            if (hit.isPresent() && !raiser.raisedSince(rule.code().name(), actor, windowStart)) {
                raiser.raise(
                        rule.code().name(), actor, hit.get().count(), hit.get().evidence(), rule.autoSuspend());
            }
        }
    }

    private List<AccessEvent> events(String actor, Instant from, Instant to) {
        List<?> rows = em.createNativeQuery("SELECT id, occurred_us, event_type, purpose, member_id, inquiry_number,"
                        + " client_address FROM audit_entry WHERE actor = ?1 AND occurred_us >= ?2"
                        + " AND occurred_us <= ?3 AND event_type IN " + TYPES + " ORDER BY occurred_us, id")
                .setParameter(1, actor)
                .setParameter(2, AuditEntry.micros(from))
                .setParameter(3, AuditEntry.micros(to))
                .getResultList();
        List<AccessEvent> events = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            events.add(new AccessEvent(
                    ((Number) r[0]).longValue(),
                    AuditEntry.instant(((Number) r[1]).longValue()),
                    (String) r[2],
                    (String) r[3],
                    r[4] == null ? null : ((Number) r[4]).longValue(),
                    (String) r[5],
                    (String) r[6]));
        }
        return events;
    }

    @SuppressWarnings("unchecked")
    private List<String> knownAddresses(String actor, Instant before) {
        return em.createNativeQuery("SELECT DISTINCT client_address FROM audit_entry WHERE actor = ?1"
                        + " AND event_type = 'SIGN_IN' AND occurred_us >= ?2 AND occurred_us < ?3")
                .setParameter(1, actor)
                .setParameter(2, AuditEntry.micros(before.minus(ADDRESS_HISTORY)))
                .setParameter(3, AuditEntry.micros(before))
                .getResultList();
    }
}
