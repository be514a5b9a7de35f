package jp.member.audit.control;

/**
 * The inquiry a staff member has open, if any (the inquiries feature implements it): the audit trail writes its
 * number on every entry about members the staff member makes meanwhile, so each look has its reason on record.
 */
public interface InquiryInProgress {

    /**
     * A scalar SQL subquery giving the open inquiry's number (NULL when there is none) of the staff member named by
     * {@code usernameParameter}, a parameter marker of the enclosing statement: the trail reads the number in the
     * statement that writes its entries, not in a round trip of its own.
     */
    String numberQuery(String usernameParameter);
}
