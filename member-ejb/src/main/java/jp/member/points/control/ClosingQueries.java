package jp.member.points.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import jp.member.points.rules.CohortUse;
import jp.member.points.rules.IdRange;
import jp.member.shared.Streaming;

/**
 * The SQL of the ledger closings, shared by the closing job ({@link LedgerClosing}) and the report ({@link
 * LiabilityFromClosings}) so that what the job folds and what the report adds live are read by the very same
 * queries. Plain JDBC on a connection of {@link #repeatableRead}; entries are selected by ranges of ids (the primary
 * key), never by date.
 */
final class ClosingQueries {

    private ClosingQueries() {}

    /** Work on a connection; SQL failures end the transaction. */
    @FunctionalInterface
    interface Work<T> {
        T on(Connection db) throws SQLException;
    }

    /** A run of ids the job did not see when it folded past them, and since when. */
    record Gap(IdRange ids, Instant foundAt) {}

    /** How far the ledger is folded, read at the start of a transaction. */
    record Closing(long foldedThrough, Optional<Instant> expiryBuiltAt, List<Gap> gaps) {

        /** The ids not in the totals: the gaps, and every id above {@code foldedThrough}. */
        List<IdRange> unfolded() {
            List<IdRange> ranges = new ArrayList<>();
            gaps.forEach(g -> ranges.add(g.ids()));
            ranges.add(new IdRange(foldedThrough + 1, Long.MAX_VALUE));
            return ranges;
        }
    }

    /** One day's points of one entry type. */
    record DayKey(LocalDate businessDate, String entryType) {}

    @FunctionalInterface
    interface EntryRow {
        void accept(long id, LocalDate businessDate, String entryType, long points);
    }

    @FunctionalInterface
    interface DayTotal {
        void accept(LocalDate businessDate, String entryType, long points);
    }

    @FunctionalInterface
    interface LotMovements {
        void accept(LocalDate earnedOn, String entryType, boolean entryTakes, long points);
    }

    @FunctionalInterface
    interface CohortTotal {
        void accept(LocalDate earnedOn, long redeemed, long expired);
    }

