package jp.member.inquiries.entity;

/** How an inquiry ended; {@link #FOLLOW_UP} needs a date and an owner. */
public enum InquiryOutcome {
    RESOLVED,
    FOLLOW_UP,
    ESCALATED,
    NOT_VERIFIED,
    DISCONNECTED;

    public boolean needsFollowUp() {
        return this == FOLLOW_UP;
    }
}
