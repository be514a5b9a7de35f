package jp.member.requests.rules;

/** The fee of a request (Art. 38). */
public enum FeeStatus {
    /** No fee: the kind is free by law, or the programme charges none. */
    NONE,
    /** A fee is charged and not yet received: the reply is not sent before it is paid or waived. */
    DUE,
    PAID,
    WAIVED;

    /** Whether the reply may be sent. */
    public boolean settled() {
        return this != DUE;
    }
}
