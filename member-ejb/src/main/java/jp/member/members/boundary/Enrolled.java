package jp.member.members.boundary;

/** A new member: the number to print on the card, and the reference that opens the record. */
public record Enrolled(String memberNumber, String ref) {}
