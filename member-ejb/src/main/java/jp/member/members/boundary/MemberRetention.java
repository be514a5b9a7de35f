package jp.member.members.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AuditEventType;
import jp.member.events.control.Outbox;
import jp.member.events.entity.EventType;
import jp.member.members.control.RequestedMeasures;
import jp.member.members.entity.MemberStatus;
import jp.member.security.Roles;
import jp.member.shared.JobSlots;
import jp.member.shared.Settings;

/**
 * Erases the personal data of members withdrawn longer ago than the retention period ({@code
 * member.withdrawn.retentionDays}, default 365). Runs every night at 03:15, once across the instances ({@link
 * JobSlots}); one conditional UPDATE makes it safe to run anywhere and any number of times. Non-personal records
 * (numbers, points, access records, consent history) stay.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class MemberRetention {

    private static final Logger LOG = Logger.getLogger(MemberRetention.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    JobSlots slots;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    /** Anonymises every member whose retention period has ended; returns how many. */
    public int anonymiseDue() {
        // to the millisecond, as stored and compared below: the events find the rows this update anonymised by it
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        Instant cutoff = now.minus(Duration.ofDays(settings.intValue("member.withdrawn.retentionDays", 365)));
        int erased = em.createQuery("UPDATE Member m SET m.status = :anonymised, m.anonymisedAt = :now,"
                        + " m.sealed.keyId = NULL, m.sealed.nameKanji = NULL, m.sealed.nameKana = NULL,"
                        + " m.sealed.birthDate = NULL, m.sealed.gender = NULL, m.sealed.postalCode = NULL,"
                        + " m.sealed.prefecture = NULL, m.sealed.city = NULL, m.sealed.street = NULL,"
                        + " m.sealed.building = NULL, m.sealed.phone = NULL, m.sealed.email = NULL,"
                        + " m.sealed.phoneIndex = NULL, m.sealed.emailIndex = NULL, m.sealed.kanaBirthIndex = NULL,"
                        + " m.version = m.version + 1"
                        + " WHERE m.status = :withdrawn AND m.withdrawnAt < :cutoff")
                .setParameter("anonymised", MemberStatus.ANONYMISED)
                .setParameter("withdrawn", MemberStatus.WITHDRAWN)
                .setParameter("now", now)
                .setParameter("cutoff", cutoff)
                .executeUpdate();
        if (erased > 0) {
            outbox.membersWhere(
                    EventType.MEMBER_ANONYMISED,
                    "m.status = 'ANONYMISED' AND m.anonymised_at = ?",
                    List.of(now),
                    now,
                    RequestedMeasures.ANONYMISED_FIELDS);
            audit.record(AuditEvent.of(AuditEventType.MEMBER_ANONYMISED)
                    .by("system", jp.member.audit.entity.AuditEntry.ActorKind.SYSTEM)
                    .target("members:" + erased));
            LOG.info(() -> "Anonymised " + erased + " withdrawn member(s) past retention");
        }
        return erased;
    }

    @Schedule(hour = "3", minute = "15", persistent = false)
    void nightly() {
        if (!slots.claim("members.retention", Duration.ofDays(1))) {
            return; // another instance runs this slot
        }
        anonymiseDue();
    }
}
