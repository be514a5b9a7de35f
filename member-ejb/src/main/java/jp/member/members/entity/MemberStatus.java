package jp.member.members.entity;

/** Where a member stands. Agents find only ACTIVE and SUSPENDED members. */
public enum MemberStatus {
    ACTIVE,
    /** Cannot earn or redeem; still found by agents. */
    SUSPENDED,
    /** 退会: not found by agents; personal data kept until the retention period ends. */
    WITHDRAWN,
    /** A duplicate merged into another member; its numbers lead to the survivor. */
    MERGED,
    /** Withdrawn and past retention: personal fields irreversibly erased, non-personal records kept. */
    ANONYMISED;

    public boolean isFindable() {
        return this == ACTIVE || this == SUSPENDED;
    }
}
