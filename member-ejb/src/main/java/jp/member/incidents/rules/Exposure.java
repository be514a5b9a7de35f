package jp.member.incidents.rules;

/**
 * How one data item of one member reached someone, from worst to least bad. A member counts once per item, at the
 * worst way it reached anyone ({@link #worse}).
 */
public enum Exposure {
    /** In clear: revealed on a page, read through the API, written to a plain file. */
    CLEAR,
    /**
     * Shown masked on a page: only part of the value, but a part is still personal data, so it counts as exposed.
     */
    MASKED,
    /**
     * Only encrypted: e.g. inside an export ZIP whose password was never shown. Not exposed while the key or password
     * is not (the 高度な暗号化 exemption of Rule Art. 7); exposed as soon as it is.
     */
    ENCRYPTED;

    /** The worse of the two: {@code CLEAR} over {@code MASKED} over {@code ENCRYPTED}. */
    public Exposure worse(Exposure other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /** Whether this counts as exposed: CLEAR and MASKED always, ENCRYPTED only when the key was exposed too. */
    public boolean exposed(boolean keyExposed) {
        return this != ENCRYPTED || keyExposed;
    }
}
