package jp.member.requests.rules;

/**
 * What an Art. 35 request leads to, through the application's existing paths. A request decided "partly" may take a
 * lesser remedy than the one asked for (Art. 35(2)(4)(6): "to the extent needed"; e.g. stop of use instead of erasure).
 */
public enum Remedy {
    /** Every marketing consent off; the member is left out of every later export (a breach notice aside). */
    STOP_USE,
    /** Withdrawal and immediate anonymisation; the points ledger and the provision records stay (retention). */
    ERASE,
    /** The member is left out of every later export (a breach notice aside). */
    STOP_PROVISION;

    /** How far the remedy goes: a partial decision must go less far than the remedy asked for. */
    public int reach() {
        return switch (this) {
            case STOP_PROVISION -> 1;
            case STOP_USE -> 2;
            case ERASE -> 3;
        };
    }
}
