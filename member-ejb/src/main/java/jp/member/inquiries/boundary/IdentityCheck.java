package jp.member.inquiries.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AuditEventType;
import jp.member.inquiries.entity.IdentityCheckField;
import jp.member.members.boundary.MemberRecords;
import jp.member.members.boundary.RevealReason;
import jp.member.members.entity.PersonalField;
import jp.member.security.Roles;
import jp.member.shared.BusinessException;

/**
 * The identity check in one step (本人確認): the fields needed to verify a caller, revealed together for the one reason
 * "identity check", each field with an access record of its own. When the agent has an inquiry open without a member
 * yet, the checked member becomes the inquiry's. ADMIN decides which fields the check shows.
 */
@Stateless
public class IdentityCheck {

    @PersistenceContext
    EntityManager em;

    @EJB
    MemberRecords records;

    @EJB
    Inquiries inquiries;

    @Inject
    AuditTrail audit;

    /** The fields the check reveals, in the order of {@link PersonalField}. */
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    public Set<PersonalField> fields() {
        return em.createQuery("SELECT f FROM IdentityCheckField f", IdentityCheckField.class)
                .getResultStream()
                .map(IdentityCheckField::getField)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PersonalField.class)));
    }

    /** Reveals the check's fields of the member for the reason "identity check". */
    @RolesAllowed({Roles.AGENT, Roles.MANAGER})
    public Map<PersonalField, String> reveal(String memberRef) {
        Map<PersonalField, String> shown = records.reveal(memberRef, fields(), RevealReason.IDENTITY_CHECK);
        InquiryView open = inquiries.current();
        if (open != null && !open.hasMember()) {
            inquiries.identify(memberRef);
        }
        return shown;
    }

    /** Replaces the set; at least one field, and a change is recorded with the old and the new set. */
    @RolesAllowed(Roles.ADMIN)
    public void configure(Set<PersonalField> newFields) {
        if (newFields == null || newFields.isEmpty()) {
            throw new BusinessException("identityCheck.fieldsRequired");
        }
        Set<PersonalField> old = fields();
        em.createQuery("DELETE FROM IdentityCheckField f").executeUpdate();
        EnumSet.copyOf(newFields).forEach(f -> em.persist(new IdentityCheckField(f)));
        audit.record(AuditEvent.of(AuditEventType.IDENTITY_CHECK_CHANGED).target(names(old) + "->" + names(newFields)));
    }

    private static String names(Set<PersonalField> fields) {
        return fields.stream().map(PersonalField::column).sorted().collect(Collectors.joining(","));
    }
}
