package jp.member.members.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.member.audit.control.AccessRecorder;
import jp.member.audit.entity.AccessPurpose;
import jp.member.audit.entity.AuditEntry.ActorKind;
import jp.member.members.control.MemberDirectory;
import jp.member.members.control.MemberViews;
import jp.member.members.control.PersonalDataVault;
import jp.member.members.entity.ConsentEvent;
import jp.member.members.entity.Member;
import jp.member.members.entity.PersonalData;
import jp.member.members.entity.PersonalField;
import jp.member.members.entity.RetiredNumber;
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
     * One field in full, with a reason. While the caller has an inquiry open, the access record carries its number
     * (the audit trail adds it); outside one, the reveal counts towards the "reveals without an inquiry" alert.
     */
    public String reveal(String ref, PersonalField field, RevealReason reason) {
        if (field == null) {
            throw new BusinessException("member.reveal.reasonRequired");
        }
        return reveal(ref, EnumSet.of(field), reason).get(field);
    }

    /**
     * Several fields in full for one reason (the identity check), each field with an access record of its own, so
     * "who saw this member's birth date" finds it like a single reveal.
     */
    public Map<PersonalField, String> reveal(String ref, Set<PersonalField> fields, RevealReason reason) {
        if (fields == null || fields.isEmpty() || reason == null) {
            throw new BusinessException("member.reveal.reasonRequired");
        }
        Member member = directory.findableByRef(ref);
        PersonalData data = vault.open(member.getSealed(), member.getDataRef());
        Map<PersonalField, String> shown = new EnumMap<>(PersonalField.class);
        for (PersonalField field : EnumSet.copyOf(fields)) {
            access.record(
                    context.getCallerPrincipal(),
                    ActorKind.STAFF,
                    member.getId(),
                    EnumSet.of(field),
                    AccessPurpose.REVEAL,
                    reason.name(),
                    null);
            shown.put(field, MemberViews.full(data, field));
        }
        return shown;
    }

    /** The top of every member page: number, masked name, status, rank (a view of the masked name, recorded). */
    public MemberHeader header(String ref) {
        Member member = directory.findableByRef(ref);
        PersonalData data = vault.open(member.getSealed(), member.getDataRef());
        access.record(
                context.getCallerPrincipal(),
                ActorKind.STAFF,
                member.getId(),
                EnumSet.of(PersonalField.NAME_KANJI),
                AccessPurpose.VIEW,
                null,
                null);
        return new MemberHeader(
                member.getDataRef(),
                member.getMemberNumber().formatted(),
                MemberViews.masked(data).get(PersonalField.NAME_KANJI),
                member.getStatus(),
                member.getRank());
    }

    /** The member's card numbers: the current one first, then lost and merged ones, newest first. */
    public List<CardNumber> cards(String ref) {
        Member member = directory.findableByRef(ref);
        List<CardNumber> cards = new ArrayList<>();
        cards.add(new CardNumber(member.getMemberNumber().formatted(), null, null));
        em.createQuery(
                        "SELECT r FROM RetiredNumber r WHERE r.memberId = :id ORDER BY r.retiredAt DESC",
                        RetiredNumber.class)
                .setParameter("id", member.getId())
                .getResultStream()
                .map(r -> new CardNumber(r.getMemberNumber().formatted(), r.getReason(), r.getRetiredAt()))
                .forEach(cards::add);
        return cards;
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
