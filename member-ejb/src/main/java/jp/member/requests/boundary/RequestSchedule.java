package jp.member.requests.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.member.requests.control.ReplyWorker;
import jp.member.requests.control.RequestClockAlerts;
import jp.member.security.Roles;
import jp.member.shared.JobSlots;
import jp.member.shared.Traces;
import jp.member.shared.boundary.InNewTransaction;

/**
 * The requests' clock, once per slot across the instances ({@link JobSlots}): every minute, replies still queued are
 * produced (each by one instance); every quarter of an hour, alerts for replies due soon or overdue. No business
 * methods: nobody calls it.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RequestSchedule {

    private static final Logger LOG = Logger.getLogger(RequestSchedule.class.getName());

    @Inject
    JobSlots slots;

    @Inject
    ReplyWorker replies;

    @Inject
    RequestClockAlerts alerts;

    @Inject
    InNewTransaction transaction;

    @Schedule(minute = "*", hour = "*", persistent = false)
    void everyMinute() {
        if (!slots.claim("requests.replies", Duration.ofMinutes(1))) {
            return; // another instance runs this slot
        }
        replies.produceQueued();
    }

    @Schedule(minute = "*/15", hour = "*", persistent = false)
    void clock() {
        if (!slots.claim("requests.clock", Duration.ofMinutes(15))) {
            return; // another instance runs this slot
        }
        try {
            transaction.call(alerts::check);
        } catch (RuntimeException e) {
            // another instance holds the rows, or the database is away: the next run checks again
            LOG.log(Level.WARNING, () -> "Request clock check deferred: " + Traces.of(e));
        }
    }
}
