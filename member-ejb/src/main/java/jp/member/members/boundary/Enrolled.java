package jp.member.members.boundary;

import jp.member.members.validation.MemberNumber;

/** A new member: the number to print on the card, and the reference that opens the record. */
public record Enrolled(MemberNumber memberNumber, String ref) {}
