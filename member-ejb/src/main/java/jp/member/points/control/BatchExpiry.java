package jp.member.points.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import jp.member.events.control.Outbox;
import jp.member.events.entity.EventType;
import jp.member.points.entity.EntryType;
import jp.member.points.entity.LedgerEntry.Actor;
import jp.member.points.rules.ExpiryPlan;
import jp.member.points.rules.Points;
import jp.member.points.rules.PointsChange;

/**
 * One batch of expiry as a few set-based statements on the transaction's connection, instead of a dozen round trips
 * per lot ({@link Ledger#expire(long, LocalDate)} is the same work for one lot, through JPA). The locks and re-checks
 * are the ledger's:
 *
 * <ol>
 *   <li>the due lots of the share, as the batch finds them (a plain read);
 *   <li>their members' rows locked in one statement, <b>in ascending member id</b> — a till locks one member row, a
 *       merge two in ascending order, another batch the same way: no cycle, so no deadlock;
 *   <li>their accounts locked (a lot implies an account: every write that makes a lot opens it first);
 *   <li>the lots read again, locked, and decided by {@link ExpiryPlan}: still the member's, still holding points,
 *       still past their date;
 *   <li>the writes, one statement each: the EXPIRY entries (one per lot, the reason and actor as every expiry gives
 *       them), their lot movements, the lots and the balances, each lowered by exactly the points moved.
 * </ol>
 *
 * Plain JDBC from the application's data source inside the caller's JTA transaction: the server hands the
 * transaction's one physical connection to JPA and to this code alike, so both commit or roll back together (tested by
 * {@code SetBasedExpiryIT}). A connection that is not in the transaction (autocommit: each statement would commit
 * alone and each lock end with it) is refused — Payara leaves one out when {@code @Transactional} began the
 * transaction inside an EJB call that had none (decision 0015). JPA work earlier in the transaction is flushed first,
 * so that it is seen here. Lots and accounts the caller holds as entities are stale afterwards; their versions move
 * on, so writing one back fails instead of undoing the expiry.
 */
@ApplicationScoped
public class BatchExpiry {

    /** The most lots one batch takes: it bounds every statement (8 parameters a lot, far below the 65,535 allowed). */
    public static final int MAX_LOTS = 5000;

