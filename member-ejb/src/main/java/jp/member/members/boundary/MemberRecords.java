package jp.member.members.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import jp.member.audit.control.AccessRecorder;
import jp.member.audit.entity.AccessPurpose;
import jp.member.audit.entity.AuditEntry;
import jp.member.audit.entity.AuditEntry.ActorKind;
import jp.member.members.control.MemberDirectory;
import jp.member.members.control.MemberViews;
import jp.member.members.control.PersonalDataVault;
import jp.member.members.entity.ConsentEvent;
import jp.member.members.entity.Member;
import jp.member.members.entity.PersonalData;
import jp.member.members.entity.PersonalField;
import jp.member.security.Roles;
import jp.member.shared.BusinessException;

/**
 * A member's record as agents and managers see it: masked by default; one field at a time in full, with a reason.
 * Every view and every reveal leaves an access record. Members are addressed by their random reference, never by a
 * counter, so records cannot be browsed by guessing.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.MANAGER})
public class MemberRecords {

    /** The longest inquiry (ticket) number: as long as the audit trail records one (for the reveal form). */
    public static final int INQUIRY_NUMBER_MAX = AuditEntry.INQUIRY_MAX;

    private static final Pattern INQUIRY_NUMBER = Pattern.compile("[A-Za-z0-9-]{1," + INQUIRY_NUMBER_MAX + "}");

    @Inject
    MemberDirectory directory;

    @Inject
    PersonalDataVault vault;

    @Inject
    AccessRecorder access;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    /** The member's page, masked. Withdrawn, merged and anonymised members are not shown. */
    public MemberView view(String ref) {
        Member member = directory.findableByRef(ref);
        PersonalData data = vault.open(member.getSealed(), member.getDataRef());
        access.record(
                context.getCallerPrincipal(),
                ActorKind.STAFF,
                member.getId(),
                MemberViews.MASKED_DISCLOSURE,
                AccessPurpose.VIEW,
                null,
                null);
        return new MemberView(
                member.getDataRef(),
                member.getMemberNumber().formatted(),
                member.getStatus(),
                member.getRank(),
                member.getEnrolledOn(),
                member.getEnrolmentChannel(),
                member.getStoreCode(),
                MemberViews.masked(data),
                member.consents());
    }

    /**
     * One field in full. A reason is required; the inquiry (ticket) number is optional but, when given, is up to
     * {@value #INQUIRY_NUMBER_MAX} letters, digits and hyphens.
     */
    public String reveal(String ref, PersonalField field, RevealReason reason, String inquiryNumber) {
        if (field == null || reason == null) {
            throw new BusinessException("member.reveal.reasonRequired");
        }
        String inquiry = inquiryNumber == null || inquiryNumber.isBlank() ? null : inquiryNumber.strip();
        if (inquiry != null && !INQUIRY_NUMBER.matcher(inquiry).matches()) {
            throw new BusinessException("member.reveal.inquiryInvalid");
        }
        Member member = directory.findableByRef(ref);
        PersonalData data = vault.open(member.getSealed(), member.getDataRef());
        access.record(
                context.getCallerPrincipal(),
                ActorKind.STAFF,
                member.getId(),
                EnumSet.of(field),
                AccessPurpose.REVEAL,
                reason.name(),
                inquiry);
        return MemberViews.full(data, field);
    }

    /** Who changed the member's marketing consent, when, and through which channel (no personal data). */
    public List<ConsentChange> consentHistory(String ref) {
        Member member = directory.findableByRef(ref);
        return em.createNamedQuery(ConsentEvent.FIND_BY_MEMBER, ConsentEvent.class)
                .setParameter("memberId", member.getId())
                .getResultStream()
                .map(ConsentChange::of)
                .toList();
    }
}
