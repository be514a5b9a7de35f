package jp.member.members.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AuditEventType;
import jp.member.events.control.Outbox;
import jp.member.events.entity.EventType;
import jp.member.members.control.Consents;
import jp.member.members.control.MemberDirectory;
import jp.member.members.control.MemberRules;
import jp.member.members.control.PersonalDataVault;
import jp.member.members.entity.ConsentChannel;
import jp.member.members.entity.EnrolmentChannel;
import jp.member.members.entity.Member;
import jp.member.members.entity.MemberEvent;
import jp.member.members.entity.PersonalData;
import jp.member.members.entity.RetiredNumber;
import jp.member.security.Roles;

/**
 * Changes to a member by staff: contact data, consent, a lost card, withdrawal; and, for managers, suspension and
 * the merge of duplicates. Each is one transaction; bad input changes nothing.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.MANAGER})
public class MemberMaintenance {

    @Inject
    MemberDirectory directory;

    @Inject
    Consents consents;

    @Inject
    PersonalDataVault vault;

    @Inject
    Clock clock;

    @Inject
    Event<MemberEvent> events;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    /** New address, phone and e-mail (all validated first; names and birth date are not contact data). */
    public void changeContact(String ref, MemberInput contact) {
        Member member = directory.findableByRef(ref);
        PersonalData current = vault.open(member.getSealed(), member.getDataRef());
        PersonalData changed = MemberRules.withContact(current, contact);
        member.reseal(vault.seal(changed, member.getDataRef()));
        contactChanged(outbox, member.getId(), current, changed);
        audit.record(AuditEvent.of(AuditEventType.MEMBER_CONTACT_CHANGED)
                .member(member.getId())
                .fields("address,phone,email"));
    }

    /** Grants or withdraws marketing consent for one channel, as asked on the phone; the change is kept. */
    public void changeConsent(String ref, ConsentChannel channel, boolean granted) {
        consents.change(
                directory.findableByRef(ref),
                channel,
                granted,
                context.getCallerPrincipal().getName(),
                EnrolmentChannel.CALL_CENTRE);
    }

    /** A lost or stolen card: a new number; the old one is blocked for ever. Points and history stay with the member. */
    public String reissueCard(String ref) {
        Member member = directory.findableByRef(ref);
        em.persist(new RetiredNumber(
                member.getMemberNumber(), member.getId(), RetiredNumber.Reason.LOST, clock.instant()));
        member.renumber(directory.unusedNumber());
        audit.record(AuditEvent.of(AuditEventType.MEMBER_CARD_REISSUED).member(member.getId()));
        return member.getMemberNumber().formatted();
    }

    /** 退会: the member can no longer be found and their points are forfeited; personal data goes after retention. */
    public void withdraw(String ref) {
        Member member = directory.findableByRef(ref);
        member.withdraw(clock.instant());
        events.fire(new MemberEvent.Withdrawn(member.getId()));
        outbox.member(EventType.MEMBER_WITHDRAWN, member.getId(), "status");
        audit.record(AuditEvent.of(AuditEventType.MEMBER_WITHDRAWN).member(member.getId()));
    }

    /** The event of a contact change, naming the fields whose values changed; none when nothing did. */
    static void contactChanged(Outbox outbox, long memberId, PersonalData before, PersonalData after) {
        String[] fields = before.changedFields(after);
        if (fields.length > 0) {
            outbox.member(EventType.MEMBER_CONTACT_CHANGED, memberId, fields);
        }
    }

    @RolesAllowed(Roles.MANAGER)
    public void suspend(String ref) {
        Member member = directory.findableByRef(ref);
        member.suspend();
        audit.record(AuditEvent.of(AuditEventType.MEMBER_SUSPENDED).member(member.getId()));
    }

    @RolesAllowed(Roles.MANAGER)
    public void reactivate(String ref) {
        Member member = directory.findableByRef(ref);
        member.reactivate();
        audit.record(AuditEvent.of(AuditEventType.MEMBER_REACTIVATED).member(member.getId()));
    }

    /**
     * Merges a duplicate into the member who stays. The duplicate's numbers keep working and lead to the survivor;
     * its points, lots and history move with the {@link MemberEvent.Merged} event.
     */
    @RolesAllowed(Roles.MANAGER)
    public void merge(String survivorRef, String duplicateRef) {
        Member survivor = directory.findableByRef(survivorRef);
        Member duplicate = directory.findableByRef(duplicateRef);
        duplicate.mergeInto(survivor);
        em.persist(new RetiredNumber(
                duplicate.getMemberNumber(), survivor.getId(), RetiredNumber.Reason.MERGED, clock.instant()));
        List<RetiredNumber> older = em.createQuery(
                        "SELECT r FROM RetiredNumber r WHERE r.memberId = :id", RetiredNumber.class)
                .setParameter("id", duplicate.getId())
                .getResultList();
        older.forEach(r -> r.redirectTo(survivor.getId()));
        events.fire(new MemberEvent.Merged(duplicate.getId(), survivor.getId()));
        audit.record(AuditEvent.of(AuditEventType.MEMBER_MERGED)
                .member(survivor.getId())
                .target("merged:" + duplicate.getId()));
    }
}