    @Resource(lookup = "jdbc/member")
    DataSource dataSource;

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    /**
     * Up to {@code limit} due lots of the share (member id modulo {@code shares}) with an id above {@code
     * afterLotId}, expired at {@code at} on the business date {@code today}, in the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ExpiryBatch expire(long afterLotId, int limit, int share, int shares, LocalDate today, Instant at) {
        em.flush();
        try (Connection db = dataSource.getConnection()) {
            if (db.getAutoCommit()) {
                throw new IllegalStateException("the expiry batch's connection is not in the transaction");
            }
            Map<Long, Long> selected =
                    due(db, afterLotId, Math.max(1, Math.min(limit, MAX_LOTS)), share, shares, today);
            if (selected.isEmpty()) {
                return new ExpiryBatch(0, Points.ZERO, -1);
            }
            List<Long> members = selected.values().stream().distinct().sorted().toList();
            lockMembers(db, members);
            Map<Long, Points> balances = balances(db, members);
            ExpiryPlan plan = ExpiryPlan.of(selected, lots(db, selected.keySet()), balances, today);
            if (!plan.isEmpty()) {
                write(db, plan, today, at);
                // one event per member whose points expired, set-based like the rest of the batch
                List<Long> expired = List.copyOf(plan.byMember().keySet());
                outbox.members(
                        db,
                        EventType.POINTS_EXPIRED,
                        "m.id IN (" + marks(expired.size()) + ")",
                        expired,
                        at,
                        Ledger.BALANCE);
            }
            long last =
                    selected.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
            return new ExpiryBatch(selected.size(), plan.points(), last);
        } catch (SQLException e) {
            // a lock wait or a deadlock with a till among them: the whole batch rolls back and may be done again
            throw new IllegalStateException("point expiry batch failed", e);
        }
    }

    /** Lot id → member id, by ascending lot id. */
    private static Map<Long, Long> due(Connection db, long after, int limit, int share, int shares, LocalDate today)
            throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT id, member_id FROM point_lot WHERE id > ?"
                + " AND expires_on < ? AND remaining_points > 0 AND MOD(member_id, ?) = ? ORDER BY id LIMIT ?")) {
            s.setLong(1, after);
            s.setObject(2, today);
            s.setLong(3, shares);
            s.setLong(4, share);
            s.setInt(5, limit);
            Map<Long, Long> due = new LinkedHashMap<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    due.put(r.getLong(1), r.getLong(2));
                }
            }
            return due;
        }
    }

    /**
     * Locks the members' rows in ascending id: the primary key is walked in its order and each row is locked as it is
     * reached (the index is forced, so that no plan can visit them in another order).
     */
    private static void lockMembers(Connection db, List<Long> members) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT id FROM member FORCE INDEX (PRIMARY) WHERE id IN ("
                + marks(members.size()) + ") ORDER BY id FOR UPDATE")) {
            bind(s, 1, members);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    // the rows are locked as they are read; nothing else is needed from them
                }
            }
        }
    }

    /** The members' balances, their accounts locked (in ascending member id, after the members' rows). */
    private static Map<Long, Points> balances(Connection db, List<Long> members) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(
                "SELECT member_id, balance FROM point_account FORCE INDEX (PRIMARY) WHERE member_id IN ("
                        + marks(members.size()) + ") ORDER BY member_id FOR UPDATE")) {
            bind(s, 1, members);
            Map<Long, Points> balances = new HashMap<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    balances.put(r.getLong(1), Points.of(r.getLong(2)));
                }
            }
            return balances;
        }
    }

    /** The lots as they are now, locked: their members' locks are held, so no one else is changing them. */
    private static List<ExpiryPlan.Lot> lots(Connection db, Collection<Long> ids) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(
                "SELECT id, member_id, expires_on, remaining_points FROM point_lot FORCE INDEX (PRIMARY)"
                        + " WHERE id IN (" + marks(ids.size()) + ") ORDER BY id FOR UPDATE")) {
            bind(s, 1, ids);
            List<ExpiryPlan.Lot> lots = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    lots.add(new ExpiryPlan.Lot(
                            r.getLong(1), r.getLong(2), r.getObject(3, LocalDate.class), Points.of(r.getLong(4))));
                }
            }
            return lots;
        }
    }

    private static void write(Connection db, ExpiryPlan plan, LocalDate today, Instant at) throws SQLException {
        List<ExpiryPlan.Lot> lots = plan.lots();
        Map<ExpiryPlan.Lot, Long> entries = entries(db, lots, today, at);
        StringBuilder movements = new StringBuilder("INSERT INTO lot_movement (entry_id, lot_id, points) VALUES ");
        movements.append(String.join(",", Collections.nCopies(lots.size(), "(?,?,?)")));
        try (PreparedStatement s = db.prepareStatement(movements.toString())) {
            int p = 1;
            for (ExpiryPlan.Lot lot : lots) {
                s.setLong(p++, entries.get(lot));
                s.setLong(p++, lot.id());
                s.setLong(p++, taken(lot.remaining()));
            }
            requireRows(s.executeUpdate(), lots.size(), "lot movements");
        }
        try (PreparedStatement s =
                db.prepareStatement("UPDATE point_lot SET remaining_points = remaining_points - CASE id"
                        + " WHEN ? THEN ? ".repeat(lots.size()) + "END, version = version + 1 WHERE id IN ("
                        + marks(lots.size()) + ")")) {
            int p = 1;
            for (ExpiryPlan.Lot lot : lots) {
                s.setLong(p++, lot.id());
                s.setLong(p++, lot.remaining().value());
            }
            bind(s, p, lots.stream().map(ExpiryPlan.Lot::id).toList());
            requireRows(s.executeUpdate(), lots.size(), "lots");
        }
        Map<Long, Points> byMember = plan.byMember();
        try (PreparedStatement s = db.prepareStatement("UPDATE point_account SET balance = balance - CASE member_id"
                + " WHEN ? THEN ? ".repeat(byMember.size()) + "END, version = version + 1 WHERE member_id IN ("
                + marks(byMember.size()) + ")")) {
            int p = 1;
            for (Map.Entry<Long, Points> member : byMember.entrySet()) {
                s.setLong(p++, member.getKey());
                s.setLong(p++, member.getValue().value());
            }
            bind(s, p, List.copyOf(byMember.keySet()));
            requireRows(s.executeUpdate(), byMember.size(), "accounts");
        }
    }

    /**
     * Inserts one EXPIRY entry per lot in one statement and returns each lot's entry id. The ids are read back rather
     * than computed: the database promises increasing ids, not consecutive ones (not under {@code
     * innodb_autoinc_lock_mode=2}, the default of MySQL 8, nor with an {@code auto_increment_increment} above 1). The
     * entries of the batch are the EXPIRY entries of its members from the first new id on — no one else can write an
     * entry for a member whose row this transaction holds — and each is matched to its lot by what it says (member,
     * points, reason); entries that say the same are alike in every column, so which of them a lot gets is immaterial.
     */
    private static Map<ExpiryPlan.Lot, Long> entries(
            Connection db, List<ExpiryPlan.Lot> lots, LocalDate today, Instant at) throws SQLException {
        Timestamp occurred = Timestamp.from(at);
        StringBuilder sql = new StringBuilder("INSERT INTO ledger_entry (member_id, entry_type, points, occurred_at,"
                + " business_date, actor, actor_kind, reason) VALUES ");
        sql.append(String.join(",", Collections.nCopies(lots.size(), "(?,?,?,?,?,?,?,?)")));
        long first;
        try (PreparedStatement s = db.prepareStatement(sql.toString(), Statement.RETURN_GENERATED_KEYS)) {
            int p = 1;
            for (ExpiryPlan.Lot lot : lots) {
                Actor actor = Actor.system(lot.reason());
                s.setLong(p++, lot.memberId());
                s.setString(p++, EntryType.EXPIRY.name());
                s.setLong(p++, taken(lot.remaining()));
                s.setTimestamp(p++, occurred);
                s.setObject(p++, today);
                s.setString(p++, actor.name());
                s.setString(p++, actor.kind());
                s.setString(p++, actor.reason());
            }
            requireRows(s.executeUpdate(), lots.size(), "ledger entries");
            try (ResultSet keys = s.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new IllegalStateException("no id for the first expiry entry");
                }
                first = keys.getLong(1);
            }
        }
        Map<Said, Deque<ExpiryPlan.Lot>> waiting = new HashMap<>();
        for (ExpiryPlan.Lot lot : lots) {
            waiting.computeIfAbsent(
                            new Said(lot.memberId(), taken(lot.remaining()), lot.reason()), k -> new ArrayDeque<>())
                    .add(lot);
        }
        List<Long> members =
                lots.stream().map(ExpiryPlan.Lot::memberId).distinct().toList();
        Map<ExpiryPlan.Lot, Long> ids = new HashMap<>();
        try (PreparedStatement s =
                db.prepareStatement("SELECT id, member_id, points, reason FROM ledger_entry FORCE INDEX (PRIMARY)"
                        + " WHERE id >= ? AND entry_type = ? AND member_id IN (" + marks(members.size())
                        + ") ORDER BY id")) {
            s.setLong(1, first);
            s.setString(2, EntryType.EXPIRY.name());
            bind(s, 3, members);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Deque<ExpiryPlan.Lot> alike = waiting.get(new Said(r.getLong(2), r.getLong(3), r.getString(4)));
                    if (alike == null || alike.isEmpty()) {
                        throw new IllegalStateException("an expiry entry of the batch's members that it did not write");
                    }
                    ids.put(alike.poll(), r.getLong(1));
                }
            }
        }
        requireRows(ids.size(), lots.size(), "ledger entries read back");
        return ids;
    }

    /** What an expiry entry says, apart from what all entries of a batch say alike. */
    private record Said(long memberId, long points, String reason) {}

    private static long taken(Points points) {
        return PointsChange.taking(points).value();
    }

    private static String marks(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }

    private static void bind(PreparedStatement s, int from, Collection<Long> ids) throws SQLException {
        int p = from;
        for (long id : ids) {
            s.setLong(p++, id);
        }
    }

    private static void requireRows(int rows, int expected, String what) {
        if (rows != expected) {
            throw new IllegalStateException(what + ": " + rows + " rows where the batch expected " + expected);
        }
    }
}
