package jp.member.exports.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AuditEventType;
import jp.member.exports.entity.ProvisionRecord;
import jp.member.members.control.MemberDirectory;
import jp.member.members.validation.MemberNumber;
import jp.member.security.Roles;
import jp.member.shared.BusinessException;
import jp.member.shared.BusinessTime;
import jp.member.shared.NotFoundException;

/**
 * The records of provision to third parties (APPI Art. 29): all of them in a period, and every provision of one
 * member's data, found by the member's current or an earlier card number (a disclosure request under Art. 33(5)).
 * For auditors (the privacy officer) and managers; every search is in the audit trail.
 */
@Stateless
@RolesAllowed({Roles.AUDITOR, Roles.MANAGER})
public class ProvisionRecords {

    @Inject
    BusinessTime time;

    static final int MAX_ROWS = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    MemberDirectory directory;

    @Inject
    AuditTrail audit;

    /** Provisions made on the days from {@code from} to {@code to} (Japanese calendar, both included), newest first. */
    public List<ProvisionView> list(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new BusinessException("provision.period.invalid");
        }
        var query = em.createQuery(
                        "SELECT p FROM ProvisionRecord p WHERE p.providedAt >= :from AND p.providedAt < :to"
                                + " ORDER BY p.providedAt DESC, p.id DESC",
                        ProvisionRecord.class)
                .setParameter("from", time.startOf(from == null ? LocalDate.of(2000, 1, 1) : from))
                .setParameter("to", time.startOf(to == null ? LocalDate.of(9999, 1, 1) : to.plusDays(1)))
                .setMaxResults(MAX_ROWS);
        List<ProvisionView> found =
                query.getResultStream().map(ProvisionView::of).toList();
        audit.record(AuditEvent.of(AuditEventType.PROVISIONS_SEARCHED)
                .target("period:" + from + ".." + to + ";found:" + found.size()));
        return found;
    }

    /** Every provision of this member's data to a third party, newest first. */
    public List<ProvisionView> forMember(String memberNumber) {
        MemberNumber normalized =
                MemberNumber.parse(memberNumber).orElseThrow(() -> new NotFoundException("member.notFound"));
        long memberId = directory
                .byNumber(normalized)
                .orElseThrow(() -> new NotFoundException("member.notFound"))
                .member()
                .getId();
        @SuppressWarnings("unchecked")
        List<ProvisionRecord> records = em.createNativeQuery(
                        "SELECT p.* FROM provision_record p JOIN export_member m ON m.export_id = p.export_id"
                                + " WHERE m.member_id = ?1 ORDER BY p.provided_at DESC, p.id DESC",
                        ProvisionRecord.class)
                .setParameter(1, memberId)
                .getResultList();
        List<ProvisionView> found = records.stream().map(ProvisionView::of).toList();
        audit.record(AuditEvent.of(AuditEventType.PROVISIONS_SEARCHED)
                .member(memberId)
                .target("member;found:" + found.size()));
        return found;
    }
}
