package jp.member.audit.control;

/**
 * The inquiry a staff member has open, if any (the inquiries feature implements it): the audit trail writes its
 * number on every entry about members the staff member makes meanwhile, so each look has its reason on record.
 */
public interface InquiryInProgress {

    /** The open inquiry's number, or null when the staff member has none open. */
    String numberOf(String username);
}
