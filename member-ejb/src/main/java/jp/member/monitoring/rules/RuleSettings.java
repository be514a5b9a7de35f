package jp.member.monitoring.rules;

import java.io.Serializable;

/**
 * One rule as configured: on or off, its threshold, its window, the working hours (for OUTSIDE_HOURS: from
 * {@code startHour} inclusive to {@code endHour} exclusive), and whether a hit suspends the account at once.
 */
public record RuleSettings(
        RuleCode code,
        boolean enabled,
        int threshold,
        int windowMinutes,
        int startHour,
        int endHour,
        boolean autoSuspend)
        implements Serializable {

    public RuleSettings {
        if (threshold < 0 || threshold > 1_000_000) {
            throw new IllegalArgumentException("threshold must be 0 to 1,000,000");
        }
        if (windowMinutes < 1 || windowMinutes > 7 * 24 * 60) {
            throw new IllegalArgumentException("window must be 1 minute to 7 days");
        }
        if (startHour < 0 || startHour > 23 || endHour < 1 || endHour > 24 || startHour >= endHour) {
            throw new IllegalArgumentException("working hours must be 0-23 to 1-24, start before end");
        }
    }
}
