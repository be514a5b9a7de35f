package jp.member.points.rules;

import java.util.Arrays;
import java.util.Optional;

/**
 * The reasons the application itself gives a ledger entry — a till's purchase or redemption, a reversal, an expiry, a
 * withdrawal, a merge — as the entry's reason stores them, next to the reasons staff type. Written and read here
 * only, so pages can name them in the viewer's language (the stored text is what the API has always returned) and
 * show a typed reason as it was typed.
 */
public enum LedgerReason {
    PURCHASE("purchase", false),
    REDEMPTION("redemption", false),
    /** Followed by the till's transaction id. */
    REVERSAL("reversal of ", true),
    /** Followed by the lot's expiry date. */
    EXPIRY("expired on ", true),
    WITHDRAWAL("withdrawal (退会)", false),
    MERGE("merge of duplicates", false);

    /** A stored reason read back: which one, and its detail (a transaction id, a date; empty when it has none). */
    public record Read(LedgerReason reason, String detail) {}

    private final String stored;
    private final boolean detailed;

    LedgerReason(String stored, boolean detailed) {
        this.stored = stored;
        this.detailed = detailed;
    }

    /**
     * The reason as stored.
     *
     * @throws IllegalStateException for a reason that needs a detail
     */
    public String text() {
        if (detailed) {
            throw new IllegalStateException(name() + " needs a detail");
        }
        return stored;
    }

    /**
     * The reason with its detail, as stored.
     *
     * @throws IllegalStateException for a reason that takes no detail
     */
    public String text(Object detail) {
        if (!detailed) {
            throw new IllegalStateException(name() + " takes no detail");
        }
        return stored + detail;
    }

    /** The application's reason a stored text is, if it is one; empty for what staff typed (or nothing). */
    public static Optional<Read> read(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(r -> r.detailed
                        ? text.startsWith(r.stored) && text.length() > r.stored.length()
                        : text.equals(r.stored))
                .findFirst()
                .map(r -> new Read(r, r.detailed ? text.substring(r.stored.length()) : ""));
    }
}
