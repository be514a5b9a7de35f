package jp.member.inquiries.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AuditEventType;
import jp.member.inquiries.control.InquiryNotes;
import jp.member.inquiries.control.InquiryNumbers;
import jp.member.inquiries.control.InquiryViews;
import jp.member.inquiries.entity.Inquiry;
import jp.member.inquiries.entity.InquiryCategory;
import jp.member.inquiries.entity.InquiryChannel;
import jp.member.inquiries.entity.InquiryOutcome;
import jp.member.members.control.MemberDirectory;
import jp.member.members.entity.Member;
import jp.member.members.validation.Limits;
import jp.member.security.Roles;
import jp.member.shared.BusinessException;
import jp.member.shared.BusinessTime;
import jp.member.staff.control.StaffAccounts;

/**
 * Inquiries (応対記録): an agent starts one when a call, e-mail, chat or counter visit begins, says which member the
 * caller is once found, keeps notes, and closes it with an outcome and, where promised, a follow-up. An agent has at
 * most one open (the database keeps it so); while it is open, the audit trail writes its number on every search, view,
 * reveal and change the agent makes ({@link jp.member.audit.control.InquiryInProgress}). Follow-ups are
 * {@link FollowUps}'.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.MANAGER})
public class Inquiries {

    /** The longest inquiry number ({@code INQ-yyyymmdd-nnnn} and room for busier days), for search fields. */
    public static final int NUMBER_MAX = Inquiry.NUMBER_MAX;

    /** The longest notes, in characters. */
    public static final int NOTES_MAX = Inquiry.NOTES_MAX;

    @PersistenceContext
    EntityManager em;

    @Inject
    InquiryNumbers numbers;

    @Inject
    InquiryNotes notes;

    @Inject
    InquiryViews views;

    @Inject
    MemberDirectory directory;

    @Inject
    StaffAccounts staff;

    @Inject
    AuditTrail audit;

    @Inject
    BusinessTime time;

    @Resource
    SessionContext context;

    /** Starts an inquiry for the caller; refused while another of theirs is open. */
    public InquiryView start(InquiryChannel channel, InquiryCategory category) {
        if (channel == null || category == null) {
            throw new BusinessException("inquiry.channelAndCategoryRequired");
        }
        Inquiry open = openOfCaller();
        if (open != null) {
            throw new BusinessException("inquiry.alreadyOpen", open.getNumber());
        }
        Inquiry inquiry = new Inquiry(numbers.next(time.today()), caller(), channel, category, time.now());
        em.persist(inquiry);
        em.flush(); // the unique index on the open inquiry refuses a second one started at the same moment
        audit.record(AuditEvent.of(AuditEventType.INQUIRY_STARTED)
                .inquiry(inquiry.getNumber())
                .target(channel + ";" + category));
        return views.view(inquiry, null);
    }

    /** The caller's open inquiry with its notes, or null when none is open. */
    public InquiryView current() {
        Inquiry open = openOfCaller();
        return open == null ? null : views.view(open, notes.open(open));
    }

    /** The caller turned out to be this member (the agent may correct it while the inquiry is open). */
    public InquiryView identify(String memberRef) {
        Inquiry open = requireOpen();
        Member member = directory.findableByRef(memberRef);
        open.concerns(member.getId());
        audit.record(AuditEvent.of(AuditEventType.INQUIRY_UPDATED)
                .member(member.getId())
                .inquiry(open.getNumber())
                .target("member"));
        return views.view(open, notes.open(open));
    }

    /** The category, corrected once the caller's need is clear, and the notes so far (replaced as a whole). */
    public InquiryView update(InquiryCategory category, String newNotes) {
        Inquiry open = requireOpen();
        if (category == null) {
            throw new BusinessException("inquiry.channelAndCategoryRequired");
        }
        if (!Limits.within(newNotes, Inquiry.NOTES_MAX)) {
            throw new BusinessException("inquiry.notesTooLong", Inquiry.NOTES_MAX);
        }
        open.recategorise(category);
        notes.keep(open, newNotes);
        audit.record(AuditEvent.of(AuditEventType.INQUIRY_UPDATED)
                .inquiry(open.getNumber())
                .target("category:" + category + ";notes"));
        return views.view(open, notes.open(open));
    }

    /**
     * Ends the caller's open inquiry. The outcome is required; a follow-up needs a day (today or later) and an owner
     * who is an agent or a manager (the caller when none is named).
     */
    public InquirySummary close(InquiryOutcome outcome, LocalDate followUpOn, String followUpOwner) {
        Inquiry open = requireOpen();
        if (outcome == null) {
            throw new BusinessException("inquiry.outcomeRequired");
        }
        LocalDate day = null;
        String owner = null;
        if (outcome.needsFollowUp()) {
            if (followUpOn == null) {
                throw new BusinessException("inquiry.followUpDateRequired");
            }
            if (followUpOn.isBefore(time.today())) {
                throw new BusinessException("inquiry.followUpDateInPast");
            }
            day = followUpOn;
            owner = followUpOwner == null || followUpOwner.isBlank() ? caller() : followUpOwner.strip();
            requireServingStaff(owner);
        }
        open.close(outcome, day, owner, time.now());
        audit.record(InquiryViews.about(AuditEvent.of(AuditEventType.INQUIRY_CLOSED), open)
                .inquiry(open.getNumber())
                .target("outcome:" + outcome));
        return views.summary(open);
    }

    /** The member's inquiries, newest first (no notes). */
    public List<InquirySummary> ofMember(String memberRef) {
        Member member = directory.findableByRef(memberRef);
        return em.createNamedQuery(Inquiry.OF_MEMBER, Inquiry.class)
                .setParameter("memberId", member.getId())
                .setMaxResults(50)
                .getResultStream()
                .map(views::summary)
                .toList();
    }

    private void requireServingStaff(String username) {
        boolean serving = staff.findByUsername(username)
                .filter(s -> s.isEnabled())
                .filter(s -> s.getRoles().contains(Roles.AGENT) || s.getRoles().contains(Roles.MANAGER))
                .isPresent();
        if (!serving) {
            throw new BusinessException("inquiry.ownerUnknown");
        }
    }

    private Inquiry openOfCaller() {
        return views.openOf(caller());
    }

    private Inquiry requireOpen() {
        Inquiry open = openOfCaller();
        if (open == null) {
            throw new BusinessException("inquiry.noneOpen");
        }
        return open;
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
