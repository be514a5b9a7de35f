package jp.member.members.boundary;

/** Why an agent needs a field in full. Recorded with the reveal. */
public enum RevealReason {
    /** Answering the member's own inquiry. */
    INQUIRY,
    /** Confirming the caller is the member. */
    IDENTITY_CHECK,
    /** The member asked to change it. */
    CONTACT_UPDATE,
    /** Post or a delivery to the member went wrong. */
    DELIVERY,
    OTHER
}
