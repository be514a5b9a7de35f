package jp.member.members.boundary;

import java.util.Map;
import jp.member.members.entity.ConsentChannel;
import jp.member.members.entity.MemberStatus;
import jp.member.members.entity.PersonalData;

/** A member's own record in full, for the trusted channel (the member signed in to the web site or app). */
public record MemberRecord(
        String memberNumber,
        MemberStatus status,
        String rank,
        PersonalData personalData,
        Map<ConsentChannel, Boolean> consents) {}
