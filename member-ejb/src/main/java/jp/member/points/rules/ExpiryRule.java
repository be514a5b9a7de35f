package jp.member.points.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a lot's points expire. A programme uses one of two rules, configured by its {@link #code()}:
 *
 * <ul>
 *   <li>{@link EndOfMonthAfter} — each lot expires at the end of the month N months after the month it was earned,
 *       and stays there whatever the member does;
 *   <li>{@link AfterLastActivity} — all of a member's lots expire N months after the member's last earn or redeem,
 *       so every activity moves every open lot.
 * </ul>
 *
 * <p>A lot's {@code expiresOn} is the last day it can be used: it is expired only from the next day on ({@link
 * #isExpired}).
 */
public sealed interface ExpiryRule permits ExpiryRule.EndOfMonthAfter, ExpiryRule.AfterLastActivity {

    /** The shortest period a rule may have, in months. */
    int MIN_MONTHS = 1;

    /** The longest period a rule may have, in months (ten years). */
    int MAX_MONTHS = 120;

    /**
     * The expiry date of a lot: for {@link EndOfMonthAfter} from its earn date, for {@link AfterLastActivity} from
     * the member's last activity date.
     */
    LocalDate expiresOn(LocalDate date);

    /**
     * Whether the member's activity moves the expiry of all open lots (then the caller re-dates each open lot to
     * {@code expiresOn(activityDate)} on every earn or redeem).
     */
    boolean moves();

    /** The configuration form, e.g. {@code END_OF_MONTH_AFTER:12} or {@code AFTER_LAST_ACTIVITY:24}. */
    String code();

    /**
     * The rule a configuration code names: {@code END_OF_MONTH_AFTER:<months>} or {@code
     * AFTER_LAST_ACTIVITY:<months>}, months from {@value #MIN_MONTHS} to {@value #MAX_MONTHS} without leading zeros
     * or spaces, exactly as {@link #code()} writes it.
     *
     * @throws IllegalArgumentException for anything else, including null
     */
    static ExpiryRule parse(String code) {
        Matcher matcher = Pattern.compile("([A-Z_]+):([1-9][0-9]{0,2})").matcher(code == null ? "" : code);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not an expiry rule: " + code);
        }
        int months = Integer.parseInt(matcher.group(2));
        return switch (matcher.group(1)) {
            case EndOfMonthAfter.NAME -> new EndOfMonthAfter(months);
            case AfterLastActivity.NAME -> new AfterLastActivity(months);
            default -> throw new IllegalArgumentException("not an expiry rule: " + code);
        };
    }

    /**
     * Whether a lot expiring on {@code expiresOn} is expired on {@code today}: only when that date is before today.
     * A lot expiring on the 31st can still be used on the 31st.
     */
    static boolean isExpired(LocalDate expiresOn, LocalDate today) {
        return expiresOn.isBefore(today);
    }

    private static void requireMonths(int months) {
        if (months < MIN_MONTHS || months > MAX_MONTHS) {
            throw new IllegalArgumentException(
                    "expiry months must be from " + MIN_MONTHS + " to " + MAX_MONTHS + ": " + months);
        }
    }

    /**
     * A lot earned on a date expires on the last day of the month {@code months} months after that date's month:
     * earned 2026-01-15 with 12 months, it expires 2027-01-31; earned 2026-01-31 with 1 month, 2026-02-28. Lots do
     * not move when the member is active.
     *
     * @param months from {@value ExpiryRule#MIN_MONTHS} to {@value ExpiryRule#MAX_MONTHS}
     */
    record EndOfMonthAfter(int months) implements ExpiryRule {

        static final String NAME = "END_OF_MONTH_AFTER";

        /** @throws IllegalArgumentException if {@code months} is outside 1..120 */
        public EndOfMonthAfter {
            ExpiryRule.requireMonths(months);
        }

        /** The last day of the month {@code months} months after {@code earnedOn}'s month. */
        @Override
        public LocalDate expiresOn(LocalDate earnedOn) {
            return YearMonth.from(earnedOn).plusMonths(months).atEndOfMonth();
        }

        /** False: the expiry of a lot is fixed when it is earned. */
        @Override
        public boolean moves() {
            return false;
        }

        @Override
        public String code() {
            return NAME + ":" + months;
        }
    }

    /**
     * Every lot of a member expires {@code months} months after the member's last activity (an earn or a redeem);
     * when the day does not exist in that month, the month's last day (2026-01-31 plus one month is 2026-02-28). On
     * each activity the caller re-dates all the member's open lots to {@code expiresOn(activityDate)}.
     *
     * @param months from {@value ExpiryRule#MIN_MONTHS} to {@value ExpiryRule#MAX_MONTHS}
     */
    record AfterLastActivity(int months) implements ExpiryRule {

        static final String NAME = "AFTER_LAST_ACTIVITY";

        /** @throws IllegalArgumentException if {@code months} is outside 1..120 */
        public AfterLastActivity {
            ExpiryRule.requireMonths(months);
        }

        /** {@code months} months after the activity (or earn) date. */
        @Override
        public LocalDate expiresOn(LocalDate activityDate) {
            return activityDate.plusMonths(months);
        }

        /** True: each activity moves all open lots. */
        @Override
        public boolean moves() {
            return true;
        }

        @Override
        public String code() {
            return NAME + ":" + months;
        }
    }
}
