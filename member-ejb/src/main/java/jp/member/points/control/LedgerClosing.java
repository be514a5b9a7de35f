package jp.member.points.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import jp.member.points.control.ClosingQueries.DayKey;
import jp.member.points.control.ClosingQueries.Gap;
import jp.member.points.rules.CohortUse;
import jp.member.points.rules.ExpiryTotalsRule;
import jp.member.points.rules.IdCoverage;
import jp.member.points.rules.IdRange;
import jp.member.shared.BusinessTime;

/**
 * The closing job's work: folds the ledger's entries, by ascending id, into the totals the liability report reads
 * (decision 0014) — points per business date and type, what was redeemed and expired out of the lots of each earn
 * date, open points by expiry month. Each step is one REPEATABLE READ transaction that first locks the one {@code
 * ledger_closing} row, then reads one snapshot: it folds every entry that snapshot shows with an id in the next
 * {@value #STEP} ids, and the ids it does not show (not committed yet, or rolled back) become gaps that later steps
 * look at again. So an entry is folded exactly once whenever its transaction commits and whatever its date, and the
 * job may run on several instances at once, twice, or again after a crash.
 */
@ApplicationScoped
public class LedgerClosing {

    /** The most ids one transaction folds. */
    static final long STEP = 2_000_000;

    /** A gap still not filled after this long is an insert that was rolled back: it is no longer looked at. */
    static final Duration GAP_KEPT = Duration.ofDays(7);

    /** What one run did. */
    public record Outcome(
            long entriesFolded, int transactions, long foldedThrough, int gapsOpen, boolean expiryTotalsKept) {}

    private record Step(long entries, boolean caughtUp, long foldedThrough, int gapsOpen, boolean expiryTotalsKept) {}

    @Resource(lookup = "jdbc/member")
    DataSource dataSource;

    @Inject
    BusinessTime time;

    @Inject
    ExpiryRuleHistory expiryRule;

    /** Folds, one step after another, until every entry committed when the last step began is folded. */
    public Outcome run() {
        boolean moves = expiryRule.movesNow();
        Optional<Instant> movingRuleEnded = expiryRule.movingRuleEnded();
        long entries = 0;
        int transactions = 0;
        Step step;
        do {
            step = ClosingQueries.repeatableRead(dataSource, db -> fold(db, moves, movingRuleEnded));
            entries += step.entries();
            transactions++;
        } while (!step.caughtUp());
        return new Outcome(entries, transactions, step.foldedThrough(), step.gapsOpen(), step.expiryTotalsKept());
    }

    private Step fold(Connection db, boolean moves, Optional<Instant> movingRuleEnded) throws SQLException {
        ClosingQueries.Closing closing = ClosingQueries.closing(db, true);
        Instant now = time.now();
        long folded = closing.foldedThrough();
        long top = ClosingQueries.lastId(db);
        long next = ClosingQueries.nextId(db, folded);
        long through = next == 0 ? folded : Math.min(top, next + STEP - 1);
        boolean caughtUp = through >= top;
        List<IdRange> ranges = new ArrayList<>();
        closing.gaps().forEach(g -> ranges.add(g.ids()));
        if (through > folded) {
            ranges.add(new IdRange(folded + 1, through));
        }

        Optional<Instant> expiryBuilt = closing.expiryBuiltAt();
        boolean keepExpiry = ExpiryTotalsRule.usable(moves, movingRuleEnded, expiryBuilt);
        if (expiryBuilt.isPresent() && !keepExpiry) {
            ClosingQueries.clearExpiry(db);
            expiryBuilt = Optional.empty();
        }
        IdCoverage coverage = new IdCoverage(ranges);
        Map<DayKey, Long> days = new HashMap<>();
        Map<LocalDate, long[]> cohorts = new HashMap<>();
        Map<YearMonth, Long> expiry = new HashMap<>();
        long[] entries = {0};
        if (!ranges.isEmpty()) {
            ClosingQueries.entries(db, ranges, (id, date, type, points) -> {
                coverage.seen(id);
                entries[0]++;
                days.merge(new DayKey(date, type), points, Long::sum);
            });
            ClosingQueries.lotMovements(db, ranges, (earnedOn, type, takes, points) -> CohortUse.of(type, takes)
                    .ifPresent(use -> cohorts.computeIfAbsent(earnedOn, d -> new long[2])[use.ordinal()] -= points));
            if (keepExpiry) {
                ClosingQueries.expiryMovements(db, ranges, (month, points) -> expiry.merge(month, points, Long::sum));
            }
        }
        if (expiryBuilt.isEmpty() && caughtUp && ExpiryTotalsRule.buildable(moves, movingRuleEnded, now)) {
            // everything this snapshot shows is folded by the end of this step: the lots now are the folded ledger
            ClosingQueries.clearExpiry(db);
            ClosingQueries.lotsByExpiryMonth(db, (month, points) -> expiry.merge(month, points, Long::sum));
            expiryBuilt = Optional.of(now);
        }
        ClosingQueries.addDays(db, days);
        ClosingQueries.addCohorts(db, cohorts);
        ClosingQueries.addExpiry(db, expiry);
        List<Gap> gaps = stillMissing(ranges, coverage.missing(), closing.gaps(), now);
        ClosingQueries.save(db, Math.max(folded, through), now, expiryBuilt, gaps);
        return new Step(entries[0], caughtUp, Math.max(folded, through), gaps.size(), expiryBuilt.isPresent());
    }

    /**
     * The ids still to look at: what was not seen of the old gaps (found when they were found) and of the new range
     * (found now), except gaps older than {@link #GAP_KEPT}.
     */
    private static List<Gap> stillMissing(
            List<IdRange> ranges, List<List<IdRange>> missing, List<Gap> oldGaps, Instant now) {
        List<Gap> gaps = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            Instant found = i < oldGaps.size() ? oldGaps.get(i).foundAt() : now;
            if (found.plus(GAP_KEPT).isAfter(now)) {
                missing.get(i).forEach(ids -> gaps.add(new Gap(ids, found)));
            }
        }
        return gaps;
    }
}
