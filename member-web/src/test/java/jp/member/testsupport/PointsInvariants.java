package jp.member.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

/**
 * The points invariants, read straight from the database: for a member, the account balance = the sum of their
 * ledger entries = the sum of their lots' remaining points, never negative; every lot's remainder is the sum of its
 * movements and every entry's points the sum of the lot movements it made; every entry says who, when and why.
 */
public final class PointsInvariants {

    private PointsInvariants() {}

    /** Asserts the invariants for the member and returns the balance. */
    public static long hold(long memberId) throws SQLException {
        long balance = number("SELECT COALESCE(MAX(balance), 0) FROM point_account WHERE member_id = ?", memberId);
        long entries = number("SELECT COALESCE(SUM(points), 0) FROM ledger_entry WHERE member_id = ?", memberId);
        long lots = number("SELECT COALESCE(SUM(remaining_points), 0) FROM point_lot WHERE member_id = ?", memberId);

        assertThat(balance).as("balance").isEqualTo(entries).isEqualTo(lots).isNotNegative();
        assertThat(number(
                        "SELECT COUNT(*) FROM point_lot l WHERE l.member_id = ? AND (l.remaining_points < 0"
                                + " OR l.remaining_points <> (SELECT COALESCE(SUM(m.points), 0) FROM lot_movement m"
                                + " WHERE m.lot_id = l.id))",
                        memberId))
                .as("lots whose remainder is not the sum of their movements")
                .isZero();
        assertThat(number(
                        "SELECT COUNT(*) FROM ledger_entry e WHERE e.member_id = ? AND e.points <>"
                                + " (SELECT COALESCE(SUM(m.points), 0) FROM lot_movement m WHERE m.entry_id = e.id)",
                        memberId))
                .as("entries whose points are not the sum of their lot movements")
                .isZero();
        assertThat(number(
                        "SELECT COUNT(*) FROM ledger_entry WHERE member_id = ? AND (actor = ''"
                                + " OR actor_kind NOT IN ('STAFF', 'CLIENT', 'SYSTEM') OR reason IS NULL OR reason = ''"
                                + " OR occurred_at IS NULL)",
                        memberId))
                .as("entries that do not say who, when and why")
                .isZero();
        return balance;
    }

    /** How many entries of the type the member has. */
    public static long entries(long memberId, String type) throws SQLException {
        return number("SELECT COUNT(*) FROM ledger_entry WHERE member_id = ? AND entry_type = ?", memberId, type);
    }

    /** All of the member's entries, any type. */
    public static long entries(long memberId) throws SQLException {
        return number("SELECT COUNT(*) FROM ledger_entry WHERE member_id = ?", memberId);
    }

    private static long number(String sql, Object... parameters) throws SQLException {
        return ((Number) TestDatabase.scalar(sql, parameters)).longValue();
    }
}
