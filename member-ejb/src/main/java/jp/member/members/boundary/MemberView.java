package jp.member.members.boundary;

import java.time.LocalDate;
import java.util.Map;
import jp.member.members.entity.ConsentChannel;
import jp.member.members.entity.EnrolmentChannel;
import jp.member.members.entity.MemberStatus;
import jp.member.members.entity.PersonalField;

/** A member's page as an agent first sees it: personal fields masked, everything else in full. */
public record MemberView(
        String ref,
        String memberNumber,
        MemberStatus status,
        String rank,
        LocalDate enrolledOn,
        EnrolmentChannel enrolmentChannel,
        String storeCode,
        Map<PersonalField, String> masked,
        Map<ConsentChannel, Boolean> consents) {}
