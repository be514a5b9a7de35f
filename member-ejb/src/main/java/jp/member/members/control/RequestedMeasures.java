package jp.member.members.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AuditEventType;
import jp.member.events.control.Outbox;
import jp.member.events.entity.EventType;
import jp.member.members.boundary.MemberInput;
import jp.member.members.entity.ConsentChannel;
import jp.member.members.entity.EnrolmentChannel;
import jp.member.members.entity.Member;
import jp.member.members.entity.MemberEvent;
import jp.member.members.entity.MemberStatus;
import jp.member.members.entity.PersonalData;
import jp.member.members.entity.PersonalField;
import jp.member.shared.NotFoundException;

/**
 * What a member's accepted request (APPI Art. 34, 35) does to their record, through the same paths as every other
 * change: the correction re-seals the data as a contact change does; a stop of use turns every consent off as the
 * member would on the phone and marks them so that exports leave them out; erasure is a withdrawal (points forfeited)
 * followed at once by the anonymisation the retention job would do later. Each is in the trail with the request's
 * reference; the caller holds the transaction.
 */
@ApplicationScoped
public class RequestedMeasures {

    @PersistenceContext
    EntityManager em;

    @Inject
    PersonalDataVault vault;

    @Inject
    Consents consents;

    @Inject
    Clock clock;

    @Inject
    Event<MemberEvent> events;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    /** What an anonymisation changes: the status and every personal field (names only, in the event). */
    public static final String[] ANONYMISED_FIELDS = java.util.stream.Stream.concat(
                    java.util.stream.Stream.of("status"),
                    java.util.Arrays.stream(PersonalField.values()).map(PersonalField::column))
            .toArray(String[]::new);

    /** The member the request is about, locked for the measure; an erased member is not found. */
    public Member lock(long memberId) {
        Member member = em.find(Member.class, memberId, LockModeType.PESSIMISTIC_WRITE);
        if (member == null || member.getStatus() == MemberStatus.ANONYMISED) {
            throw new NotFoundException("member.notFound");
        }
        return member;
    }

    /** Refuses true values that would not make a valid record (nothing is changed or shown). */
    public void checkCorrection(Member member, MemberInput values, Set<PersonalField> fields, LocalDate today) {
        MemberRules.corrected(vault.open(member.getSealed(), member.getDataRef()), values, fields, today);
    }

    /** Each field in {@code fields} takes its true value; the whole record is checked as at enrolment. */
    public void correct(Member member, MemberInput values, Set<PersonalField> fields, LocalDate today, String ref) {
        PersonalData current = vault.open(member.getSealed(), member.getDataRef());
        PersonalData corrected = MemberRules.corrected(current, values, fields, today);
        member.reseal(vault.seal(corrected, member.getDataRef()));
        String[] changed = current.changedFields(corrected);
        if (changed.length > 0) {
            outbox.member(EventType.MEMBER_CORRECTED, member.getId(), changed);
        }
        audit.record(AuditEvent.of(AuditEventType.MEMBER_CORRECTED)
                .member(member.getId())
                .fields(fields.stream().map(PersonalField::column).sorted().collect(Collectors.joining(",")))
                .target("member-request:" + ref));
    }

    /** Every marketing consent off, and left out of exports from now on. */
    public void stopUse(Member member, String by, String ref) {
        for (ConsentChannel channel : ConsentChannel.values()) {
            consents.change(member, channel, false, by, EnrolmentChannel.MEMBER_REQUEST);
        }
        member.stopUse(clock.instant());
        audit.record(AuditEvent.of(AuditEventType.MEMBER_USE_STOPPED)
                .member(member.getId())
                .target("member-request:" + ref));
    }

    /** Left out of exports from now on (every export may go to a third party once approved). */
    public void stopProvision(Member member, String ref) {
        member.stopProvision(clock.instant());
        audit.record(AuditEvent.of(AuditEventType.MEMBER_PROVISION_STOPPED)
                .member(member.getId())
                .target("member-request:" + ref));
    }

    /**
     * Withdrawn (if not already: the points are forfeited as at any withdrawal) and anonymised now. The number, the
     * points ledger, the consent history and the access records stay: none of them holds a personal value.
     */
    public void erase(Member member, String ref) {
        boolean wasMember = member.getStatus().isFindable();
        member.eraseAtRequest(clock.instant());
        if (wasMember) {
            events.fire(new MemberEvent.Withdrawn(member.getId()));
            outbox.member(EventType.MEMBER_WITHDRAWN, member.getId(), "status");
        }
        outbox.member(EventType.MEMBER_ANONYMISED, member.getId(), ANONYMISED_FIELDS);
        audit.record(AuditEvent.of(AuditEventType.MEMBER_ERASED)
                .member(member.getId())
                .target("member-request:" + ref));
    }
}
