package jp.member.members.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jp.member.members.control.CardLookup;
import jp.member.members.entity.Member;
import jp.member.security.Roles;

/**
 * Store terminals (role POS) read a card's status and rank — never personal data. A blocked (lost) card is refused;
 * a merged-away card answers for the member it now belongs to.
 */
@Stateless
@RolesAllowed(Roles.POS)
public class TillMembers {

    @Inject
    CardLookup cards;

    /** The card's member: status and rank. {@code cardNumber} is as the till read it ({@link CardLookup}). */
    public TillStatus status(String cardNumber) {
        Member member = cards.findable(cardNumber, "member.notFound");
        return new TillStatus(member.getMemberNumber(), member.getStatus(), member.getRank());
    }
}
