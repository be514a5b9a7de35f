package jp.member.points.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import javax.sql.DataSource;
import jp.member.events.control.Outbox;
import jp.member.events.entity.EventType;
import jp.member.members.rules.Rank;
import jp.member.members.validation.MemberNumber;
import jp.member.points.entity.EntryType;
import jp.member.points.entity.LedgerEntry.Actor;
import jp.member.points.rules.ExpiryRule;
import jp.member.points.rules.Points;
import jp.member.points.rules.RankRule;
import jp.member.points.rules.Yen;
import jp.member.shared.BusinessException;
import jp.member.shared.BusinessTime;

/**
 * The till's earn as plain statements on the caller's transaction (issue 16, decision 0016): the same work and the
 * same order as {@link Ledger#earn} under the same locks — the member row first, then the idempotency record, the
 * entry, its lot and movement, the balance, the rank — in eight statements instead of the thirteen and the entity
 * bookkeeping the JPA path costs. The connection is the container's for this transaction (the pool gives the
 * transaction's own connection, shared with JPA), so it commits or rolls back with the rest of the till's call.
 *
 * <p>Every other change of points stays in {@link Ledger}; the invariants are the same: balance = sum of the
 * member's entries = sum of the remaining points of the member's lots, never negative.
 */
@ApplicationScoped
public class TillEarns {

    // the member's row and, once it exists, the account's: under READ COMMITTED a missing account locks nothing, and
    // every writer of an account locks its member first, so nobody else can open it meanwhile
    private static final String LOCK_MEMBER = "SELECT m.member_rank, a.balance FROM member m"
            + " LEFT JOIN point_account a ON a.member_id = m.id WHERE m.id = ? FOR UPDATE";
    private static final String INSERT_ENTRY = "INSERT INTO ledger_entry (member_id, entry_type, points,"
            + " occurred_at, business_date, actor, actor_kind, reason, store_code, amount_yen)"
            + " VALUES (?, 'EARN', ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_LOT = "INSERT INTO point_lot (member_id, source_entry_id, earned_on,"
            + " expires_on, original_points, remaining_points, version) VALUES (?, ?, ?, ?, ?, ?, 0)";
    private static final String INSERT_MOVEMENT =
            "INSERT INTO lot_movement (entry_id, lot_id, points) VALUES (?, ?, ?)";
    // the account opens with the first points; "after last activity" expiry reads last_activity_on
    // the values again as parameters, not VALUES(col): MySQL deprecates that form and MariaDB lacks its replacement
    private static final String ADD_TO_ACCOUNT = "INSERT INTO point_account (member_id, balance, last_activity_on,"
            + " version) VALUES (?, ?, ?, 0) ON DUPLICATE KEY UPDATE balance = balance + ?,"
            + " last_activity_on = GREATEST(COALESCE(last_activity_on, ?), ?), version = version + 1";
    private static final String REDATE_OPEN_LOTS = "UPDATE point_lot SET expires_on = ?, version = version + 1"
            + " WHERE member_id = ? AND remaining_points > 0 AND expires_on <> ?";
    private static final String QUALIFYING_SPEND = "SELECT COALESCE(SUM(amount_yen), 0) FROM ledger_entry"
            + " WHERE member_id = ? AND amount_yen IS NOT NULL AND business_date >= ?";
    private static final String INSERT_RANK_CHANGE = "INSERT INTO rank_change (member_id, from_rank, to_rank,"
            + " qualifying_spend_yen, changed_at) VALUES (?, ?, ?, ?, ?)";
    private static final String CHANGE_RANK = "UPDATE member SET member_rank = ?, version = version + 1 WHERE id = ?";

    @Resource(lookup = "jdbc/member")
    DataSource dataSource;

    @Inject
    ClientTransactions transactions;

    @Inject
    BusinessTime time;

    @Inject
    Outbox outbox;

    /**
     * One purchase at a till, as the till asked for it: the member (found and checked by the caller), the store, the
     * amount, and the client's transaction id with the request it stands for.
     */
    public record Purchase(
            long memberId,
            MemberNumber memberNumber,
            String storeCode,
            Yen amount,
            String clientId,
            String transactionId,
            String request) {}

    /**
     * Earns for the purchase, or gives the earlier answer to a retry of the same transaction id (refused with
     * {@code points.transaction.conflict} when the id was used for another request). A purchase too small to earn
     * a point is refused ({@code points.earn.nothing}) and records nothing.
     */
    public StoredReceipt earn(Purchase purchase, Actor actor, ProgrammeRules rules) {
        Instant at = time.now();
        LocalDate today = time.dateOf(at);
        try (Connection db = dataSource.getConnection()) {
            Locked locked = lockMember(db, purchase.memberId());
            Rank rank = locked.rank();
            Optional<StoredReceipt> earlier = transactions.replay(
                    db, purchase.clientId(), purchase.transactionId(), purchase.request(), StoredReceipt.class);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            Points points = rules.earn().points(purchase.amount(), rank, today);
            if (points.isZero()) {
                // a purchase below the rate's one-point amount earns nothing and is not recorded (issue 11)
                throw new BusinessException("points.earn.nothing");
            }
            long entryId = insertEntry(db, purchase, points, actor, at, today);
            long lotId = insertLot(
                    db, purchase.memberId(), entryId, today, rules.expiry().expiresOn(today), points);
            try (PreparedStatement movement = db.prepareStatement(INSERT_MOVEMENT)) {
                movement.setLong(1, entryId);
                movement.setLong(2, lotId);
                movement.setLong(3, points.value());
                movement.executeUpdate();
            }
            addToAccount(db, purchase.memberId(), points, today);
            Points balance = locked.balance().plus(points);
            if (rules.expiry().moves()) {
                redateOpenLots(db, purchase.memberId(), rules.expiry(), today);
            }
            String number = purchase.memberNumber().digits();
            outbox.member(db, EventType.POINTS_EARNED, purchase.memberId(), number, at, Ledger.BALANCE);
            if (rerank(db, purchase.memberId(), rank, rules.ranks(), today, at)) {
                outbox.member(db, EventType.RANK_CHANGED, purchase.memberId(), number, at, "rank");
            }
            StoredReceipt receipt = new StoredReceipt(
                    purchase.transactionId(),
                    purchase.memberNumber().digits(),
                    EntryType.EARN.name(),
                    points.value(),
                    balance.value(),
                    entryId);
            transactions.remember(
                    db, purchase.clientId(), purchase.transactionId(), purchase.request(), entryId, receipt, at);
            return receipt;
        } catch (SQLException e) {
            // the message names tables and constraints, never a member's data
            throw new IllegalStateException("the earn could not be written: " + e.getMessage(), e);
        }
    }

    private record Locked(Rank rank, Points balance) {}

    /**
     * Locks the member's row — where every change of this member's points queues — with its account, and reads the
     * rank and the balance under the lock (no account yet: nothing earned, a balance of zero).
     */
    private static Locked lockMember(Connection db, long memberId) throws SQLException {
        try (PreparedStatement lock = db.prepareStatement(LOCK_MEMBER)) {
            lock.setLong(1, memberId);
            try (ResultSet row = lock.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("member " + memberId + " is gone");
                }
                return new Locked(Rank.of(row.getString(1)), Points.of(row.getLong(2)));
            }
        }
    }

