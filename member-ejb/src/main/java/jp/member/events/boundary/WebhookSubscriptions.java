package jp.member.events.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AuditEventType;
import jp.member.events.control.SubscriptionSecrets;
import jp.member.events.control.WebhookSettings;
import jp.member.events.entity.EventType;
import jp.member.events.entity.WebhookSubscription;
import jp.member.security.Roles;
import jp.member.shared.BusinessException;
import jp.member.shared.NotFoundException;
import jp.member.staff.boundary.IssuedSecret;

/**
 * Webhook subscriptions, for ADMIN: who receives which events where, with their lag and failures; create (the signing
 * secret is generated and returned once), disable, enable, delete, and re-drive dead deliveries. Every change is on
 * the audit trail; the secret never is.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class WebhookSubscriptions {

    public static final int NAME_MAX = WebhookSubscription.NAME_MAX;
    /** The most dead deliveries the page lists for one subscription (the oldest first). */
    static final int DEAD_SHOWN = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    SubscriptionSecrets secrets;

    @Inject
    WebhookSettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Every subscription by name, with lag and failures. */
    public List<SubscriptionSummary> list() {
        Instant now = clock.instant();
        Map<Long, Object[]> stats = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT subscription_id,"
                        + " SUM(CASE WHEN status = 'PENDING' THEN 1 ELSE 0 END),"
                        + " MIN(CASE WHEN status = 'PENDING' THEN queued_at END),"
                        + " SUM(CASE WHEN status = 'DEAD' THEN 1 ELSE 0 END)"
                        + " FROM webhook_delivery WHERE status <> 'DELIVERED' GROUP BY subscription_id")
                .getResultList()) {
            Object[] columns = (Object[]) row;
            stats.put(((Number) columns[0]).longValue(), columns);
        }
        return em.createNamedQuery(WebhookSubscription.FIND_ALL, WebhookSubscription.class)
                .getResultStream()
                .map(s -> {
                    Object[] c = stats.get(s.getId());
                    long pending = c == null ? 0 : ((Number) c[1]).longValue();
                    Instant oldest = c == null || c[2] == null ? null : instant(c[2]);
                    long dead = c == null ? 0 : ((Number) c[3]).longValue();
                    return new SubscriptionSummary(
                            s.getId(),
                            s.getName(),
                            s.getEndpointUrl(),
                            List.copyOf(new TreeSet<>(s.getEventTypes())),
                            s.isActive(),
                            s.getCreatedAt(),
                            pending,
                            oldest == null
                                    ? Duration.ZERO
                                    : Duration.between(oldest, now).abs(),
                            dead,
                            s.getLastFailureStatus(),
                            s.getLastFailureAt());
                })
                .toList();
    }

    /**
     * A new subscription to the given event types at the endpoint, which must pass the endpoint rule ({@code
     * webhook.url.*}); the name is unique. Returns the signing secret, once: only its sealed form is kept.
     */
    public IssuedSecret create(String name, String endpointUrl, Collection<EventType> types) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > NAME_MAX || trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new BusinessException("webhook.name.invalid");
        }
        if (types == null || types.isEmpty()) {
            throw new BusinessException("webhook.types.required");
        }
        String url = settings.endpointRule().check(endpointUrl).toString();
        if (!em.createNamedQuery(WebhookSubscription.FIND_BY_NAME, WebhookSubscription.class)
                .setParameter("name", trimmed)
                .getResultList()
                .isEmpty()) {
            throw new BusinessException("webhook.name.taken");
        }
        Set<String> wireNames = new TreeSet<>();
        types.forEach(t -> wireNames.add(t.wireName()));
        WebhookSubscription subscription = new WebhookSubscription(trimmed, url, wireNames, clock.instant());
        String secret = SubscriptionSecrets.generate();
        subscription.seal(secrets.seal(trimmed, secret));
        em.persist(subscription);
        em.flush();
        changed(subscription, "created:" + String.join(",", wireNames));
        return new IssuedSecret(trimmed, secret);
    }

    /** No new deliveries, and none of those waiting is sent, until enabled again. */
    public void disable(long id) {
        WebhookSubscription subscription = get(id);
        subscription.disable();
        changed(subscription, "disabled");
    }

    /** Sends again, the waiting deliveries first; events while it was disabled were not queued for it. */
    public void enable(long id) {
        WebhookSubscription subscription = get(id);
        subscription.enable();
        changed(subscription, "enabled");
    }

    /** The subscription and its deliveries go; the events stay for the other subscriptions. */
    public void delete(long id) {
        WebhookSubscription subscription = get(id);
        changed(subscription, "deleted");
        em.remove(subscription);
    }

    /** The subscription's dead deliveries, oldest event first (at most {@value #DEAD_SHOWN}). */
    public List<DeadLetter> deadLetters(long id) {
        get(id);
        List<?> rows = em.createNativeQuery("SELECT d.id, o.event_id, o.event_type, o.occurred_at, d.attempts,"
                        + " d.last_status FROM webhook_delivery d JOIN outbox_event o ON o.id = d.outbox_id"
                        + " WHERE d.subscription_id = ?1 AND d.status = 'DEAD' ORDER BY d.outbox_id")
                .setParameter(1, id)
                .setMaxResults(DEAD_SHOWN)
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(c -> new DeadLetter(
                        ((Number) c[0]).longValue(),
                        (String) c[1],
                        (String) c[2],
                        instant(c[3]),
                        ((Number) c[4]).intValue(),
                        c[5] == null ? null : ((Number) c[5]).intValue()))
                .toList();
    }

    /**
     * The subscription's dead deliveries are tried again from the first attempt, now: all of them, or the one given.
     * Returns how many. A re-driven event holds its member's later events back again until it is delivered or dead.
     */
    public int redrive(long id, Long deliveryId) {
        WebhookSubscription subscription = get(id);
        var update = em.createNativeQuery("UPDATE webhook_delivery SET status = 'PENDING', attempts = 0,"
                        + " next_attempt_at = ?1, claimed_by = NULL, lease_until = NULL"
                        + " WHERE subscription_id = ?2 AND status = 'DEAD'"
                        + (deliveryId == null ? "" : " AND id = ?3"))
                .setParameter(1, Timestamp.from(clock.instant()))
                .setParameter(2, id);
        if (deliveryId != null) {
            update.setParameter(3, deliveryId);
        }
        int redriven = update.executeUpdate();
        changed(subscription, "redriven:" + redriven);
        return redriven;
    }

    private void changed(WebhookSubscription subscription, String what) {
        audit.record(AuditEvent.of(AuditEventType.WEBHOOK_SUBSCRIPTION_CHANGED)
                .target("webhook:" + subscription.getId() + ";" + what));
    }

    private WebhookSubscription get(long id) {
        WebhookSubscription subscription = em.find(WebhookSubscription.class, id);
        if (subscription == null) {
            throw new NotFoundException("webhook.notFound");
        }
        return subscription;
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.LocalDateTime l) {
            return Timestamp.valueOf(l).toInstant();
        }
        return (Instant) value;
    }
}
