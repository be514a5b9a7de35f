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
import java.util.Set;
import jp.member.audit.control.AccessRecorder;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AccessPurpose;
import jp.member.audit.entity.AuditEntry.ActorKind;
import jp.member.audit.entity.AuditEventType;
import jp.member.inquiries.control.InquiryNotes;
import jp.member.inquiries.control.InquiryNumbers;
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
import jp.member.shared.NotFoundException;
import jp.member.staff.control.StaffAccounts;

/**
 * Inquiries (応対記録): an agent starts one when a call, e-mail, chat or counter visit begins, says which member the
 * caller is once found, keeps notes, and closes it with an outcome and, where promised, a follow-up. An agent has at
 * most one open (the database keeps it so); while it is open, the audit trail writes its number on every search, view,
 * reveal and change the agent makes ({@link jp.member.audit.control.InquiryInProgress}).
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
    MemberDirectory directory;

    @Inject
    StaffAccounts staff;

    @Inject
    AuditTrail audit;

    @Inject
    AccessRecorder access;

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
        return view(inquiry, null);
    }

    /** The caller's open inquiry with its notes, or null when none is open. */
    public InquiryView current() {
        Inquiry open = openOfCaller();
        return open == null ? null : view(open, notes.open(open));
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
        return view(open, notes.open(open));
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
        return view(open, notes.open(open));
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
        audit.record(withMember(AuditEvent.of(AuditEventType.INQUIRY_CLOSED), open)
                .inquiry(open.getNumber())
                .target("outcome:" + outcome));
        return summary(open);
    }

    /** The member's inquiries, newest first (no notes). */
    public List<InquirySummary> ofMember(String memberRef) {
        Member member = directory.findableByRef(memberRef);
        return em.createNamedQuery(Inquiry.OF_MEMBER, Inquiry.class)
                .setParameter("memberId", member.getId())
                .setMaxResults(50)
                .getResultStream()
                .map(this::summary)
                .toList();
    }

    /** Follow-ups not yet done, soonest first: a manager sees the team's, an agent their own. */
    public List<InquirySummary> openFollowUps() {
        boolean manager = context.isCallerInRole(Roles.MANAGER);
        String me = caller();
        return em.createNamedQuery(Inquiry.OPEN_FOLLOW_UPS, Inquiry.class)
                .setMaxResults(500)
                .getResultStream()
                .filter(i -> manager || me.equals(i.getFollowUpOwner()))
                .map(this::summary)
                .toList();
    }

    /** A closed inquiry's notes, for its follow-up: read like personal data, with an access record. */
    public InquiryView read(String number) {
        Inquiry inquiry = byNumber(number);
        boolean manager = context.isCallerInRole(Roles.MANAGER);
        String me = caller();
        if (!manager && !me.equals(inquiry.getStaff()) && !me.equals(inquiry.getFollowUpOwner())) {
            throw new NotFoundException("inquiry.notFound");
        }
        if (inquiry.getMemberId() != null) {
            access.record(
                    context.getCallerPrincipal(),
                    ActorKind.STAFF,
                    inquiry.getMemberId(),
                    Set.of(InquiryNotes.FIELD),
                    AccessPurpose.VIEW,
                    null,
                    inquiry.getNumber());
        }
        return view(inquiry, notes.open(inquiry));
    }

    /** The follow-up was done: by its owner or a manager. */
    public void followedUp(String number) {
        Inquiry inquiry = byNumber(number);
        if (inquiry.getFollowUpOn() == null || inquiry.getFollowUpDoneAt() != null) {
            throw new BusinessException("inquiry.noFollowUp");
        }
        if (!context.isCallerInRole(Roles.MANAGER) && !caller().equals(inquiry.getFollowUpOwner())) {
            throw new NotFoundException("inquiry.notFound");
        }
        inquiry.followUpDone(time.now());
        audit.record(withMember(AuditEvent.of(AuditEventType.INQUIRY_FOLLOWED_UP), inquiry)
                .inquiry(inquiry.getNumber()));
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

    private Inquiry byNumber(String number) {
        if (number == null || number.length() > Inquiry.NUMBER_MAX) {
            throw new NotFoundException("inquiry.notFound");
        }
        return em.createNamedQuery(Inquiry.BY_NUMBER, Inquiry.class)
                .setParameter("number", number.strip())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("inquiry.notFound"));
    }

    private Inquiry openOfCaller() {
        return em.createNamedQuery(Inquiry.OPEN_OF_STAFF, Inquiry.class)
                .setParameter("staff", caller())
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private Inquiry requireOpen() {
        Inquiry open = openOfCaller();
        if (open == null) {
            throw new BusinessException("inquiry.noneOpen");
        }
        return open;
    }

    private static AuditEvent withMember(AuditEvent event, Inquiry inquiry) {
        return inquiry.getMemberId() == null ? event : event.member(inquiry.getMemberId());
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private Member member(Inquiry inquiry) {
        return inquiry.getMemberId() == null ? null : em.find(Member.class, inquiry.getMemberId());
    }

    private InquiryView view(Inquiry i, String openedNotes) {
        Member m = member(i);
        return new InquiryView(
                i.getNumber(),
                i.getStaff(),
                i.getChannel(),
                i.getCategory(),
                m == null ? null : m.getDataRef(),
                m == null ? null : m.getMemberNumber().formatted(),
                i.getStartedAt(),
                i.getEndedAt(),
                openedNotes,
                i.getOutcome(),
                i.getFollowUpOn(),
                i.getFollowUpOwner());
    }

    private InquirySummary summary(Inquiry i) {
        Member m = member(i);
        return new InquirySummary(
                i.getNumber(),
                i.getStaff(),
                i.getChannel(),
                i.getCategory(),
                m == null ? null : m.getDataRef(),
                m == null ? null : m.getMemberNumber().formatted(),
                i.getStartedAt(),
                i.getEndedAt(),
                i.getOutcome(),
                i.getFollowUpOn(),
                i.getFollowUpOwner(),
                i.getFollowUpDoneAt() != null);
    }
}
