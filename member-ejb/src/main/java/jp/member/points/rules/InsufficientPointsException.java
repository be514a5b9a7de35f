package jp.member.points.rules;

/**
 * The lots hold fewer points than a redemption or a take-back asks for; nothing was allocated. A balance never goes
 * negative, so the caller refuses the request (or, for a refund, decides what to do about points already spent).
 *
 * <p>Unchecked and free of container annotations so that this package stays plain Java; a boundary translates it
 * into its {@code BusinessException} when the transaction must roll back with a message for the user.
 */
public class InsufficientPointsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long available;
    private final long requested;

    /**
     * @param available points the lots hold
     * @param requested points asked for, more than {@code available}
     */
    public InsufficientPointsException(long available, long requested) {
        super("requested " + requested + " points but only " + available + " are available");
        this.available = available;
        this.requested = requested;
    }

    /** Points the lots hold. */
    public long available() {
        return available;
    }

    /** Points asked for. */
    public long requested() {
        return requested;
    }
}
