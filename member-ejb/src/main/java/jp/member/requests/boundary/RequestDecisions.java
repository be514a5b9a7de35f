package jp.member.requests.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AuditEventType;
import jp.member.inquiries.control.InquiryNotes;
import jp.member.members.control.RequestedMeasures;
import jp.member.members.entity.Member;
import jp.member.members.entity.PersonalField;
import jp.member.requests.control.CorrectionValues;
import jp.member.requests.control.ReplyQueued;
import jp.member.requests.control.ReplySent;
import jp.member.requests.control.RequestViews;
import jp.member.requests.entity.MemberRequest;
import jp.member.requests.rules.DecisionDraft;
import jp.member.requests.rules.FeeStatus;
import jp.member.requests.rules.Remedy;
import jp.member.requests.rules.RequestKind;
import jp.member.security.Roles;
import jp.member.shared.BusinessTime;
import jp.member.shared.InvalidInputException;
import jp.member.shared.Violation;

/**
 * The privacy officer's decisions on members' requests, and what follows: a correction, a stop of use or of provision
 * is executed at once through the members' own paths; an erasure stops use at once and erases when the reply has
 * been sent (the letter needs the address it goes to). The reply is then produced in the background. Anything but
 * full acceptance carries a reason the member is told (Art. 36). Only the privacy officer decides.
 */
@Stateless
@RolesAllowed(Roles.PRIVACY_OFFICER)
public class RequestDecisions {

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestViews views;

    @Inject
    RequestedMeasures measures;

    @Inject
    CorrectionValues corrections;

    @Inject
    InquiryNotes inquiryNotes;

    @Inject
    Event<ReplySent> replySent;

    @Inject
    Event<ReplyQueued> queued;

    @Inject
    AuditTrail audit;

    @Inject
    BusinessTime time;

    @Resource
    SessionContext context;

    /** Decides an identified request, executes what it accepts, and queues the reply. */
    public RequestView decide(String ref, DecisionDraft draft) {
        MemberRequest request = views.byRef(ref);
        request.requireStatus(MemberRequest.Status.OPEN);
        List<Violation> violations = draft.violations(request.getKind(), request.requestedFields());
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Remedy remedy = draft.remedyFor(request.getKind());
        Set<PersonalField> corrected = request.getKind() == RequestKind.CORRECTION
                ? draft.fieldsToCorrect(request.requestedFields())
                : EnumSet.noneOf(PersonalField.class);
        execute(request, remedy, corrected);
        request.decide(draft, remedy, corrected, caller(), time.now());
        audit.record(AuditEvent.of(AuditEventType.REQUEST_DECIDED)
                .member(request.getMemberId())
                .target("member-request:" + ref + ";" + draft.decision() + (remedy == null ? "" : ";" + remedy))
                .reason(draft.reason() == null ? null : draft.reason().name()));
        queued.fire(new ReplyQueued(request.getId()));
        return views.view(request);
    }

    /** The fee was paid, or waived. */
    public RequestView recordFee(String ref, FeeStatus status) {
        MemberRequest request = views.byRef(ref);
        request.settleFee(status);
        audit.record(AuditEvent.of(AuditEventType.REQUEST_FEE_RECORDED)
                .member(request.getMemberId())
                .target("member-request:" + ref + ";" + status + ";" + request.getFeeYen()));
        return views.view(request);
    }

    /**
     * The reply was sent on {@code sentOn}: the request is closed and the reply file deleted (the member has it; we
     * keep what it contained, not a copy). An accepted erasure is carried out now.
     */
    public RequestView close(String ref, LocalDate sentOn) {
        MemberRequest request = views.byRef(ref);
        request.close(sentOn, caller(), time.now());
        if (request.getRemedy() == Remedy.ERASE) {
            erase(request);
        }
        replySent.fire(new ReplySent(request.getRef()));
        audit.record(AuditEvent.of(AuditEventType.REQUEST_CLOSED)
                .member(request.getMemberId())
                .target("member-request:" + ref + ";sent:" + sentOn));
        return views.view(request);
    }

    private void execute(MemberRequest request, Remedy remedy, Set<PersonalField> corrected) {
        if (remedy == null && corrected.isEmpty()) {
            return;
        }
        Member member = measures.lock(request.getMemberId());
        if (!corrected.isEmpty()) {
            if (request.getCorrectionSealed() == null) {
                throw new jp.member.shared.BusinessException("request.correction.valuesGone");
            }
            measures.correct(
                    member,
                    corrections.open(request.getRef(), request.getCorrectionSealed()),
                    corrected,
                    time.today(),
                    request.getRef());
        }
        if (remedy == Remedy.STOP_PROVISION) {
            measures.stopProvision(member, request.getRef());
        } else if (remedy == Remedy.STOP_USE || remedy == Remedy.ERASE) {
            // an erasure waits for the reply to be sent; the data is not used meanwhile
            measures.stopUse(member, caller(), request.getRef());
        }
    }

    private void erase(MemberRequest request) {
        Member member = measures.lock(request.getMemberId());
        measures.erase(member, request.getRef());
        inquiryNotes.forgetMember(member.getId());
        em.createQuery("SELECT r FROM MemberRequest r WHERE r.memberId = :id", MemberRequest.class)
                .setParameter("id", member.getId())
                .getResultList()
                .forEach(MemberRequest::forgetSealed);
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
