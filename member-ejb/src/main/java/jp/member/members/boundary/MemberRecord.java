package jp.member.members.boundary;

import java.util.Map;
import java.util.Set;
import jp.member.members.entity.ConsentChannel;
import jp.member.members.entity.MemberStatus;
import jp.member.members.entity.PersonalField;
import jp.member.members.rules.Rank;
import jp.member.members.validation.MemberNumber;

/**
 * A member's own record for the trusted channel (the member signed in to the web site or app): every personal field,
 * in full where the client's field scope allows it and masked (as the call centre sees it) where not. In full, a
 * birth date is ISO ({@code 1990-04-01}), a gender its code, a prefecture its JIS code, a postal code and a phone
 * their digits.
 */
public record MemberRecord(
        MemberNumber memberNumber,
        MemberStatus status,
        Rank rank,
        Map<PersonalField, String> fields,
        Set<PersonalField> masked,
        Map<ConsentChannel, Boolean> consents) {

    @Override
    public String toString() {
        return "MemberRecord[***]";
    }
}
