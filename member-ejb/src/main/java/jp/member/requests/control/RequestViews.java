package jp.member.requests.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Set;
import jp.member.members.entity.Member;
import jp.member.requests.boundary.RequestSummary;
import jp.member.requests.boundary.RequestView;
import jp.member.requests.entity.MemberRequest;
import jp.member.requests.rules.PackageContents;
import jp.member.requests.rules.PackageSection;
import jp.member.requests.rules.RequestClock;
import jp.member.shared.BusinessTime;
import jp.member.shared.NotFoundException;
import jp.member.shared.Settings;

/** Requests found by reference and shown as records, with their clock on today's business date. */
@ApplicationScoped
public class RequestViews {

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    BusinessTime time;

    public MemberRequest byRef(String ref) {
        if (ref == null || ref.isBlank() || ref.length() > MemberRequest.REF_MAX) {
            throw new NotFoundException("request.notFound");
        }
        return em.createQuery("SELECT r FROM MemberRequest r WHERE r.ref = :ref", MemberRequest.class)
                .setParameter("ref", ref.strip())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("request.notFound"));
    }

    public RequestClock.Settings clockSettings() {
        return RequestClock.Settings.from(settings::value);
    }

    public RequestSummary summary(MemberRequest r) {
        Member member = em.find(Member.class, r.getMemberId());
        boolean replied = r.getStatus() == MemberRequest.Status.CLOSED;
        return new RequestSummary(
                r.getRef(),
                r.getKind(),
                member.getMemberNumber().formatted(),
                r.getStatus(),
                r.getReceivedOn(),
                r.getDueOn(),
                RequestClock.state(time.today(), r.getDueOn(), replied, clockSettings()),
                RequestClock.daysLeft(time.today(), r.getDueOn()),
                r.getDecision(),
                r.getReplyState(),
                r.getSentOn());
    }

    public RequestView view(MemberRequest r) {
        return new RequestView(
                summary(r),
                r.getChannel(),
                r.getInquiryNumber(),
                r.getRequester(),
                r.getIdentityMethod(),
                r.getIdentityCheckedBy(),
                r.getIdentityCheckedAt(),
                r.getDelivery(),
                r.getReplyLanguage(),
                r.getGround(),
                r.requestedFields(),
                r.getFeeYen(),
                r.getFeeStatus(),
                r.getTakenBy(),
                r.getReceivedAt(),
                r.getReason(),
                r.getReasonText(),
                r.getRemedy(),
                r.correctedFields(),
                r.withheldSections(),
                r.getDecidedBy(),
                r.getDecidedAt(),
                sections(r),
                r.getReplyBytes(),
                r.getReplyReadyAt(),
                r.getReplyReads(),
                r.getSentOn(),
                r.getClosedBy());
    }

    /** The sections the reply contains (none before the decision). */
    public static Set<PackageSection> sections(MemberRequest r) {
        return r.getDecision() == null
                ? EnumSet.noneOf(PackageSection.class)
                : PackageContents.sections(r.getKind(), r.getDecision(), r.withheldSections());
    }
}
