package jp.member.members.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumSet;
import jp.member.audit.control.AccessRecorder;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AccessPurpose;
import jp.member.audit.entity.AuditEntry.ActorKind;
import jp.member.audit.entity.AuditEventType;
import jp.member.members.control.MemberDirectory;
import jp.member.members.control.MemberInput;
import jp.member.members.control.MemberRules;
import jp.member.members.entity.ConsentChannel;
import jp.member.members.entity.ConsentEvent;
import jp.member.members.entity.EnrolmentChannel;
import jp.member.members.entity.Member;
import jp.member.members.entity.PersonalData;
import jp.member.members.entity.PersonalField;
import jp.member.members.entity.RetiredNumber;
import jp.member.members.validation.MemberNumbers;
import jp.member.security.Roles;
import jp.member.security.crypto.DataProtection;
import jp.member.shared.BusinessException;
import jp.member.shared.NotFoundException;

/**
 * The member's own record for the company's web site and app (role CHANNEL, machine to machine): read it, change
 * contact data and consent. The channel has signed the member in; it addresses the record by the member's card
 * number. A blocked (lost) number is refused. Every read is recorded as an API read by the client.
 */
@Stateless
@RolesAllowed(Roles.CHANNEL)
public class ChannelMembers {

    @Inject
    MemberDirectory directory;

    @Inject
    DataProtection protection;

    @Inject
    AccessRecorder access;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AuditTrail audit;

    public MemberRecord read(String number) {
        Member member = byCardNumber(number);
        PersonalData data = protection.vault().open(member.getSealed(), member.getDataRef());
        access.record(
                context.getCallerPrincipal(),
                ActorKind.CLIENT,
                member.getId(),
                EnumSet.allOf(PersonalField.class),
                AccessPurpose.API_READ,
                null,
                null);
        return new MemberRecord(
                member.getMemberNumber(), member.getStatus(), member.getRank(), data, member.consents());
    }

    public void changeContact(String number, MemberInput contact) {
        Member member = byCardNumber(number);
        PersonalData current = protection.vault().open(member.getSealed(), member.getDataRef());
        member.reseal(protection.vault().seal(MemberRules.withContact(current, contact), member.getDataRef()));
        audit.record(AuditEvent.of(AuditEventType.MEMBER_CONTACT_CHANGED)
                .member(member.getId())
                .fields("address,phone,email"));
    }

    public void changeConsent(String number, ConsentChannel channel, boolean granted) {
        if (channel == null) {
            throw new BusinessException("member.consent.channelRequired");
        }
        Member member = byCardNumber(number);
        if (member.changeConsent(channel, granted)) {
            em.persist(new ConsentEvent(
                    member.getId(),
                    channel,
                    granted,
                    clock.instant(),
                    context.getCallerPrincipal().getName(),
                    EnrolmentChannel.WEB));
            audit.record(AuditEvent.of(AuditEventType.MEMBER_CONSENT_CHANGED)
                    .member(member.getId())
                    .target("consent:" + channel + "=" + granted));
        }
    }

    private Member byCardNumber(String number) {
        String normalized = MemberNumbers.normalize(number).orElseThrow(() -> new NotFoundException("member.notFound"));
        var match = directory.byNumber(normalized).orElseThrow(() -> new NotFoundException("member.notFound"));
        if (match.retiredBecause() == RetiredNumber.Reason.LOST) {
            throw new BusinessException("member.card.blocked");
        }
        match.member().requireFindable();
        return match.member();
    }
}
