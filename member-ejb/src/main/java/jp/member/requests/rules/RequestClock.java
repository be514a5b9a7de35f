package jp.member.requests.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The clock of a request. The law says "without delay" (遅滞なく) and fixes no number of days for a business; the
 * programme sets an internal target ({@code request.targetDays}, default 14 — the two weeks after which Art. 39 lets
 * the member sue) and warns {@code request.warnDays} (default 3) before it. Days are counted from the day after the
 * request arrived (民法140条), so a request received on 12-03 with 14 days is due on 12-17, the whole of that day.
 *
 * <p>Plain Java, no clock: the caller passes today's business date.
 */
public final class RequestClock {

    public static final int DEFAULT_TARGET_DAYS = 14;
    public static final int DEFAULT_WARN_DAYS = 3;

    private RequestClock() {}

    /** The programme's target and warning, read from settings; a missing or bad value takes the default. */
    public record Settings(int targetDays, int warnDays) {

        public Settings {
            if (targetDays < 1) {
                throw new IllegalArgumentException("targetDays");
            }
            if (warnDays < 0 || warnDays >= targetDays) {
                throw new IllegalArgumentException("warnDays");
            }
        }

        public static Settings defaults() {
            return new Settings(DEFAULT_TARGET_DAYS, DEFAULT_WARN_DAYS);
        }

        public static Settings from(Function<String, Optional<String>> values) {
            int target = positive(values.apply("request.targetDays"), DEFAULT_TARGET_DAYS);
            int warn = positive(values.apply("request.warnDays"), DEFAULT_WARN_DAYS);
            return warn < target ? new Settings(target, warn) : new Settings(target, Math.max(0, target - 1));
        }

        private static int positive(Optional<String> value, int fallback) {
            try {
                int parsed = Integer.parseInt(value.orElse("").strip());
                return parsed >= 0 && parsed <= 365 ? parsed : fallback;
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
    }

    /** Where a request stands. */
    public enum State {
        ON_TRACK,
        DUE_SOON,
        OVERDUE,
        /** The reply was sent. */
        DONE
    }

    public static LocalDate dueOn(LocalDate receivedOn, Settings s) {
        return Objects.requireNonNull(receivedOn, "receivedOn").plusDays(s.targetDays());
    }

    /** Done once replied; overdue after the due day; due soon within the warning days (the due day included). */
    public static State state(LocalDate today, LocalDate dueOn, boolean replied, Settings s) {
        if (replied) {
            return State.DONE;
        }
        long left = daysLeft(today, dueOn);
        if (left < 0) {
            return State.OVERDUE;
        }
        return left <= s.warnDays() ? State.DUE_SOON : State.ON_TRACK;
    }

    /** Days until the due day (0 on it, negative after it). */
    public static long daysLeft(LocalDate today, LocalDate dueOn) {
        return ChronoUnit.DAYS.between(today, dueOn);
    }
}
