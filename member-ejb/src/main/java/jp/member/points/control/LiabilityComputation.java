package jp.member.points.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.sql.DataSource;
import jp.member.points.entity.EntryType;
import jp.member.points.rules.LiabilityFigures;

/**
 * The liability report's figures computed from the whole ledger and every lot, as the report did before the closings
 * (issue 4): aggregate queries over every entry, lot and movement — a minute at ten million entries. Kept as the
 * definition the closings are checked against (the reconciliation test, the benchmark); the report itself reads
 * {@link LiabilityFromClosings}.
 */
@ApplicationScoped
public class LiabilityComputation {

    @Resource(lookup = "jdbc/member")
    DataSource dataSource;

    /** The figures for the period, both ends included, in one snapshot; call with no transaction active. */
    public LiabilityFigures figures(LocalDate from, LocalDate to) {
        return ClosingQueries.repeatableRead(dataSource, db -> {
            long opening;
            try (PreparedStatement s =
                    db.prepareStatement("SELECT COALESCE(SUM(points), 0) FROM ledger_entry WHERE business_date < ?")) {
                s.setObject(1, from);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    opening = r.getLong(1);
                }
            }
            Map<EntryType, Long> byType = new EnumMap<>(EntryType.class);
            try (PreparedStatement s = db.prepareStatement("SELECT entry_type, SUM(points) FROM ledger_entry"
                    + " WHERE business_date >= ? AND business_date <= ? GROUP BY entry_type")) {
                s.setObject(1, from);
                s.setObject(2, to);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        byType.put(EntryType.valueOf(r.getString(1)), r.getLong(2));
                    }
                }
            }
            long issued = byType.getOrDefault(EntryType.EARN, 0L);
            long redeemed = -byType.getOrDefault(EntryType.REDEEM, 0L);
            long expired = -byType.getOrDefault(EntryType.EXPIRY, 0L) - byType.getOrDefault(EntryType.FORFEIT, 0L);
            long reversedAndAdjusted = byType.getOrDefault(EntryType.REVERSAL, 0L)
                    + byType.getOrDefault(EntryType.ADJUSTMENT, 0L)
                    + byType.getOrDefault(EntryType.TRANSFER, 0L);
            return new LiabilityFigures(
                    opening,
                    issued,
                    redeemed,
                    expired,
                    reversedAndAdjusted,
                    outstandingByExpiryMonth(db),
                    cohorts(db, from, to));
        });
    }

    private static SortedMap<YearMonth, Long> outstandingByExpiryMonth(Connection db) throws SQLException {
        SortedMap<YearMonth, Long> months = new TreeMap<>();
        try (PreparedStatement s = db.prepareStatement(
                        "SELECT DATE_FORMAT(expires_on, '%Y-%m') AS month,"
                                + " SUM(remaining_points) FROM point_lot WHERE remaining_points > 0 GROUP BY month ORDER BY month");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                months.put(YearMonth.parse(r.getString(1)), r.getLong(2));
            }
        }
        return months;
    }

    /** Per month of earning within the period: issued, then redeemed and expired from those very lots. */
    private static SortedMap<YearMonth, LiabilityFigures.Cohort> cohorts(Connection db, LocalDate from, LocalDate to)
            throws SQLException {
        Map<String, long[]> byMonth = new TreeMap<>();
        try (PreparedStatement s = db.prepareStatement("SELECT DATE_FORMAT(l.earned_on, '%Y-%m') AS month,"
                + " SUM(l.original_points) FROM point_lot l JOIN ledger_entry s ON s.id = l.source_entry_id"
                + " WHERE s.entry_type = 'EARN' AND l.earned_on >= ? AND l.earned_on <= ?"
                + " GROUP BY month ORDER BY month")) {
            s.setObject(1, from);
            s.setObject(2, to);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    byMonth.put(r.getString(1), new long[] {r.getLong(2), 0, 0});
                }
            }
        }
        try (PreparedStatement s =
                db.prepareStatement("SELECT DATE_FORMAT(l.earned_on, '%Y-%m') AS month, e.entry_type,"
                        + " SUM(mv.points) FROM point_lot l JOIN ledger_entry s ON s.id = l.source_entry_id"
                        + " JOIN lot_movement mv ON mv.lot_id = l.id JOIN ledger_entry e ON e.id = mv.entry_id"
                        + " WHERE s.entry_type = 'EARN' AND l.earned_on >= ? AND l.earned_on <= ?"
                        + " AND e.entry_type IN ('REDEEM', 'REVERSAL', 'EXPIRY', 'FORFEIT')"
                        // a reversed earn taking its points back is neither redemption nor breakage
                        + " AND NOT (e.entry_type = 'REVERSAL' AND e.points < 0)"
                        + " GROUP BY month, e.entry_type")) {
            s.setObject(1, from);
            s.setObject(2, to);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long[] cohort = byMonth.get(r.getString(1));
                    long points = -r.getLong(3);
                    switch (r.getString(2)) {
                        case "REDEEM", "REVERSAL" -> cohort[1] += points;
                        default -> cohort[2] += points;
                    }
                }
            }
        }
        SortedMap<YearMonth, LiabilityFigures.Cohort> cohorts = new TreeMap<>();
        byMonth.forEach(
                (month, c) -> cohorts.put(YearMonth.parse(month), new LiabilityFigures.Cohort(c[0], c[1], c[2])));
        return cohorts;
    }
}
