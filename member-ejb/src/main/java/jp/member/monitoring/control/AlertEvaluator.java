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
import jp.member.audit.entity.AuditEntry.ActorKind;
import jp.member.monitoring.entity.AlertRuleEntity;
import jp.member.monitoring.rules.AccessEvent;
import jp.member.monitoring.rules.Detector;
import jp.member.monitoring.rules.Hit;
import jp.member.monitoring.rules.RuleCode;
import jp.member.monitoring.rules.RuleSettings;
import jp.member.shared.BusinessTime;

/**
 * Evaluates the rules for every staff account and API client that acted since the last evaluation (the staff rules
 * for staff, the client rules for clients). "Since" is a position in the
 * audit chain, not an id or a time: the chain orders entries as they committed, so an entry whose transaction
 * committed late is still evaluated. The position is one row locked for the evaluation, so instances take turns
 * and never raise the same alert twice; an alert per rule and account is raised at most once per rule window.
 */
@ApplicationScoped
public class AlertEvaluator {

    static final Duration ADDRESS_HISTORY = Duration.ofDays(90);
    private static final String TYPES =
            "('PERSONAL_DATA_READ', 'MEMBER_SEARCHED', 'SIGN_IN', 'MEMBER_LOOKUP_MISSED', 'MEMBER_DUPLICATE_REFUSED')";

    @PersistenceContext
    EntityManager em;

    @Inject
    AlertRaiser raiser;

    @Inject
    Clock clock;

    @Inject
    BusinessTime time;

    /**
     * Evaluates up to {@code limit} new chain positions in the caller's transaction (the timer's goes through {@link
     * jp.member.shared.boundary.InNewTransaction}); returns how many positions it covered.
     */
    @Transactional
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
        List<?> actors = em.createNativeQuery("SELECT DISTINCT e.actor, e.actor_kind FROM audit_chain c"
                        + " JOIN audit_entry e ON e.id = c.entry_id WHERE c.seq > ?1 AND c.seq <= ?2"
                        + " AND e.actor_kind IN ('STAFF', 'CLIENT') AND e.event_type IN " + TYPES)
                .setParameter(1, cursor)
                .setParameter(2, upTo)
                .getResultList();
        List<RuleSettings> rules = em.createQuery("SELECT r FROM AlertRule r", AlertRuleEntity.class)
                .getResultStream()
                .map(AlertRuleEntity::settings)
                .filter(RuleSettings::enabled)
                .toList();
        Instant now = clock.instant();
        for (Object row : actors) {
            Object[] actor = (Object[]) row;
            ActorKind kind = ActorKind.valueOf((String) actor[1]);
            boolean client = kind == ActorKind.CLIENT;
            evaluate(
                    (String) actor[0],
                    kind,
                    rules.stream().filter(r -> r.code().forClients() == client).toList(),
                    now);
        }
        em.createNativeQuery("UPDATE alert_cursor SET last_seq = ?1 WHERE id = 1")
                .setParameter(1, upTo)
                .executeUpdate();
        return positions.size();
    }

    private void evaluate(String actor, ActorKind kind, List<RuleSettings> rules, Instant now) {
        int longest = rules.stream().mapToInt(RuleSettings::windowMinutes).max().orElse(0);
        if (longest == 0) {
            return;
        }
        List<AccessEvent> events = events(actor, kind, now.minus(Duration.ofMinutes(longest)), now);
        for (RuleSettings rule : rules) {
            Instant windowStart = now.minus(Duration.ofMinutes(rule.windowMinutes()));
            List<String> known = rule.code() == RuleCode.NEW_ADDRESS ? knownAddresses(actor, windowStart) : List.of();
            Optional<Hit> hit = Detector.evaluate(rule, events, known, now, time.zone());
            if (hit.isPresent() && !raiser.raisedSince(rule.code().name(), actor, kind, windowStart)) {
                raiser.raise(
                        rule.code().name(),
                        actor,
                        kind,
                        hit.get().count(),
                        hit.get().evidence(),
                        rule.autoSuspend());
            }
        }
    }

    private List<AccessEvent> events(String actor, ActorKind kind, Instant from, Instant to) {
        List<?> rows = em.createNativeQuery("SELECT id, occurred_us, event_type, purpose, member_id, inquiry_number,"
                        + " client_address FROM audit_entry WHERE actor = ?1 AND occurred_us >= ?2"
                        + " AND occurred_us <= ?3 AND actor_kind = ?4 AND event_type IN " + TYPES
                        + " ORDER BY occurred_us, id")
                .setParameter(1, actor)
                .setParameter(2, AuditEntry.micros(from))
                .setParameter(3, AuditEntry.micros(to))
                .setParameter(4, kind.name())
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
