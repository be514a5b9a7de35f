package jp.member.members.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jp.member.members.control.MemberDirectory;
import jp.member.members.entity.Member;
import jp.member.members.entity.RetiredNumber;
import jp.member.members.validation.MemberNumbers;
import jp.member.security.Roles;
import jp.member.shared.BusinessException;
import jp.member.shared.NotFoundException;

/**
 * Store terminals (role POS) read a card's status and rank — never personal data. A blocked (lost) card is refused;
 * a merged-away card answers for the member it now belongs to.
 */
@Stateless
@RolesAllowed(Roles.POS)
public class TillMembers {

    @Inject
    MemberDirectory directory;

    public TillStatus status(String number) {
        String normalized = MemberNumbers.normalize(number).orElseThrow(() -> new NotFoundException("member.notFound"));
        var match = directory.byNumber(normalized).orElseThrow(() -> new NotFoundException("member.notFound"));
        if (match.retiredBecause() == RetiredNumber.Reason.LOST) {
            throw new BusinessException("member.card.blocked");
        }
        Member member = match.member();
        if (!member.getStatus().isFindable()) {
            throw new NotFoundException("member.notFound");
        }
        return new TillStatus(member.getMemberNumber(), member.getStatus(), member.getRank());
    }
}