    private static long insertEntry(
            Connection db, Purchase purchase, Points points, Actor actor, Instant at, LocalDate today)
            throws SQLException {
        try (PreparedStatement entry = db.prepareStatement(INSERT_ENTRY, Statement.RETURN_GENERATED_KEYS)) {
            entry.setLong(1, purchase.memberId());
            entry.setLong(2, points.value());
            entry.setTimestamp(3, Timestamp.from(at));
            entry.setDate(4, Date.valueOf(today));
            entry.setString(5, actor.name());
            entry.setString(6, actor.kind());
            entry.setString(7, actor.reason());
            entry.setString(8, purchase.storeCode());
            entry.setLong(9, purchase.amount().value());
            entry.executeUpdate();
            return generatedKey(entry);
        }
    }

    private static long insertLot(
            Connection db, long memberId, long entryId, LocalDate today, LocalDate expiresOn, Points points)
            throws SQLException {
        try (PreparedStatement lot = db.prepareStatement(INSERT_LOT, Statement.RETURN_GENERATED_KEYS)) {
            lot.setLong(1, memberId);
            lot.setLong(2, entryId);
            lot.setDate(3, Date.valueOf(today));
            lot.setDate(4, Date.valueOf(expiresOn));
            lot.setLong(5, points.value());
            lot.setLong(6, points.value());
            lot.executeUpdate();
            return generatedKey(lot);
        }
    }

    /** Adds the points to the account, opening it at the first points. */
    private static void addToAccount(Connection db, long memberId, Points points, LocalDate today) throws SQLException {
        try (PreparedStatement add = db.prepareStatement(ADD_TO_ACCOUNT)) {
            add.setLong(1, memberId);
            add.setLong(2, points.value());
            add.setDate(3, Date.valueOf(today));
            add.setLong(4, points.value());
            add.setDate(5, Date.valueOf(today));
            add.setDate(6, Date.valueOf(today));
            add.executeUpdate();
        }
    }

    /** Under the "after last activity" rule every open lot moves its expiry with each earn. */
    private static void redateOpenLots(Connection db, long memberId, ExpiryRule expiry, LocalDate today)
            throws SQLException {
        LocalDate newExpiry = expiry.expiresOn(today);
        try (PreparedStatement redate = db.prepareStatement(REDATE_OPEN_LOTS)) {
            redate.setDate(1, Date.valueOf(newExpiry));
            redate.setLong(2, memberId);
            redate.setDate(3, Date.valueOf(newExpiry));
            redate.executeUpdate();
        }
    }

    /**
     * The qualifying spend over the rolling period decides the rank; a change is kept in the rank history. Returns
     * whether the rank changed.
     */
    private static boolean rerank(
            Connection db, long memberId, Rank current, RankRule ranks, LocalDate today, Instant at)
            throws SQLException {
        Yen spend;
        try (PreparedStatement sum = db.prepareStatement(QUALIFYING_SPEND)) {
            sum.setLong(1, memberId);
            sum.setDate(2, Date.valueOf(RankRule.qualifyingFrom(today)));
            try (ResultSet row = sum.executeQuery()) {
                row.next();
                spend = Yen.of(row.getLong(1));
            }
        }
        Rank rank = ranks.rankFor(spend);
        if (rank.equals(current)) {
            return false;
        }
        try (PreparedStatement history = db.prepareStatement(INSERT_RANK_CHANGE)) {
            history.setLong(1, memberId);
            history.setString(2, current.code());
            history.setString(3, rank.code());
            history.setLong(4, spend.value());
            history.setTimestamp(5, Timestamp.from(at));
            history.executeUpdate();
        }
        try (PreparedStatement change = db.prepareStatement(CHANGE_RANK)) {
            change.setString(1, rank.code());
            change.setLong(2, memberId);
            change.executeUpdate();
        }
        return true;
    }

    private static long generatedKey(PreparedStatement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
