package jp.member.points.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.logging.Logger;
import jp.member.points.control.LedgerClosing;
import jp.member.security.Roles;
import jp.member.shared.JobSlots;

/**
 * The closing job (decision 0014): folds the ledger's new entries into the totals the liability report reads, every
 * night at 04:15, once across the instances ({@link JobSlots}) — after the expiry run of 01:30, so that the day's
 * expiries are folded by morning. Its steps are transactions of their own under one row lock (hence no container
 * transaction here), so running it on several instances at once, twice, or again after a crash folds each entry exactly
 * once. Runs without a caller; an administrator may start it by hand.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LedgerClosings {

    private static final Logger LOG = Logger.getLogger(LedgerClosings.class.getName());

    @Inject
    JobSlots slots;

    @Inject
    LedgerClosing closing;

    /**
     * Runs the job now, to its end, exactly as the nightly timer does (after the servers were down at night, after a
     * restore, and for the tests and benchmarks); returns what it did.
     */
    public ClosingRun closeNow() {
        long start = System.nanoTime();
        LedgerClosing.Outcome outcome = closing.run();
        return new ClosingRun(
                outcome.entriesFolded(),
                outcome.transactions(),
                outcome.foldedThrough(),
                outcome.gapsOpen(),
                outcome.expiryTotalsKept(),
                (System.nanoTime() - start) / 1e9);
    }

    @Schedule(hour = "4", minute = "15", persistent = false)
    void nightly() {
        if (!slots.claim("points.closings", Duration.ofDays(1))) {
            return; // another instance runs this slot
        }
        ClosingRun run = closeNow();
        LOG.info(() -> String.format(
                Locale.ROOT,
                "Ledger closing: %d entries folded through id %d in %.1f s (%d transactions, %d gaps open,"
                        + " expiry months %s)",
                run.entriesFolded(),
                run.foldedThrough(),
                run.seconds(),
                run.transactions(),
                run.gapsOpen(),
                run.expiryTotalsKept() ? "kept" : "read from the lots"));
    }
}
