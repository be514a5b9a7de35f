package jp.member.monitoring.rules;

import java.time.Instant;

/** One trail entry of a staff member or an API client, as the rules see it: what, when, about whom, from where. */
public record AccessEvent(
        long entryId,
        Instant at,
        String type,
        String purpose,
        Long memberId,
        String inquiryNumber,
        String clientAddress) {

    public static final String READ = "PERSONAL_DATA_READ";
    public static final String SEARCH = "MEMBER_SEARCHED";
    public static final String SIGN_IN = "SIGN_IN";
    public static final String MISSED = "MEMBER_LOOKUP_MISSED";
    public static final String DUPLICATE = "MEMBER_DUPLICATE_REFUSED";

    /** A probe: a member number that named nobody, or an enrolment that told the client someone is a member. */
    boolean isProbe() {
        return MISSED.equals(type) || DUPLICATE.equals(type);
    }

    boolean isRead() {
        return READ.equals(type);
    }
}
