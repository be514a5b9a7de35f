package jp.member.exports.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.member.exports.control.ExportHousekeeping;
import jp.member.security.Roles;
import jp.member.shared.JobSlots;
import jp.member.shared.Traces;

/**
 * The export workflow's clock, once per slot across the instances ({@link JobSlots}): every minute overdue requests
 * expire, spent files are deleted, stopped generations fail cleanly and missed starts are started; every night at 04:30
 * records past retention go. No business methods: nobody calls it.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExportSchedule {

    private static final Logger LOG = Logger.getLogger(ExportSchedule.class.getName());

    @Inject
    JobSlots slots;

    @Inject
    ExportHousekeeping housekeeping;

    @Schedule(minute = "*", hour = "*", persistent = false)
    void everyMinute() {
        if (!slots.claim("exports.housekeeping", Duration.ofMinutes(1))) {
            return; // another instance runs this slot
        }
        try {
            housekeeping.run();
        } catch (RuntimeException e) {
            // a lock held by another instance, or the database is away: the next minute does it
            LOG.log(Level.WARNING, () -> "Export housekeeping deferred: " + Traces.of(e));
        }
    }

    @Schedule(hour = "4", minute = "30", persistent = false)
    void nightly() {
        if (!slots.claim("exports.purge", Duration.ofDays(1))) {
            return; // another instance runs this slot
        }
        while (housekeeping.purgePastRetention() > 0) {
            // in batches of 1,000
        }
    }
}
