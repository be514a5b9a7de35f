package jp.member.points.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import jp.member.points.control.LiabilityFromClosings;
import jp.member.points.control.Programme;
import jp.member.points.control.ProgrammeRules;
import jp.member.security.Roles;
import jp.member.shared.BusinessException;

/**
 * The liability report for managers and auditors: aggregates only, no member data. Periods are Japanese business
 * dates, both ends inclusive, at most five years. It reads the ledger closings and the entries not folded into them
 * yet (decision 0014) — in one REPEATABLE READ snapshot of its own, hence no container transaction: it writes
 * nothing.
 */
@Stateless
@RolesAllowed({Roles.MANAGER, Roles.AUDITOR})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LiabilityReports {

    @Inject
    Programme programme;

    @Inject
    LiabilityFromClosings closings;

    public LiabilityReport report(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || from.plusYears(5).isBefore(to)) {
            throw new BusinessException("report.period.invalid");
        }
        ProgrammeRules rules = programme.rules();
        return LiabilityReport.of(
                from, to, closings.figures(from, to), rules.yenPerPoint(), rules.expectedRedemptionRate());
    }
}
