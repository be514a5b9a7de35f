package jp.member.requests.rules;

/**
 * The fee rule (Art. 38): a fee may be charged only for the purpose notice and for disclosure (provision records
 * included), reasonable in light of the actual cost, and published (Art. 32). Corrections and stops are always free.
 */
public final class Fees {

    /** A fee above this is not "reasonable in light of actual cost" for one member's reply (common practice ¥500–1,000). */
    public static final long MAX_YEN = 3_000;

    private Fees() {}

    /** The fee for a request of {@code kind} when the programme's published fee is {@code publishedYen}. */
    public static long feeFor(RequestKind kind, long publishedYen) {
        if (!kind.feeAllowed() || publishedYen <= 0) {
            return 0;
        }
        return Math.min(publishedYen, MAX_YEN);
    }

    /** The fee's state when the request is taken. */
    public static FeeStatus initialStatus(long feeYen) {
        return feeYen > 0 ? FeeStatus.DUE : FeeStatus.NONE;
    }

    /** Whether the officer may record {@code next} for a request whose fee is {@code current}. */
    public static boolean canRecord(FeeStatus current, FeeStatus next) {
        return current == FeeStatus.DUE && (next == FeeStatus.PAID || next == FeeStatus.WAIVED);
    }
}
