package jp.member.shared;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The programme's one business time: the calendar days that reports, expiry, campaigns, retention and attestations
 * count in, in the programme's time zone ({@code member.timezone}, default {@value #DEFAULT_ZONE_ID}), read off the
 * one clock ({@link ClockProducer}). A zone that does not exist stops the deployment rather than silently counting
 * days elsewhere.
 */
@ApplicationScoped
public class BusinessTime {

    public static final String DEFAULT_ZONE_ID = "Asia/Tokyo";
    public static final ZoneId DEFAULT_ZONE = ZoneId.of(DEFAULT_ZONE_ID);

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    private ZoneId zone = DEFAULT_ZONE;

    /** For the container. */
    public BusinessTime() {}

    /** A business time on this clock in this zone (plain Java: tools, benchmarks, tests). */
    public BusinessTime(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    @PostConstruct
    void load() {
        zone = settings.value("member.timezone").map(BusinessTime::zoneOf).orElse(DEFAULT_ZONE);
    }

    static ZoneId zoneOf(String id) {
        try {
            return ZoneId.of(id.trim());
        } catch (DateTimeException e) {
            throw new IllegalStateException(
                    "Refusing to start: member.timezone is not a time zone (e.g. " + DEFAULT_ZONE_ID + ")", e);
        }
    }

    public ZoneId zone() {
        return zone;
    }

    /** Now, as an instant (what records store). */
    public Instant now() {
        return clock.instant();
    }

    /** Today's business date. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** The business date an instant falls on. */
    public LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** The first instant of a business date. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }
}
