package jp.member.members.boundary;

import jp.member.members.entity.MemberStatus;

/** What a till needs to know about a card: no personal data at all. */
public record TillStatus(String memberNumber, MemberStatus status, String rank) {}
