package jp.member.events.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import jp.member.events.entity.EventType;

/**
 * Writes domain events into the outbox, <b>in the caller's transaction</b> (decision 0020): an event exists exactly
 * when the change it reports committed. Each write also queues the event for every active subscription to its type,
 * in the same transaction, so that a subscription sees every event from its creation on and nothing is lost between
 * the commit and the delivery job.
 *
 * <p>Events about members are written set-based — one {@code INSERT … SELECT} from {@code member} for one member or
 * for thousands (the nightly expiry, the anonymisation), one event per member — and read the member number from the
 * member's row. The event ids of one write share a random prefix and end with the member id in hex, so they are
 * UUIDs, unique, and the queueing finds the write's events by that prefix. No event holds a personal value, an amount
 * or a balance: the member number and the names of what changed only.
 *
 * <p>Plain JDBC on the transaction's connection (the pool hands JPA and this code the same one, as for the till's earn
 * and the expiry, decisions 0015 and 0016); JPA work earlier in the transaction is flushed first, so that the member's
 * row is already written and locked by this transaction when its event takes its place in the member's order.
 */
@ApplicationScoped
public class Outbox {

    /** Field names as a receiver sees them: lower case words with underscores or dots. */
    private static final Pattern FIELD = Pattern.compile("[a-z][a-z0-9_.]{0,40}");

    private static final String INSERT_FOR_MEMBERS = "INSERT INTO outbox_event (event_id, event_type, occurred_at,"
            + " member_id, member_number, changed) SELECT CONCAT(?, LPAD(LOWER(HEX(m.id)), 12, '0')), ?, ?, m.id,"
            + " m.member_number, ? FROM member m WHERE ";
    private static final String INSERT_FOR_MEMBER = "INSERT INTO outbox_event (event_id, event_type, occurred_at,"
            + " member_id, member_number, changed) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String INSERT_FOR_SUBJECT = "INSERT INTO outbox_event (event_id, event_type, occurred_at,"
            + " subject_id, subject_kind) VALUES (?, ?, ?, ?, ?)";
    private static final String QUEUE = "INSERT INTO webhook_delivery (subscription_id, outbox_id, member_id, status,"
            + " attempts, queued_at, next_attempt_at) SELECT s.id, o.id, o.member_id, 'PENDING', 0, ?, ? FROM outbox_event o"
            + " JOIN webhook_topic t ON t.event_type = o.event_type"
            + " JOIN webhook_subscription s ON s.id = t.subscription_id AND s.active = 1 WHERE o.event_id LIKE ?";

    @Resource(lookup = "jdbc/member")
    DataSource dataSource;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** An event about one member, now; {@code changed} names the fields that changed (none for most types). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void member(EventType type, long memberId, String... changed) {
        member(type, memberId, clock.instant(), changed);
    }

    /** An event about one member at a given moment (a change recorded at its own time, e.g. a history). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void member(EventType type, long memberId, Instant at, String... changed) {
        em.flush();
        try (Connection db = connection()) {
            members(db, type, "m.id = ?", List.of(memberId), at, changed);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /**
     * Events about every member the condition on {@code member m} selects, one each, on the transaction's connection
     * (see {@link #members(Connection, EventType, String, List, Instant, String...)}). Returns how many.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int membersWhere(EventType type, String condition, List<?> parameters, Instant at, String... changed) {
        em.flush();
        try (Connection db = connection()) {
            return members(db, type, condition, parameters, at, changed);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /**
     * Events about every member the condition on {@code member m} selects (e.g. {@code m.id IN (?, ?)}), one each, on
     * the caller's connection, which must be in the transaction. The condition is the caller's SQL, never input.
     * Returns how many events were written.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int members(
            Connection db, EventType type, String condition, List<?> parameters, Instant at, String... changed)
            throws SQLException {
        String prefix = prefix();
        int written;
        try (PreparedStatement insert = db.prepareStatement(INSERT_FOR_MEMBERS + condition)) {
            insert.setString(1, prefix);
            insert.setString(2, type.wireName());
            insert.setTimestamp(3, Timestamp.from(at));
            insert.setString(4, changed(changed));
            int p = 5;
            for (Object parameter : parameters) {
                insert.setObject(p++, parameter instanceof Instant i ? Timestamp.from(i) : parameter);
            }
            written = insert.executeUpdate();
        }
        if (written > 0) {
            queue(db, prefix + "%", clock.instant());
        }
        return written;
    }

    /**
     * An event about one member whose number the caller already holds (the till's earn, the hottest path), on the
     * caller's connection, which must be in the transaction: one plain {@code INSERT}, without reading the member's
     * row again ({@code INSERT … SELECT} also takes the table's auto-increment lock for the whole statement).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void member(Connection db, EventType type, long memberId, String memberNumber, Instant at, String... changed)
            throws SQLException {
        String eventId = UUID.randomUUID().toString();
        try (PreparedStatement insert = db.prepareStatement(INSERT_FOR_MEMBER)) {
            insert.setString(1, eventId);
            insert.setString(2, type.wireName());
            insert.setTimestamp(3, Timestamp.from(at));
            insert.setLong(4, memberId);
            insert.setString(5, memberNumber);
            insert.setString(6, changed(changed));
            insert.executeUpdate();
        }
        queue(db, eventId, clock.instant());
    }

    /** An event about an alert or an export: its own id and kind (a rule code, a purpose category), nothing else. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void subject(EventType type, long subjectId, String kind) {
        em.flush();
        Instant at = clock.instant();
        String eventId = UUID.randomUUID().toString();
        try (Connection db = connection()) {
            try (PreparedStatement insert = db.prepareStatement(INSERT_FOR_SUBJECT)) {
                insert.setString(1, eventId);
                insert.setString(2, type.wireName());
                insert.setTimestamp(3, Timestamp.from(at));
                insert.setLong(4, subjectId);
                insert.setString(5, kind == null ? null : kind.length() > 64 ? kind.substring(0, 64) : kind);
                insert.executeUpdate();
            }
            queue(db, eventId, clock.instant());
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Queues the events for their subscribers, due at once ({@code now}: a history's events are not late). */
    private static void queue(Connection db, String eventIds, Instant now) throws SQLException {
        try (PreparedStatement queue = db.prepareStatement(QUEUE)) {
            queue.setTimestamp(1, Timestamp.from(now));
            queue.setTimestamp(2, Timestamp.from(now));
            queue.setString(3, eventIds);
            queue.executeUpdate();
        }
    }

    /**
     * The first 24 characters of a random (version 4) UUID, to which each member's event adds the member id as 12 hex
     * digits: every event id of the write is a UUID, and the prefix finds them all.
     */
    static String prefix() {
        return UUID.randomUUID().toString().substring(0, 24);
    }

    /** The field names as stored: comma-separated, each checked to be a name (never a value slipped in). */
    static String changed(String... fields) {
        if (fields == null || fields.length == 0) {
            return null;
        }
        for (String field : fields) {
            if (field == null || !FIELD.matcher(field).matches()) {
                throw new IllegalArgumentException("an event names fields, not values");
            }
        }
        return String.join(",", Arrays.asList(fields));
    }

    private Connection connection() throws SQLException {
        Connection db = dataSource.getConnection();
        if (db.getAutoCommit()) {
            db.close();
            // an event must commit with its change, never on its own
            throw new IllegalStateException("the outbox's connection is not in the transaction");
        }
        return db;
    }

    private static IllegalStateException failed(SQLException e) {
        // the message names tables and constraints, never a member's data
        return new IllegalStateException("the event could not be written: " + e.getMessage(), e);
    }
}
