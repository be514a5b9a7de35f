package jp.member.members.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AuditEventType;
import jp.member.members.control.MemberDirectory.NumberMatch;
import jp.member.members.entity.Member;
import jp.member.members.entity.MemberStatus;
import jp.member.members.entity.RetiredNumber;
import jp.member.members.validation.MemberNumber;
import jp.member.shared.BusinessException;
import jp.member.shared.NotFoundException;

/**
 * The one place where a member number sent by a machine client (a till, the web site) becomes a member: an old number
 * leads to the member it was replaced for, a lost card is refused, a member who cannot be served (withdrawn, merged
 * away) is not found. A number that names nobody is recorded as a missed lookup — member numbers are random with a
 * check digit, so trying numbers in sequence or at random mostly misses, and the monitoring rules count the misses.
 */
@ApplicationScoped
public class CardLookup {

    @Inject
    MemberDirectory directory;

    @Inject
    AuditTrail audit;

    /**
     * The member the number names. The number arrives as the client sent it: one that is not a member number at all
     * (wrong length, wrong check digit) is a missed lookup like a number that names nobody, so it is parsed here and
     * not by the caller.
     *
     * @param cardNumber the member number as the till or the web site sent it
     * @param notFoundKey the message key of the refusal when it names nobody (the till's and the web site's differ)
     */
    /** What a till needs of the member a card names: who, by which number now, and whether suspended. */
    public record Card(long memberId, MemberNumber number, MemberStatus status) {}

    /**
     * {@link #findable} for the tills' hot path (issue 16): a card that is a current, unmerged member's number is
     * read as three columns instead of the whole member; any other number — retired, merged away, unknown — takes
     * {@link #findable}'s path with its refusals and its record of a missed lookup.
     */
    public Card card(String cardNumber, String notFoundKey) {
        Optional<Card> current = MemberNumber.parse(cardNumber).flatMap(directory::currentCard);
        if (current.isPresent() && current.get().status().isFindable()) {
            return current.get();
        }
        Member member = findable(cardNumber, notFoundKey);
        return new Card(member.getId(), member.getMemberNumber(), member.getStatus());
    }

    public Member findable(String cardNumber, String notFoundKey) {
        Optional<NumberMatch> match = MemberNumber.parse(cardNumber).flatMap(directory::byNumber);
        if (match.isPresent() && match.get().retiredBecause() == RetiredNumber.Reason.LOST) {
            throw new BusinessException("member.card.blocked");
        }
        if (match.isEmpty() || !match.get().member().getStatus().isFindable()) {
            // on its own: the refusal rolls back the caller's transaction, the record of the miss must stay
            audit.recordOnItsOwn(AuditEvent.of(AuditEventType.MEMBER_LOOKUP_MISSED));
            throw new NotFoundException(notFoundKey);
        }
        return match.get().member();
    }
}
