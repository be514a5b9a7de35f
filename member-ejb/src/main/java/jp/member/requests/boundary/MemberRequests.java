package jp.member.requests.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AuditEventType;
import jp.member.inquiries.control.InquiryViews;
import jp.member.inquiries.entity.Inquiry;
import jp.member.members.boundary.MemberInput;
import jp.member.members.control.MemberDirectory;
import jp.member.members.control.RequestedMeasures;
import jp.member.members.entity.Member;
import jp.member.members.entity.MemberStatus;
import jp.member.members.validation.MemberNumber;
import jp.member.requests.control.CorrectionValues;
import jp.member.requests.control.PublishedVersions;
import jp.member.requests.control.RequestNumbers;
import jp.member.requests.control.RequestViews;
import jp.member.requests.entity.MemberRequest;
import jp.member.requests.rules.Fees;
import jp.member.requests.rules.IdentityMethod;
import jp.member.requests.rules.RequestChannel;
import jp.member.requests.rules.RequestClock;
import jp.member.requests.rules.RequestIntake;
import jp.member.requests.rules.Requester;
import jp.member.security.Roles;
import jp.member.shared.BusinessException;
import jp.member.shared.BusinessTime;
import jp.member.shared.InvalidInputException;
import jp.member.shared.Violation;

/**
 * Taking a member's request under the APPI (開示等の請求) and the privacy officer's queue. An agent takes one inside
 * the inquiry in which the caller was identified; the officer enters those that came by post or to a counter. The
 * identity check (method, by whom, when) is recorded before anything is decided or produced: a request taken
 * without it waits for the documents. Each request gets its number, its due day (the programme's target) and the fee
 * now published (Art. 38: only a purpose notice or a disclosure). Decisions are {@link RequestDecisions}'; the reply
 * {@link RequestReplies}'.
 */
@Stateless
@RolesAllowed({Roles.PRIVACY_OFFICER, Roles.AUDITOR})
public class MemberRequests {

    static final int MAX_LISTED = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestNumbers numbers;

    @Inject
    RequestViews views;

    @Inject
    PublishedVersions published;

    @Inject
    CorrectionValues corrections;

    @Inject
    InquiryViews inquiries;

    @Inject
    MemberDirectory directory;

    @Inject
    RequestedMeasures measures;

    @Inject
    AuditTrail audit;

    @Inject
    BusinessTime time;

    @Resource
    SessionContext context;

    /**
     * An agent takes a request from the member identified in their open inquiry. Identified on the phone ({@link
     * IdentityMethod#REGISTERED_DETAILS}) needs the identity check done for this member in this inquiry; otherwise
     * the request waits for documents. A correction carries the true values of the fields named (checked now, sealed).
     * {@code memberRef} is the member the agent sees: refused if the inquiry's caller has become someone else meanwhile.
     */
    @RolesAllowed({Roles.AGENT, Roles.MANAGER})
    public RequestSummary take(String memberRef, RequestIntake intake, MemberInput correction) {
        Inquiry open = inquiries.openOf(caller());
        if (open == null) {
            throw new BusinessException("inquiry.noneOpen");
        }
        if (open.getMemberId() == null) {
            throw new BusinessException("request.inquiryWithoutMember");
        }
        if (intake.channel() != RequestChannel.INQUIRY) {
            throw new InvalidInputException(List.of(new Violation("channel", "request.channel.invalid")));
        }
        Member member = em.find(Member.class, open.getMemberId());
        if (!member.getDataRef().equals(memberRef)) {
            throw new BusinessException("request.inquiryOtherMember");
        }
        if (intake.identityMethod() == IdentityMethod.REGISTERED_DETAILS && !identityCheckedIn(open, member.getId())) {
            throw new BusinessException("request.identity.checkFirst");
        }
        return register(member, intake, correction, open.getNumber());
    }

    /** The privacy officer enters a request that came by post or to a counter, finding the member by card number. */
    @RolesAllowed(Roles.PRIVACY_OFFICER)
    public RequestSummary enter(String memberNumber, RequestIntake intake, MemberInput correction) {
        if (intake.channel() == RequestChannel.INQUIRY) {
            throw new InvalidInputException(List.of(new Violation("channel", "request.channel.invalid")));
        }
        Member member = MemberNumber.parse(memberNumber)
                .flatMap(directory::byNumber)
                .map(MemberDirectory.NumberMatch::member)
                .filter(m -> m.getStatus() != MemberStatus.ANONYMISED)
                .orElseThrow(() ->
                        new InvalidInputException(List.of(new Violation("memberNumber", "request.member.notFound"))));
        return register(member, intake, correction, null);
    }

