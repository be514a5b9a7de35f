package jp.member.inquiries.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.member.audit.control.AuditEvent;
import jp.member.inquiries.boundary.InquirySummary;
import jp.member.inquiries.boundary.InquiryView;
import jp.member.inquiries.entity.Inquiry;
import jp.member.members.entity.Member;
import jp.member.shared.NotFoundException;

/** Finds inquiries and turns them into the records the boundaries hand out (the member by reference and number). */
@ApplicationScoped
public class InquiryViews {

    @PersistenceContext
    EntityManager em;

    /** The inquiry with this number; an unknown or malformed number is "not found". */
    public Inquiry byNumber(String number) {
        if (number == null || number.isBlank() || number.length() > Inquiry.NUMBER_MAX) {
            throw new NotFoundException("inquiry.notFound");
        }
        return em.createNamedQuery(Inquiry.BY_NUMBER, Inquiry.class)
                .setParameter("number", number.strip())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("inquiry.notFound"));
    }

    /** The staff member's open inquiry, or null. */
    public Inquiry openOf(String username) {
        return em.createNamedQuery(Inquiry.OPEN_OF_STAFF, Inquiry.class)
                .setParameter("staff", username)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    public InquiryView view(Inquiry i, String openedNotes) {
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

    public InquirySummary summary(Inquiry i) {
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

    /** The audit event, about the inquiry's member when it has one. */
    public static AuditEvent about(AuditEvent event, Inquiry inquiry) {
        return inquiry.getMemberId() == null ? event : event.member(inquiry.getMemberId());
    }

    private Member member(Inquiry inquiry) {
        return inquiry.getMemberId() == null ? null : em.find(Member.class, inquiry.getMemberId());
    }
}
