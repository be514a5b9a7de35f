package jp.member.points.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.member.points.control.Programme;
import jp.member.points.control.ProgrammeRules;
import jp.member.points.entity.EntryType;
import jp.member.points.rules.Liability;
import jp.member.security.Roles;
import jp.member.shared.BusinessException;

/**
 * The liability report for managers and auditors: aggregates only, no member data. Periods are Japanese business
 * dates, both ends inclusive, at most five years.
 */
@Stateless
@RolesAllowed({Roles.MANAGER, Roles.AUDITOR})
public class LiabilityReports {

    @Inject
    Programme programme;

    @PersistenceContext
    EntityManager em;

    public LiabilityReport report(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || from.plusYears(5).isBefore(to)) {
            throw new BusinessException("report.period.invalid");
        }
        long opening = ((Number) em.createQuery(
                                "SELECT COALESCE(SUM(e.points), 0) FROM LedgerEntry e WHERE e.businessDate < :from",
                                Object.class)
                        .setParameter("from", from)
                        .getSingleResult())
                .longValue();
        Map<EntryType, Long> byType = new EnumMap<>(EntryType.class);
        em.createQuery(
                        "SELECT e.type, SUM(e.points) FROM LedgerEntry e WHERE e.businessDate >= :from"
                                + " AND e.businessDate <= :to GROUP BY e.type",
                        Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .forEach(r -> byType.put((EntryType) r[0], ((Number) r[1]).longValue()));
        long issued = byType.getOrDefault(EntryType.EARN, 0L);
        long redeemed = -byType.getOrDefault(EntryType.REDEEM, 0L);
        long expired = -byType.getOrDefault(EntryType.EXPIRY, 0L) - byType.getOrDefault(EntryType.FORFEIT, 0L);
        long reversedAndAdjusted = byType.getOrDefault(EntryType.REVERSAL, 0L)
                + byType.getOrDefault(EntryType.ADJUSTMENT, 0L)
                + byType.getOrDefault(EntryType.TRANSFER, 0L);
        long closing = opening + issued - redeemed - expired + reversedAndAdjusted;
        ProgrammeRules rules = programme.rules();
        return new LiabilityReport(
                from,
                to,
                opening,
                issued,
                redeemed,
                expired,
                reversedAndAdjusted,
                closing,
                rules.yenPerPoint(),
                rules.expectedRedemptionRate(),
                Liability.liabilityYen(closing, rules.yenPerPoint(), rules.expectedRedemptionRate()),
                outstandingByExpiryMonth(),
                cohorts(from, to));
    }

    private List<LiabilityReport.ExpiryMonth> outstandingByExpiryMonth() {
        List<?> rows = em.createNativeQuery(
                        "SELECT DATE_FORMAT(expires_on, '%Y-%m') AS month,"
                                + " SUM(remaining_points) FROM point_lot WHERE remaining_points > 0 GROUP BY month ORDER BY month")
                .getResultList();
        List<LiabilityReport.ExpiryMonth> months = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            months.add(new LiabilityReport.ExpiryMonth((String) r[0], ((Number) r[1]).longValue()));
        }
        return months;
    }

    /** Per month of earning within the period: issued, then redeemed and expired from those very lots. */
    private List<LiabilityReport.Cohort> cohorts(LocalDate from, LocalDate to) {
        Map<String, long[]> byMonth = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("SELECT DATE_FORMAT(l.earned_on, '%Y-%m') AS month,"
                        + " SUM(l.original_points) FROM point_lot l JOIN ledger_entry s ON s.id = l.source_entry_id"
                        + " WHERE s.entry_type = 'EARN' AND l.earned_on >= ?1 AND l.earned_on <= ?2"
                        + " GROUP BY month ORDER BY month")
                .setParameter(1, from)
                .setParameter(2, to)
                .getResultList()) {
            Object[] r = (Object[]) row;
            byMonth.put((String) r[0], new long[] {((Number) r[1]).longValue(), 0, 0});
        }
        for (Object row : em.createNativeQuery("SELECT DATE_FORMAT(l.earned_on, '%Y-%m') AS month, e.entry_type,"
                        + " SUM(mv.points) FROM point_lot l JOIN ledger_entry s ON s.id = l.source_entry_id"
                        + " JOIN lot_movement mv ON mv.lot_id = l.id JOIN ledger_entry e ON e.id = mv.entry_id"
                        + " WHERE s.entry_type = 'EARN' AND l.earned_on >= ?1 AND l.earned_on <= ?2"
                        + " AND e.entry_type IN ('REDEEM', 'REVERSAL', 'EXPIRY', 'FORFEIT')"
                        // a reversed earn taking its points back is neither redemption nor breakage
                        + " AND NOT (e.entry_type = 'REVERSAL' AND e.points < 0)"
                        + " GROUP BY month, e.entry_type")
                .setParameter(1, from)
                .setParameter(2, to)
                .getResultList()) {
            Object[] r = (Object[]) row;
            long[] cohort = byMonth.get((String) r[0]);
            long points = -((Number) r[2]).longValue();
            switch ((String) r[1]) {
                case "REDEEM", "REVERSAL" -> cohort[1] += points;
                default -> cohort[2] += points;
            }
        }
        List<LiabilityReport.Cohort> cohorts = new ArrayList<>();
        byMonth.forEach((month, c) -> cohorts.add(new LiabilityReport.Cohort(
                month, c[0], c[1], c[2], Liability.rate(c[1], c[0]), Liability.rate(c[2], c[0]))));
        return cohorts;
    }
}
