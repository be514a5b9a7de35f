package jp.member.members.entity;

/** How a member joined, or how a change reached us. */
public enum EnrolmentChannel {
    STORE,
    WEB,
    APP,
    CALL_CENTRE,
    /** Migrated from an earlier system with the bulk import. */
    IMPORT,
    /** A change made by a member's request under the APPI (stop of use, correction). */
    MEMBER_REQUEST
}
