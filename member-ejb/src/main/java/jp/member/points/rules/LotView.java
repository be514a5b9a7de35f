package jp.member.points.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A point lot as {@link LotAllocator} sees it: one grant of points, its expiry date and what is left of it.
 *
 * @param lotId the lot's identity; unique within one allocation
 * @param expiresOn the last day the lot's points can be used (see {@link ExpiryRule#isExpired})
 * @param remaining points not yet consumed, zero or more
 */
public record LotView(long lotId, LocalDate expiresOn, long remaining) {

    /**
     * @throws NullPointerException if {@code expiresOn} is null
     * @throws IllegalArgumentException if {@code remaining} is negative
     */
    public LotView {
        Objects.requireNonNull(expiresOn, "expiresOn");
        if (remaining < 0) {
            throw new IllegalArgumentException("a lot's remaining points must not be negative: " + remaining);
        }
    }
}
