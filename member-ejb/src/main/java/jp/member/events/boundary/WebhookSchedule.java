package jp.member.events.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.member.events.control.Deliveries;
import jp.member.events.control.Deliveries.Claimed;
import jp.member.events.control.SubscriptionSecrets;
import jp.member.events.control.WebhookSender;
import jp.member.events.control.WebhookSettings;
import jp.member.events.entity.WebhookSubscription;
import jp.member.events.rules.Backoff;
import jp.member.events.rules.EndpointRule;
import jp.member.security.Roles;
import jp.member.shared.BusinessException;
import jp.member.shared.JobSlots;
import jp.member.shared.OneLine;
import jp.member.shared.Traces;

/**
 * The webhooks' background work. Every 5 seconds, on every instance, the due deliveries are claimed with a lease (so
 * no event is on the wire from two instances at once, and the instances share the work), sent in parallel outside any
 * transaction, and their results recorded; it goes on until nothing is due or the run has lasted {@link #RUN}.
 * Nightly, once per cluster ({@link JobSlots}), delivered events older than the retention are deleted. No business
 * methods: nobody calls it.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookSchedule {

    /** How many deliveries one round claims and sends at once. */
    static final int ROUND = 20;
    /** A run's rounds stop starting after this; the next firing goes on. */
    static final Duration RUN = Duration.ofSeconds(30);
    /** Longer than a request can take (its timeouts), so a live claim never runs out under its sender. */
    static final Duration LEASE = Duration.ofMinutes(2);
    /** The status recorded when the endpoint rule refused the address before sending. */
    public static final int REFUSED_ADDRESS = -1;

    private static final Logger LOG = Logger.getLogger(WebhookSchedule.class.getName());
    private static final String INSTANCE =
            OneLine.fit(ManagementFactory.getRuntimeMXBean().getName(), 96);

    @Inject
    Deliveries deliveries;

    @Inject
    WebhookSender sender;

    @Inject
    WebhookSettings settings;

    @Inject
    SubscriptionSecrets secrets;

    @Inject
    JobSlots slots;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    void deliver() {
        try {
            deliverDue();
        } catch (SQLException | RuntimeException e) {
            // the database is away, or a subscription vanished meanwhile: the next run picks everything up
            LOG.log(Level.WARNING, () -> "Webhook delivery deferred: " + Traces.of(e));
        }
    }

    @Schedule(hour = "2", minute = "45", persistent = false)
    void pruneNightly() {
        if (!slots.claim("webhooks.prune", Duration.ofDays(1))) {
            return; // another instance runs this slot
        }
        try {
            Instant before = clock.instant().minus(Duration.ofDays(settings.retentionDays()));
            int pruned;
            int total = 0;
            do {
                pruned = deliveries.prune(before, 10_000);
                total += pruned;
            } while (pruned == 10_000);
            int deleted = total;
            LOG.info(() -> "Webhook outbox: " + deleted + " delivered event(s) past retention deleted");
        } catch (SQLException e) {
            LOG.log(Level.WARNING, () -> "Webhook outbox pruning deferred: " + Traces.of(e));
        }
    }

    /** Rounds of claim, send, record until nothing is due or the run's time is up. */
    void deliverDue() throws SQLException {
        Instant end = clock.instant().plus(RUN);
        Backoff backoff = settings.backoff();
        Map<Long, Optional<Target>> targets = new HashMap<>();
        while (clock.instant().isBefore(end)) {
            String claimant = INSTANCE + "/" + UUID.randomUUID();
            List<Claimed> claimed = deliveries.claim(claimant, ROUND, clock.instant(), LEASE);
            if (claimed.isEmpty()) {
                return;
            }
            long timestamp = clock.instant().getEpochSecond();
            List<CompletableFuture<Integer>> sent = new ArrayList<>();
            for (Claimed delivery : claimed) {
                Optional<Target> target = targets.computeIfAbsent(delivery.subscriptionId(), this::target);
                sent.add(target.map(t -> t.uri() == null
                                ? CompletableFuture.completedFuture(REFUSED_ADDRESS)
                                : sender.send(
                                        t.uri(),
                                        t.secret(),
                                        delivery.body().eventId(),
                                        timestamp,
                                        delivery.body().json()))
                        .orElse(CompletableFuture.completedFuture(REFUSED_ADDRESS)));
            }
            for (int i = 0; i < claimed.size(); i++) {
                record(claimed.get(i), claimant, sent.get(i).join(), backoff);
            }
        }
    }

    private void record(Claimed delivery, String claimant, int status, Backoff backoff) throws SQLException {
        Instant now = clock.instant();
        if (status >= 200 && status < 300) {
            deliveries.delivered(delivery, claimant, status, now);
            return;
        }
        boolean dead = deliveries.failed(delivery, claimant, status, now, backoff);
        // ids and statuses only: never the body, the URL's query or the secret
        LOG.log(
                dead ? Level.WARNING : Level.FINE,
                () -> "Webhook delivery " + delivery.id() + " to subscription " + delivery.subscriptionId()
                        + " failed with status " + status + (dead ? "; dead after its last attempt" : "; retried"));
    }

    /** Where a subscription's events go now and its secret; a URL the rule now refuses has no URI. */
    private record Target(URI uri, String secret) {}

    private Optional<Target> target(long subscriptionId) {
        WebhookSubscription subscription = em.find(WebhookSubscription.class, subscriptionId);
        if (subscription == null) {
            return Optional.empty();
        }
        String secret = secrets.open(subscription.getName(), subscription.getSecretSealed());
        EndpointRule rule = settings.endpointRule();
        try {
            return Optional.of(new Target(rule.check(subscription.getEndpointUrl()), secret));
        } catch (BusinessException refused) {
            LOG.warning(() ->
                    "Webhook subscription " + subscriptionId + " refused before sending: " + refused.messageKey());
            return Optional.of(new Target(null, secret));
        }
    }
}
