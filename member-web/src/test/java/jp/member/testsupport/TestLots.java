package jp.member.testsupport;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/** Point lots and their expiry, arranged and read straight in the database. */
public final class TestLots {

    private TestLots() {}

    /** The member's lots, in order of creation. */
    public static List<Long> ids(long memberId) throws SQLException {
        return TestDatabase.rows("SELECT id FROM point_lot WHERE member_id = ? ORDER BY id", memberId).stream()
                .map(row -> ((Number) row[0]).longValue())
                .toList();
    }

    /** Test set-up: the lot's date passed yesterday (the ledger's sums do not depend on it). */
    public static void due(long lotId, LocalDate today) throws SQLException {
        TestDatabase.update("UPDATE point_lot SET expires_on = ? WHERE id = ?", today.minusDays(1), lotId);
    }

    public static long remaining(long lotId) throws SQLException {
        return number("SELECT remaining_points FROM point_lot WHERE id = ?", lotId);
    }

    public static long member(long lotId) throws SQLException {
        return number("SELECT member_id FROM point_lot WHERE id = ?", lotId);
    }

    /** How many EXPIRY entries moved points out of the lot (one at most, ever). */
    public static long expiries(long lotId) throws SQLException {
        return number(
                "SELECT COUNT(*) FROM lot_movement m JOIN ledger_entry e ON e.id = m.entry_id"
                        + " WHERE m.lot_id = ? AND e.entry_type = 'EXPIRY'",
                lotId);
    }

    /**
     * The lot's EXPIRY entry as the tests compare it: member, points, business date, actor, actor kind, reason, and
     * the points its movement took from this lot.
     */
    public static List<Object> expiry(long lotId) throws SQLException {
        Object[] row = TestDatabase.rows(
                        "SELECT e.member_id, e.points, e.business_date, e.actor, e.actor_kind, e.reason, m.points"
                                + " FROM lot_movement m JOIN ledger_entry e ON e.id = m.entry_id"
                                + " WHERE m.lot_id = ? AND e.entry_type = 'EXPIRY'",
                        lotId)
                .get(0);
        return List.of(
                ((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(),
                ((java.sql.Date) row[2]).toLocalDate(),
                row[3],
                row[4],
                row[5],
                ((Number) row[6]).longValue());
    }

    private static long number(String sql, Object... parameters) throws SQLException {
        return ((Number) TestDatabase.scalar(sql, parameters)).longValue();
    }
}
