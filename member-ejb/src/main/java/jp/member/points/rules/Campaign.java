package jp.member.points.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A points campaign: on every business date from {@code from} to {@code to}, both included, earning is multiplied
 * by {@code multiplier}. Campaigns never reduce earning and are capped at twenty times, so a typo in the
 * configuration cannot give points away without limit.
 *
 * @param code the campaign's name in reports, not blank
 * @param from first day of the campaign (inclusive)
 * @param to last day of the campaign (inclusive), not before {@code from}
 * @param multiplier from 1 to 20, e.g. 2 for "double points"
 */
public record Campaign(String code, LocalDate from, LocalDate to, BigDecimal multiplier) {

    /** The highest multiplier a campaign may have. */
    public static final BigDecimal MAX_MULTIPLIER = BigDecimal.valueOf(20);

    /**
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if the code is blank, the dates are reversed or the multiplier is outside 1..20
     */
    public Campaign {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(multiplier, "multiplier");
        if (code.isBlank()) {
            throw new IllegalArgumentException("a campaign needs a code");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("campaign " + code + " ends before it starts");
        }
        if (multiplier.compareTo(BigDecimal.ONE) < 0 || multiplier.compareTo(MAX_MULTIPLIER) > 0) {
            throw new IllegalArgumentException(
                    "campaign " + code + " multiplier must be from 1 to 20: " + multiplier.toPlainString());
        }
    }

    /** Whether the campaign runs on {@code date}: from its first day to its last day, both included. */
    public boolean activeOn(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
