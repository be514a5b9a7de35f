package jp.member.events.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import jp.member.events.rules.Backoff;
import jp.member.events.rules.EventBody;

/**
 * The delivery queue's steps, each a statement or two committed on its own (no transaction is open while an event is
 * on the wire):
 *
 * <ol>
 *   <li><b>claim</b>: the due deliveries that head their member's queue to their subscription — no earlier event for
 *       the same member and subscription still pending — are read, then each is taken with a conditional {@code
 *       UPDATE} that sets the claimant and a lease; only one instance's update of a row counts, so no event is sent by
 *       two instances at once. A claimant that dies leaves a lease that runs out: the delivery is claimed again then;
 *   <li><b>result</b>: a 2xx answer makes it DELIVERED; anything else counts an attempt and sets the next one after
 *       the backoff, or makes it DEAD after the last. Only the claimant's own claim is updated.
 * </ol>
 *
 * A dead delivery no longer holds its member's later events back (decision 0020): they go on, and an administrator
 * may re-drive the dead one.
 */
@ApplicationScoped
public class Deliveries {

    private static final String DUE = "SELECT d.id, d.subscription_id, d.attempts, o.event_id, o.event_type,"
            + " o.occurred_at, o.member_number, o.subject_id, o.subject_kind, o.changed"
            + " FROM webhook_delivery d JOIN outbox_event o ON o.id = d.outbox_id"
            + " JOIN webhook_subscription s ON s.id = d.subscription_id AND s.active = 1"
            + " WHERE d.status = 'PENDING' AND d.next_attempt_at <= ? AND (d.lease_until IS NULL OR d.lease_until < ?)"
            + " AND NOT EXISTS (SELECT 1 FROM webhook_delivery e WHERE e.subscription_id = d.subscription_id"
            + " AND e.member_id = d.member_id AND e.status = 'PENDING' AND e.outbox_id < d.outbox_id)"
            + " ORDER BY d.outbox_id LIMIT ?";
    private static final String CLAIM = "UPDATE webhook_delivery SET claimed_by = ?, lease_until = ? WHERE id = ?"
            + " AND status = 'PENDING' AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until < ?)";
    private static final String DELIVERED = "UPDATE webhook_delivery SET status = 'DELIVERED', attempts = attempts + 1,"
            + " last_status = ?, last_attempt_at = ?, delivered_at = ?, claimed_by = NULL, lease_until = NULL"
            + " WHERE id = ? AND claimed_by = ? AND status = 'PENDING'";
    private static final String FAILED = "UPDATE webhook_delivery SET status = ?, attempts = ?, last_status = ?,"
            + " last_attempt_at = ?, next_attempt_at = ?, claimed_by = NULL, lease_until = NULL"
            + " WHERE id = ? AND claimed_by = ? AND status = 'PENDING'";
    private static final String SUBSCRIPTION_FAILED =
            "UPDATE webhook_subscription SET last_failure_status = ?," + " last_failure_at = ? WHERE id = ?";
    private static final String PRUNE = "DELETE FROM outbox_event WHERE occurred_at < ? AND NOT EXISTS (SELECT 1 FROM"
            + " webhook_delivery d WHERE d.outbox_id = outbox_event.id AND d.status <> 'DELIVERED') LIMIT ?";

    @Resource(lookup = "jdbc/member")
    DataSource dataSource;

    /** A delivery this instance holds until {@code leaseUntil}: where it goes and what it sends. */
    public record Claimed(long id, long subscriptionId, int attempts, EventBody body) {}

    /** Takes up to {@code limit} due deliveries for {@code claimant}, each leased for {@code lease}. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<Claimed> claim(String claimant, int limit, Instant now, Duration lease) throws SQLException {
        List<Claimed> due = new ArrayList<>();
        try (Connection db = dataSource.getConnection()) {
            try (PreparedStatement select = db.prepareStatement(DUE)) {
                select.setTimestamp(1, Timestamp.from(now));
                select.setTimestamp(2, Timestamp.from(now));
                select.setInt(3, limit);
                try (ResultSet r = select.executeQuery()) {
                    while (r.next()) {
                        due.add(new Claimed(r.getLong(1), r.getLong(2), r.getInt(3), body(r)));
                    }
                }
            }
            List<Claimed> claimed = new ArrayList<>();
            try (PreparedStatement claim = db.prepareStatement(CLAIM)) {
                for (Claimed delivery : due) {
                    claim.setString(1, claimant);
                    claim.setTimestamp(2, Timestamp.from(now.plus(lease)));
                    claim.setLong(3, delivery.id());
                    claim.setTimestamp(4, Timestamp.from(now));
                    claim.setTimestamp(5, Timestamp.from(now));
                    if (claim.executeUpdate() == 1) {
                        claimed.add(delivery);
                    }
                }
            }
            return claimed;
        }
    }

    /** A 2xx answer: delivered, if the claim is still ours. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void delivered(Claimed delivery, String claimant, int status, Instant now) throws SQLException {
        try (Connection db = dataSource.getConnection();
                PreparedStatement update = db.prepareStatement(DELIVERED)) {
            update.setInt(1, status);
            update.setTimestamp(2, Timestamp.from(now));
            update.setTimestamp(3, Timestamp.from(now));
            update.setLong(4, delivery.id());
            update.setString(5, claimant);
            update.executeUpdate();
        }
    }

    /**
     * A failed attempt (a status outside 2xx, or none): retried after the backoff, or DEAD after the last attempt;
     * the subscription keeps the status as its last failure. Returns whether the delivery is now dead.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public boolean failed(Claimed delivery, String claimant, int status, Instant now, Backoff backoff)
            throws SQLException {
        int attempts = delivery.attempts() + 1;
        boolean dead = backoff.exhausted(attempts);
        try (Connection db = dataSource.getConnection()) {
            int updated;
            try (PreparedStatement update = db.prepareStatement(FAILED)) {
                update.setString(1, dead ? "DEAD" : "PENDING");
                update.setInt(2, attempts);
                update.setInt(3, status);
                update.setTimestamp(4, Timestamp.from(now));
                update.setTimestamp(5, Timestamp.from(now.plus(backoff.after(attempts))));
                update.setLong(6, delivery.id());
                update.setString(7, claimant);
                updated = update.executeUpdate();
            }
            if (updated == 1) {
                try (PreparedStatement update = db.prepareStatement(SUBSCRIPTION_FAILED)) {
                    update.setInt(1, status);
                    update.setTimestamp(2, Timestamp.from(now));
                    update.setLong(3, delivery.subscriptionId());
                    update.executeUpdate();
                }
            }
        }
        return dead;
    }

    /**
     * Deletes events older than {@code before} that every subscription has received (or that none wanted), up to
     * {@code limit}; returns how many. Events with a pending or dead delivery stay.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int prune(Instant before, int limit) throws SQLException {
        try (Connection db = dataSource.getConnection();
                PreparedStatement delete = db.prepareStatement(PRUNE)) {
            delete.setTimestamp(1, Timestamp.from(before));
            delete.setInt(2, limit);
            return delete.executeUpdate();
        }
    }

    private static EventBody body(ResultSet r) throws SQLException {
        String type = r.getString(5);
        long subjectId = r.getLong(8);
        boolean hasSubject = !r.wasNull();
        String changed = r.getString(10);
        return new EventBody(
                r.getString(4),
                type,
                r.getTimestamp(6).toInstant(),
                r.getString(7),
                changed == null ? List.of() : Arrays.asList(changed.split(",")),
                hasSubject ? type.substring(0, type.indexOf('.')) : null,
                hasSubject ? subjectId : null,
                r.getString(9));
    }
}
