package jp.member.members.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import jp.member.members.entity.ConsentChannel;
import jp.member.members.entity.EnrolmentChannel;
import jp.member.members.entity.MemberStatus;
import jp.member.members.entity.PersonalField;
import jp.member.members.rules.Rank;

/**
 * A member's page as an agent first sees it: personal fields masked, everything else in full.
 *
 * @param memberNumber as printed on the card, in groups of four ({@code 1234 5678 9012})
 */
public record MemberView(
        String ref,
        String memberNumber,
        MemberStatus status,
        Rank rank,
        LocalDate enrolledOn,
        EnrolmentChannel enrolmentChannel,
        String storeCode,
        Map<PersonalField, String> masked,
        Map<ConsentChannel, Boolean> consents)
        implements Serializable {}
