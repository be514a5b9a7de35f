package jp.member.members.boundary;

import jp.member.members.entity.MemberStatus;
import jp.member.members.rules.Rank;
import jp.member.members.validation.MemberNumber;

/** What a till needs to know about a card: no personal data at all. */
public record TillStatus(MemberNumber memberNumber, MemberStatus status, Rank rank) {}
