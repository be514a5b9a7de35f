package jp.member.points.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import jp.member.points.rules.ExpiryTotalsRule;
import jp.member.points.rules.IdRange;
import jp.member.points.rules.LiabilityFigures;
import jp.member.points.rules.LiabilityTally;

/**
 * The liability report's figures from the closings (decision 0014): the totals the closing job folded, plus the
 * entries it has not folded yet — those above the folded id and in its gaps, normally the last day's — read live by
 * the same queries, all in one snapshot. Exactly what {@link LiabilityComputation} computes from the whole ledger, at
 * the cost of a day's entries instead of all of them. Open points by expiry month come from the closings while the
 * expiry rule keeps lots where they are ({@link ExpiryTotalsRule}), from the lots otherwise.
 */
@ApplicationScoped
public class LiabilityFromClosings {

    @Resource(lookup = "jdbc/member")
    DataSource dataSource;

    @Inject
    ExpiryRuleHistory expiryRule;

    /** The figures for the period, both ends included; call with no transaction active. */
    public LiabilityFigures figures(LocalDate from, LocalDate to) {
        boolean moves = expiryRule.movesNow();
        Optional<Instant> movingRuleEnded = expiryRule.movingRuleEnded();
        return ClosingQueries.repeatableRead(dataSource, db -> {
            ClosingQueries.Closing closing = ClosingQueries.closing(db, false);
            List<IdRange> unfolded = closing.unfolded();
            LiabilityTally tally = new LiabilityTally(from, to);
            tally.before(ClosingQueries.foldedBefore(db, from));
            ClosingQueries.foldedDays(db, from, to, tally::entries);
            ClosingQueries.entryTotals(db, unfolded, tally::entries);
            ClosingQueries.foldedCohorts(db, from, to, tally::used);
            ClosingQueries.lotMovements(db, unfolded, tally::lotMovements);
            if (ExpiryTotalsRule.usable(moves, movingRuleEnded, closing.expiryBuiltAt())) {
                ClosingQueries.foldedExpiry(db, tally::outstanding);
                ClosingQueries.expiryMovements(db, unfolded, tally::outstanding);
            } else {
                ClosingQueries.lotsByExpiryMonth(db, tally::outstanding);
            }
            return tally.figures();
        });
    }
}
