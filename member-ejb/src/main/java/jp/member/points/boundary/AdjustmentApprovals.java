package jp.member.points.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditSubject;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AuditEventType;
import jp.member.members.entity.Member;
import jp.member.members.validation.MemberNumber;
import jp.member.points.control.Ledger;
import jp.member.points.control.Programme;
import jp.member.points.entity.AdjustmentRequest;
import jp.member.points.entity.LedgerEntry;
import jp.member.points.entity.LedgerEntry.Actor;
import jp.member.security.Roles;
import jp.member.shared.NotFoundException;

/**
 * The managers' approval inbox for large adjustments. The two-person rule is enforced here, not in the page: the
 * requester can never decide their own request. An approved request is applied in the same transaction.
 */
@Stateless
@RolesAllowed(Roles.MANAGER)
public class AdjustmentApprovals {

    /** The longest comment on a decision (for the form). */
    public static final int COMMENT_MAX = AdjustmentRequest.COMMENT_MAX;

    @Inject
    Ledger ledger;

    @Inject
    Programme programme;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AuditTrail audit;

    /** Pending requests, oldest first. */
    public List<PendingAdjustment> pending() {
        return em.createQuery(
                        "SELECT r, m.memberNumber FROM AdjustmentRequest r, Member m WHERE m.id = r.memberId"
                                + " AND r.status = :pending ORDER BY r.id",
                        Object[].class)
                .setParameter("pending", AdjustmentRequest.Status.PENDING)
                .getResultStream()
                .map(row -> {
                    AdjustmentRequest r = (AdjustmentRequest) row[0];
                    return new PendingAdjustment(
                            r.getId(),
                            (MemberNumber) row[1],
                            r.getPoints(),
                            r.getReason(),
                            r.getRequestedBy(),
                            r.getRequestedAt());
                })
                .toList();
    }

    public void approve(long requestId, String comment) {
        AdjustmentRequest request = locked(requestId);
        String manager = context.getCallerPrincipal().getName();
        request.decide(true, manager, comment, clock.instant());
        Member member = em.find(Member.class, request.getMemberId());
        member.requireFindable();
        LedgerEntry entry = ledger.adjust(
                request.getMemberId(),
                request.getPoints(),
                Actor.staff(manager, request.ledgerReason(requestId)),
                programme.rules());
        request.applied(entry.getId());
        audit.record(AuditEvent.of(AuditEventType.POINTS_ADJUSTMENT_APPROVED)
                .member(request.getMemberId())
                .subject(
                        AuditSubject.ADJUSTMENT_REQUEST,
                        requestId,
                        "entry:" + entry.getId() + ";points:" + request.getPoints())
                .reason(comment));
    }

    public void reject(long requestId, String comment) {
        AdjustmentRequest request = locked(requestId);
        request.decide(false, context.getCallerPrincipal().getName(), comment, clock.instant());
        audit.record(AuditEvent.of(AuditEventType.POINTS_ADJUSTMENT_REJECTED)
                .member(request.getMemberId())
                .subject(AuditSubject.ADJUSTMENT_REQUEST, requestId, "points:" + request.getPoints())
                .reason(comment));
    }

    private AdjustmentRequest locked(long id) {
        AdjustmentRequest request = em.find(AdjustmentRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            throw new NotFoundException("points.adjustment.notFound");
        }
        return request;
    }
}
