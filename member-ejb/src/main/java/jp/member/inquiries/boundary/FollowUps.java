package jp.member.inquiries.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import jp.member.audit.control.AccessRecorder;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AccessPurpose;
import jp.member.audit.entity.AuditEntry.ActorKind;
import jp.member.audit.entity.AuditEventType;
import jp.member.inquiries.control.InquiryNotes;
import jp.member.inquiries.control.InquiryViews;
import jp.member.inquiries.entity.Inquiry;
import jp.member.security.Roles;
import jp.member.shared.BusinessException;
import jp.member.shared.BusinessTime;
import jp.member.shared.NotFoundException;

/**
 * Follow-ups promised when an inquiry ended (折り返し・後日対応): the list (a manager sees the team's, an agent their
 * own), the notes of the inquiry for whoever follows it up (a recorded read), and marking one done.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.MANAGER})
public class FollowUps {

    @PersistenceContext
    EntityManager em;

    @Inject
    InquiryViews views;

    @Inject
    InquiryNotes notes;

    @Inject
    AuditTrail audit;

    @Inject
    AccessRecorder access;

    @Inject
    BusinessTime time;

    @Resource
    SessionContext context;

    /** Follow-ups not yet done, soonest first: a manager sees the team's, an agent their own. */
    public List<InquirySummary> open() {
        boolean manager = context.isCallerInRole(Roles.MANAGER);
        String me = caller();
        return em.createNamedQuery(Inquiry.OPEN_FOLLOW_UPS, Inquiry.class)
                .setMaxResults(500)
                .getResultStream()
                .filter(i -> manager || me.equals(i.getFollowUpOwner()))
                .map(views::summary)
                .toList();
    }

    /**
     * An inquiry with its notes, for whoever took it, owns its follow-up or manages the team: read like personal
     * data, with an access record when it concerns a member.
     */
    public InquiryView read(String number) {
        Inquiry inquiry = views.byNumber(number);
        String me = caller();
        if (!context.isCallerInRole(Roles.MANAGER)
                && !me.equals(inquiry.getStaff())
                && !me.equals(inquiry.getFollowUpOwner())) {
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
        return views.view(inquiry, notes.open(inquiry));
    }

    /** The follow-up was done: by its owner or a manager. */
    public void done(String number) {
        Inquiry inquiry = views.byNumber(number);
        if (inquiry.getFollowUpOn() == null || inquiry.getFollowUpDoneAt() != null) {
            throw new BusinessException("inquiry.noFollowUp");
        }
        if (!context.isCallerInRole(Roles.MANAGER) && !caller().equals(inquiry.getFollowUpOwner())) {
            throw new NotFoundException("inquiry.notFound");
        }
        inquiry.followUpDone(time.now());
        audit.record(InquiryViews.about(AuditEvent.of(AuditEventType.INQUIRY_FOLLOWED_UP), inquiry)
                .inquiry(inquiry.getNumber()));
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
