package jp.member.members.entity;

/**
 * What happened to a member that other capabilities react to in the same transaction (the points ledger moves or
 * forfeits points). Fired as CDI events; they carry ids only.
 */
public sealed interface MemberEvent {

    long memberId();

    /** 退会: the member's points are forfeited. */
    record Withdrawn(long memberId) implements MemberEvent {}

    /** A duplicate was merged: its points, lots and history move to the survivor. */
    record Merged(long memberId, long survivorId) implements MemberEvent {}
}
