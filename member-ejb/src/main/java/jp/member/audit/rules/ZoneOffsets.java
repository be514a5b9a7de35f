package jp.member.audit.rules;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The offsets of a time zone from UTC over a period, as the database needs them to tell an entry's local time of
 * day: one offset for a zone without daylight saving (Asia/Tokyo since 1951), a new one at each change of the clocks
 * otherwise.
 */
public final class ZoneOffsets {

    /**
     * From {@code start} on (until the next period's start), local time is UTC plus {@code offsetSeconds}.
     *
     * @param start the first instant of the period; the first period of a list starts at the period asked for
     * @param offsetSeconds the zone's offset, in seconds
     */
    public record Period(Instant start, int offsetSeconds) {}

    private ZoneOffsets() {}

    /**
     * The zone's offsets from {@code from} to {@code to}, earliest first; at least one.
     *
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public static List<Period> between(ZoneId zone, Instant from, Instant to) {
        Objects.requireNonNull(zone, "zone");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
        ZoneRules rules = zone.getRules();
        List<Period> periods = new ArrayList<>();
        periods.add(new Period(from, rules.getOffset(from).getTotalSeconds()));
        ZoneOffsetTransition next = rules.nextTransition(from);
        while (next != null && next.getInstant().isBefore(to)) {
            periods.add(new Period(next.getInstant(), next.getOffsetAfter().getTotalSeconds()));
            next = rules.nextTransition(next.getInstant());
        }
        return List.copyOf(periods);
    }
}
