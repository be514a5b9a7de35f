package jp.member.monitoring.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.member.monitoring.control.AlertEvaluator;
import jp.member.security.Roles;
import jp.member.shared.JobSlots;
import jp.member.shared.Traces;
import jp.member.shared.boundary.InNewTransaction;

/**
 * Evaluates the alert rules every 10 seconds, once per slot across the instances ({@link JobSlots}; were two to run,
 * they would take turns, see {@link AlertEvaluator}). With
 * the trail linked every 5 seconds, an alert is raised within about 20 seconds of the access that triggers it. No
 * business methods: nobody calls it.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AlertSchedule {

    static final int BATCH = 5000;
    private static final Logger LOG = Logger.getLogger(AlertSchedule.class.getName());

    @Inject
    JobSlots slots;

    @Inject
    AlertEvaluator evaluator;

    @Inject
    InNewTransaction transaction;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    void evaluate() {
        if (!slots.claim("alerts.evaluate", Duration.ofSeconds(10))) {
            return; // another instance runs this slot
        }
        try {
            while (transaction.call(() -> evaluator.evaluate(BATCH)) == BATCH) {
                // more of the trail to evaluate
            }
        } catch (RuntimeException e) {
            // another instance is evaluating, or the database is away: the next run continues from the cursor
            LOG.log(Level.WARNING, () -> "Alert evaluation deferred: " + Traces.of(e));
        }
    }
}
