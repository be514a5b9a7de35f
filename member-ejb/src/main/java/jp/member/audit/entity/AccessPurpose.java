package jp.member.audit.entity;

/** Why a member's personal data was read. */
public enum AccessPurpose {
    /** Shown (masked) in search results. */
    SEARCH,
    /** The member's page opened (masked). */
    VIEW,
    /** A field shown in full, with a reason. */
    REVEAL,
    /** Read by a machine client of the API. */
    API_READ,
    /** The privacy officer listed an incident's affected members (numbers and items, never values). */
    INCIDENT,
    /** Read to answer a member's own request (disclosure, the reply letter); the reason names the request. */
    MEMBER_REQUEST
}
