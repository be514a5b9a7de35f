package jp.member.security.crypto;

/**
 * A sealed value failed to open: altered, moved to another column or record, or sealed with a key the ring no
 * longer holds. Carries no part of the value.
 */
public class TamperedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TamperedException(String reason) {
        super(reason);
    }
}
