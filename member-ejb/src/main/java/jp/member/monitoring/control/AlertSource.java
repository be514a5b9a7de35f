package jp.member.monitoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import jp.member.monitoring.entity.Alert;
import jp.member.shared.NotFoundException;

/**
 * What an alert is about, as the start of a leak incident's scope: the staff account or API client, and the period
 * from its first piece of evidence in the trail (or an hour before it was raised, when it has none) to when it was
 * raised.
 */
@ApplicationScoped
public class AlertSource {

    /** The alert's actor, whether it is an API client, and the period its evidence covers. */
    public record AlertScope(long alertId, String ruleCode, String actor, boolean client, Instant from, Instant to) {}

    @PersistenceContext
    EntityManager em;

    public AlertScope scopeOf(long alertId) {
        Alert alert = em.find(Alert.class, alertId);
        if (alert == null) {
            throw new NotFoundException("alert.notFound");
        }
        Instant to = alert.getRaisedAt().plusSeconds(1);
        Instant from = alert.getRaisedAt().minus(1, ChronoUnit.HOURS);
        if (!alert.getEvidence().isEmpty()) {
            Number first = (Number) em.createNativeQuery("SELECT MIN(occurred_us) FROM audit_entry WHERE id IN ("
                            + String.join(
                                    ",",
                                    alert.getEvidence().stream()
                                            .map(String::valueOf)
                                            .toList()) + ")")
                    .getSingleResult();
            if (first != null) {
                from = Instant.EPOCH.plus(first.longValue(), ChronoUnit.MICROS);
            }
        }
        return new AlertScope(alertId, alert.getRuleCode(), alert.getActor(), alert.isAboutClient(), from, to);
    }
}
