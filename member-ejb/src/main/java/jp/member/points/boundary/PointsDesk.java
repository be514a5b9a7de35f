package jp.member.points.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditSubject;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AuditEventType;
import jp.member.members.control.MemberDirectory;
import jp.member.members.entity.Member;
import jp.member.points.control.Ledger;
import jp.member.points.control.Programme;
import jp.member.points.control.ProgrammeRules;
import jp.member.points.entity.AdjustmentRequest;
import jp.member.points.entity.EntryType;
import jp.member.points.entity.LedgerEntry;
import jp.member.points.entity.LedgerEntry.Actor;
import jp.member.points.entity.PointAccount;
import jp.member.points.rules.Points;
import jp.member.points.rules.PointsChange;
import jp.member.security.Roles;
import jp.member.shared.BusinessException;

/**
 * A member's points for agents and managers: balance, lots, history (paged, filtered by type and date), and small
 * corrections with a reason. A correction larger than the configured threshold
 * ({@code adjustment.approval.threshold} points) becomes a request that another person, a manager, must approve.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.MANAGER})
public class PointsDesk {

    static final int MAX_PAGE_SIZE = 100;
    /** The largest correction anyone may ask for, either way. */
    static final Points MAX_ADJUSTMENT = Points.of(10_000_000L);
    /**
     * The longest reason for an adjustment (for the form as well). Shorter than the ledger entry's reason (200), to
     * leave room there for who asked and which request it was when a manager approves it.
     */
    public static final int REASON_MAX = 150;

    @Inject
    MemberDirectory directory;

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

    public PointsSummary summary(String ref) {
        Member member = directory.findableByRef(ref);
        PointAccount account = em.find(PointAccount.class, member.getId());
        var lots = ledger.openLots(member.getId()).stream()
                .map(l -> new PointsSummary.Lot(
                        l.getId(), l.getEarnedOn(), l.getExpiresOn(), l.getOriginalPoints(), l.getRemainingPoints()))
                .toList();
        return new PointsSummary(account == null ? Points.ZERO : account.getBalance(), member.getRank(), lots);
    }

    /** The history, newest first; types empty means all; dates inclusive and optional. */
    public HistoryPage history(String ref, Set<EntryType> types, LocalDate from, LocalDate to, int page, int size) {
        Member member = directory.findableByRef(ref);
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int pageNo = Math.max(0, page);
        Set<EntryType> wanted = types == null || types.isEmpty() ? EnumSet.allOf(EntryType.class) : types;
        String where = " WHERE e.memberId = :m AND e.type IN :types AND e.businessDate >= :from"
                + " AND e.businessDate <= :to";
        TypedQuery<LedgerEntry> query =
                em.createQuery("SELECT e FROM LedgerEntry e" + where + " ORDER BY e.id DESC", LedgerEntry.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM LedgerEntry e" + where, Long.class);
        for (TypedQuery<?> q : new TypedQuery<?>[] {query, count}) {
            q.setParameter("m", member.getId())
                    .setParameter("types", wanted)
                    .setParameter("from", from == null ? LocalDate.of(1900, 1, 1) : from)
                    .setParameter("to", to == null ? LocalDate.of(9999, 12, 31) : to);
        }
        var entries = query.setFirstResult(pageNo * pageSize)
                .setMaxResults(pageSize)
                .getResultStream()
                .map(EntryView::of)
                .toList();
        return new HistoryPage(entries, count.getSingleResult(), pageNo, pageSize);
    }

    /**
     * A correction (positive or negative points) with a mandatory reason. Within the threshold it applies at once;
     * above it, it waits for a manager's approval.
     */
    public AdjustmentOutcome adjust(String ref, PointsChange points, String reason) {
        Member member = directory.findableByRef(ref);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > REASON_MAX) {
            throw new BusinessException("points.adjustment.reasonRequired");
        }
        if (points == null || points.isZero() || points.size().compareTo(MAX_ADJUSTMENT) > 0) {
            throw new BusinessException("points.amount.invalid");
        }
        ProgrammeRules rules = programme.rules();
        String caller = context.getCallerPrincipal().getName();
        if (points.size().compareTo(rules.adjustmentApprovalThreshold()) > 0) {
            AdjustmentRequest request = new AdjustmentRequest(member.getId(), points, why, caller, clock.instant());
            em.persist(request);
            em.flush();
            audit.record(AuditEvent.of(AuditEventType.POINTS_ADJUSTMENT_REQUESTED)
                    .member(member.getId())
                    .subject(AuditSubject.ADJUSTMENT_REQUEST, request.getId(), "points:" + points)
                    .reason(why));
            return new AdjustmentOutcome(null, request.getId());
        }
        LedgerEntry entry = ledger.adjust(member.getId(), points, Actor.staff(caller, why), rules);
        audit.record(AuditEvent.of(AuditEventType.POINTS_ADJUSTED)
                .member(member.getId())
                .target("entry:" + entry.getId() + ";points:" + points)
                .reason(why));
        return new AdjustmentOutcome(entry.getId(), null);
    }
}