    /**
     * Runs {@code work} in one REPEATABLE READ transaction on a connection of its own, outside any container
     * transaction: every read sees the same moment (the pools run at READ COMMITTED, where each statement would see
     * its own), and the snapshot starts with the first plain read — after any locking read before it. Call it with
     * no transaction active.
     */
    static <T> T repeatableRead(DataSource dataSource, Work<T> work) {
        try (Connection db = dataSource.getConnection()) {
            int isolation = db.getTransactionIsolation();
            boolean autoCommit = db.getAutoCommit();
            db.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            db.setAutoCommit(false);
            try {
                T result = work.on(db);
                db.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(autoCommit);
                db.setTransactionIsolation(isolation);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the ledger closings could not be read or written", e);
        }
    }

    /** The closing's state and gaps; {@code lock}: the job's lock on it, held to the end of the transaction. */
    static Closing closing(Connection db, boolean lock) throws SQLException {
        long through;
        Optional<Instant> built;
        try (PreparedStatement s = db.prepareStatement("SELECT folded_through, expiry_built_at FROM ledger_closing"
                        + " WHERE id = 1" + (lock ? " FOR UPDATE" : ""));
                ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                throw new IllegalStateException("ledger_closing has no row (migration V17)");
            }
            through = r.getLong(1);
            built = Optional.ofNullable(r.getTimestamp(2)).map(Timestamp::toInstant);
        }
        List<Gap> gaps = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement(
                        "SELECT first_id, last_id, found_at FROM ledger_closing_gap ORDER BY first_id");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                gaps.add(new Gap(
                        new IdRange(r.getLong(1), r.getLong(2)),
                        r.getTimestamp(3).toInstant()));
            }
        }
        return new Closing(through, built, gaps);
    }

    /** The highest entry id there is (0: none). */
    static long lastId(Connection db) throws SQLException {
        return number(db, "SELECT COALESCE(MAX(id), 0) FROM ledger_entry");
    }

    /** The lowest entry id above {@code id} (0: none). */
    static long nextId(Connection db, long id) throws SQLException {
        return number(db, "SELECT COALESCE(MIN(id), 0) FROM ledger_entry WHERE id > ?", id);
    }

    /** The entries with ids in the ranges, in ascending id order, streamed. */
    static void entries(Connection db, List<IdRange> ranges, EntryRow row) throws SQLException {
        try (PreparedStatement s = Streaming.statement(
                db,
                "SELECT id, business_date, entry_type, points FROM ledger_entry WHERE " + within("id", ranges)
                        + " ORDER BY id")) {
            bind(s, 1, ranges);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    row.accept(r.getLong(1), r.getObject(2, LocalDate.class), r.getString(3), r.getLong(4));
                }
            }
        }
    }

    /** The points of the entries with ids in the ranges, per business date and type. */
    static void entryTotals(Connection db, List<IdRange> ranges, DayTotal total) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT business_date, entry_type, SUM(points) FROM ledger_entry"
                + " WHERE " + within("id", ranges) + " GROUP BY business_date, entry_type")) {
            bind(s, 1, ranges);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    total.accept(r.getObject(1, LocalDate.class), r.getString(2), r.getLong(3));
                }
            }
        }
    }

    /**
     * What the entries with ids in the ranges moved in and out of lots earned by an EARN, per earn date, entry type
     * and whether the entry takes points — for the types whose movements can count in a cohort ({@link CohortUse}).
     */
    static void lotMovements(Connection db, List<IdRange> ranges, LotMovements movements) throws SQLException {
        String types =
                String.join(", ", CohortUse.ENTRY_TYPES.stream().map(t -> "?").toList());
        try (PreparedStatement s = db.prepareStatement("SELECT l.earned_on, e.entry_type, e.points < 0, SUM(mv.points)"
                + " FROM ledger_entry e STRAIGHT_JOIN lot_movement mv ON mv.entry_id = e.id"
                + " STRAIGHT_JOIN point_lot l ON l.id = mv.lot_id"
                + " STRAIGHT_JOIN ledger_entry s ON s.id = l.source_entry_id"
                + " WHERE " + within("e.id", ranges) + " AND e.entry_type IN (" + types + ")"
                + " AND s.entry_type = 'EARN' GROUP BY l.earned_on, e.entry_type, e.points < 0")) {
            int next = bind(s, 1, ranges);
            for (String type : CohortUse.ENTRY_TYPES) {
                s.setString(next++, type);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    movements.accept(r.getObject(1, LocalDate.class), r.getString(2), r.getBoolean(3), r.getLong(4));
                }
            }
        }
    }

    /** What the entries with ids in the ranges moved in and out of lots, by the month the lot expires in. */
    static void expiryMovements(Connection db, List<IdRange> ranges, BiConsumer<YearMonth, Long> byMonth)
            throws SQLException {
        try (PreparedStatement s = db.prepareStatement(
                "SELECT YEAR(l.expires_on), MONTH(l.expires_on), SUM(mv.points) FROM lot_movement mv"
                        + " STRAIGHT_JOIN point_lot l ON l.id = mv.lot_id WHERE " + within("mv.entry_id", ranges)
                        + " GROUP BY YEAR(l.expires_on), MONTH(l.expires_on)")) {
            bind(s, 1, ranges);
            months(s, byMonth);
        }
    }

    /** The open points of every lot by the month it expires in: the lots themselves, as they are now. */
    static void lotsByExpiryMonth(Connection db, BiConsumer<YearMonth, Long> byMonth) throws SQLException {
        try (PreparedStatement s =
                db.prepareStatement("SELECT YEAR(expires_on), MONTH(expires_on), SUM(remaining_points) FROM point_lot"
                        + " WHERE remaining_points > 0 GROUP BY YEAR(expires_on), MONTH(expires_on)")) {
            months(s, byMonth);
        }
    }

    /** The folded points of all entries dated before {@code from}. */
    static long foldedBefore(Connection db, LocalDate from) throws SQLException {
        return number(db, "SELECT COALESCE(SUM(points), 0) FROM ledger_closing_day WHERE business_date < ?", from);
    }

    /** The folded points per business date and type, from {@code from} to {@code to}. */
    static void foldedDays(Connection db, LocalDate from, LocalDate to, DayTotal total) throws SQLException {
        try (PreparedStatement s =
                db.prepareStatement("SELECT business_date, entry_type, points FROM ledger_closing_day"
                        + " WHERE business_date >= ? AND business_date <= ?")) {
            s.setObject(1, from);
            s.setObject(2, to);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    total.accept(r.getObject(1, LocalDate.class), r.getString(2), r.getLong(3));
                }
            }
        }
    }

    /** The folded use of lots earned from {@code from} to {@code to}, per earn date. */
    static void foldedCohorts(Connection db, LocalDate from, LocalDate to, CohortTotal total) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT earned_on, redeemed, expired FROM ledger_closing_cohort"
                + " WHERE earned_on >= ? AND earned_on <= ?")) {
            s.setObject(1, from);
            s.setObject(2, to);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    total.accept(r.getObject(1, LocalDate.class), r.getLong(2), r.getLong(3));
                }
            }
        }
    }

    /** The folded open points by expiry month. */
    static void foldedExpiry(Connection db, BiConsumer<YearMonth, Long> byMonth) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(
                "SELECT YEAR(expiry_month), MONTH(expiry_month), points FROM ledger_closing_expiry")) {
            months(s, byMonth);
        }
    }

    /** Adds points per business date and type to the folded totals. */
    static void addDays(Connection db, Map<DayKey, Long> days) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("INSERT INTO ledger_closing_day (business_date, entry_type,"
                + " points) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE points = points + VALUES(points)")) {
            for (Map.Entry<DayKey, Long> day : days.entrySet()) {
                s.setObject(1, day.getKey().businessDate());
                s.setString(2, day.getKey().entryType());
                s.setLong(3, day.getValue());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Adds redeemed and expired points ({@code [redeemed, expired]}) per earn date to the folded totals. */
    static void addCohorts(Connection db, Map<LocalDate, long[]> cohorts) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("INSERT INTO ledger_closing_cohort (earned_on, redeemed,"
                + " expired) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE redeemed = redeemed + VALUES(redeemed),"
                + " expired = expired + VALUES(expired)")) {
            for (Map.Entry<LocalDate, long[]> cohort : cohorts.entrySet()) {
                s.setObject(1, cohort.getKey());
                s.setLong(2, cohort.getValue()[0]);
                s.setLong(3, cohort.getValue()[1]);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Adds open points per expiry month to the folded totals. */
    static void addExpiry(Connection db, Map<YearMonth, Long> months) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("INSERT INTO ledger_closing_expiry (expiry_month, points)"
                + " VALUES (?, ?) ON DUPLICATE KEY UPDATE points = points + VALUES(points)")) {
            for (Map.Entry<YearMonth, Long> month : months.entrySet()) {
                s.setObject(1, month.getKey().atDay(1));
                s.setLong(2, month.getValue());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Forgets the open points by expiry month (to build them again from the lots, or not to keep them). */
    static void clearExpiry(Connection db) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("DELETE FROM ledger_closing_expiry")) {
            s.executeUpdate();
        }
    }

    /** Replaces the gaps and moves the closing on. */
    static void save(Connection db, long foldedThrough, Instant at, Optional<Instant> expiryBuiltAt, List<Gap> gaps)
            throws SQLException {
        try (PreparedStatement s = db.prepareStatement("DELETE FROM ledger_closing_gap")) {
            s.executeUpdate();
        }
        try (PreparedStatement s =
                db.prepareStatement("INSERT INTO ledger_closing_gap (first_id, last_id, found_at) VALUES (?, ?, ?)")) {
            for (Gap gap : gaps) {
                s.setLong(1, gap.ids().first());
                s.setLong(2, gap.ids().last());
                s.setTimestamp(3, Timestamp.from(gap.foundAt()));
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = db.prepareStatement(
                "UPDATE ledger_closing SET folded_through = ?, folded_at = ?," + " expiry_built_at = ? WHERE id = 1")) {
            s.setLong(1, foldedThrough);
            s.setTimestamp(2, Timestamp.from(at));
            s.setTimestamp(3, expiryBuiltAt.map(Timestamp::from).orElse(null));
            s.executeUpdate();
        }
    }

    /** {@code (column BETWEEN ? AND ? OR ...)}, one pair of parameters per range; never true for no range. */
    private static String within(String column, List<IdRange> ranges) {
        if (ranges.isEmpty()) {
            return "1 = 0";
        }
        return "("
                + String.join(
                        " OR ",
                        ranges.stream().map(r -> column + " BETWEEN ? AND ?").toList()) + ")";
    }

    /** Binds the ranges from parameter {@code index}; returns the next free index. */
    private static int bind(PreparedStatement s, int index, List<IdRange> ranges) throws SQLException {
        int next = index;
        for (IdRange range : ranges) {
            s.setLong(next++, range.first());
            s.setLong(next++, range.last());
        }
        return next;
    }

    private static void months(PreparedStatement s, BiConsumer<YearMonth, Long> byMonth) throws SQLException {
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                byMonth.accept(YearMonth.of(r.getInt(1), r.getInt(2)), r.getLong(3));
            }
        }
    }

    private static long number(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