    /** The identity documents arrived and were checked: the request joins the queue. Officer only. */
    @RolesAllowed(Roles.PRIVACY_OFFICER)
    public RequestView identify(String ref, Requester requester, IdentityMethod method) {
        MemberRequest request = views.byRef(ref);
        if (requester == null || method == null) {
            throw new InvalidInputException(List.of(new Violation("identityMethod", "request.identity.required")));
        }
        request.identified(requester, method, caller(), time.now());
        audit.record(AuditEvent.of(AuditEventType.REQUEST_IDENTIFIED)
                .member(request.getMemberId())
                .target("member-request:" + request.getRef() + ";" + method));
        return views.view(request);
    }

    /** Requests not yet closed, the earliest due first. */
    public List<RequestSummary> queue() {
        return em.createQuery(
                        "SELECT r FROM MemberRequest r WHERE r.status <> :closed ORDER BY r.dueOn, r.id",
                        MemberRequest.class)
                .setParameter("closed", MemberRequest.Status.CLOSED)
                .setMaxResults(MAX_LISTED)
                .getResultStream()
                .map(views::summary)
                .toList();
    }

    /** The requests closed most recently. */
    public List<RequestSummary> closed() {
        return em.createQuery(
                        "SELECT r FROM MemberRequest r WHERE r.status = :closed ORDER BY r.closedAt DESC, r.id DESC",
                        MemberRequest.class)
                .setParameter("closed", MemberRequest.Status.CLOSED)
                .setMaxResults(MAX_LISTED)
                .getResultStream()
                .map(views::summary)
                .toList();
    }

    public RequestView get(String ref) {
        return views.view(views.byRef(ref));
    }

    /** The member's requests, newest first: an agent tells a caller where theirs stands. */
    @RolesAllowed({Roles.AGENT, Roles.MANAGER})
    public List<RequestSummary> ofMember(String memberRef) {
        Member member = directory.getByRef(memberRef);
        return em.createQuery(
                        "SELECT r FROM MemberRequest r WHERE r.memberId = :id ORDER BY r.receivedAt DESC, r.id DESC",
                        MemberRequest.class)
                .setParameter("id", member.getId())
                .setMaxResults(50)
                .getResultStream()
                .map(views::summary)
                .toList();
    }

    private RequestSummary register(Member member, RequestIntake intake, MemberInput correction, String inquiry) {
        List<Violation> violations = intake.violations();
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (intake.kind().needsFields()) {
            if (correction == null) {
                throw new InvalidInputException(List.of(new Violation("fields", "request.fields.required")));
            }
            // the true values are checked as the record would be: bad input is refused now, not at the decision
            measures.checkCorrection(member, correction, intake.fields(), time.today());
        }
        Instant now = time.now();
        String ref = numbers.next(time.today().getYear());
        RequestClock.Settings clock = views.clockSettings();
        MemberRequest request = new MemberRequest(
                ref,
                member.getId(),
                intake,
                inquiry,
                Fees.feeFor(intake.kind(), published.publishedFee()),
                caller(),
                now,
                time.today(),
                RequestClock.dueOn(time.today(), clock));
        if (intake.kind().needsFields()) {
            request.keepCorrection(corrections.seal(ref, correction, intake.fields()));
        }
        em.persist(request);
        audit.record(AuditEvent.of(AuditEventType.REQUEST_TAKEN)
                .member(member.getId())
                .target("member-request:" + ref + ";" + intake.kind() + ";" + intake.channel()));
        if (request.getIdentityMethod() != null) {
            audit.record(AuditEvent.of(AuditEventType.REQUEST_IDENTIFIED)
                    .member(member.getId())
                    .target("member-request:" + ref + ";" + request.getIdentityMethod()));
        }
        return views.summary(request);
    }

    /** Whether this member's identity check fields were revealed in this inquiry (the trail records each reveal). */
    private boolean identityCheckedIn(Inquiry inquiry, long memberId) {
        Number found = (Number) em.createNativeQuery("SELECT COUNT(*) FROM audit_entry WHERE member_id = ?1"
                        + " AND inquiry_number = ?2 AND reason = 'IDENTITY_CHECK'")
                .setParameter(1, memberId)
                .setParameter(2, inquiry.getNumber())
                .getSingleResult();
        return found.longValue() > 0;
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
