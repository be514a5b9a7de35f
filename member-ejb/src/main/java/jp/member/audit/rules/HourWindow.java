package jp.member.audit.rules;

import java.io.Serializable;
import java.time.LocalTime;
import jp.member.shared.BusinessException;

/**
 * A time of day on the business clock, by whole hours: from the start of hour {@code from} (0–23) up to the start of
 * hour {@code to} (1–24, 24 being midnight at the end of the day). A window whose end comes before its start runs
 * past midnight: 22 to 6 is the night shift, 22:00 to 05:59:59.
 *
 * @param from the first hour in the window
 * @param to the first hour after the window
 */
public record HourWindow(int from, int to) implements Serializable {

    public static final int SECONDS_PER_HOUR = 3600;

    /**
     * @throws IllegalArgumentException if an hour is out of its range or both are the same (which window is meant —
     *     none, or the whole day — is unclear)
     */
    public HourWindow {
        if (from < 0 || from > 23 || to < 1 || to > 24 || from == to) {
            throw new IllegalArgumentException(
                    "an hour window runs from 0–23 to 1–24, and ends where it does not start");
        }
    }

    /**
     * The window as an auditor gives it: no hour at all is no window (null); a missing start is the start of the day,
     * a missing end its end.
     *
     * @throws BusinessException {@code audit.hours.invalid} if the hours are out of range or the same
     */
    public static HourWindow of(Integer from, Integer to) {
        if (from == null && to == null) {
            return null;
        }
        try {
            return new HourWindow(from == null ? 0 : from, to == null ? 24 : to);
        } catch (IllegalArgumentException e) {
            throw new BusinessException("audit.hours.invalid");
        }
    }

    /** Whether the window runs past midnight (its end is before its start). */
    public boolean wraps() {
        return to < from;
    }

    /** Whether a time of day falls in the window. */
    public boolean contains(LocalTime time) {
        int hour = time.getHour();
        return wraps() ? hour >= from || hour < to : hour >= from && hour < to;
    }

    /** The window's first second of the day. */
    public int startSecond() {
        return from * SECONDS_PER_HOUR;
    }

    /** The first second of the day after the window (86,400 for a window that runs to midnight). */
    public int endSecond() {
        return to * SECONDS_PER_HOUR;
    }

    /** As the trail records the search: {@code 22-6}. */
    @Override
    public String toString() {
        return from + "-" + to;
    }
}
