package jp.member.incidents.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.member.incidents.control.ClockAlerts;
import jp.member.security.Roles;
import jp.member.shared.JobSlots;
import jp.member.shared.Traces;
import jp.member.shared.boundary.InNewTransaction;

/**
 * Every quarter of an hour, once per slot across the instances ({@link JobSlots}): alerts for reports to the PPC due
 * within the configured days or overdue ({@link ClockAlerts}; each raised once). No business methods: nobody calls it.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IncidentClockSchedule {

    private static final Logger LOG = Logger.getLogger(IncidentClockSchedule.class.getName());

    @Inject
    JobSlots slots;

    @Inject
    ClockAlerts alerts;

    @Inject
    InNewTransaction transaction;

    @Schedule(minute = "*/15", hour = "*", persistent = false)
    void check() {
        if (!slots.claim("incidents.clock", Duration.ofMinutes(15))) {
            return; // another instance runs this slot
        }
        try {
            transaction.call(alerts::check);
        } catch (RuntimeException e) {
            // another instance holds the rows, or the database is away: the next run checks again
            LOG.log(Level.WARNING, () -> "Incident clock check deferred: " + Traces.of(e));
        }
    }
}
