package jp.member.web.incidents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A moment typed as a day and a time (yyyy-mm-dd and hh:mm, half or full width, / for -), in the business zone. Typed
 * fields rather than a picker's pop-up: they are quicker for someone who reads the time off an alert, and the page
 * stays usable with a keyboard and a screen reader.
 */
final class DateTimeText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private DateTimeText() {}

    /** Thrown when a text is not a day or a time; the caller names the field. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
    }

    /** The day, or empty when nothing was typed. */
    static Optional<LocalDate> day(String text) throws Unreadable {
        String t = normal(text);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            String[] parts = t.replace('/', '-').split("-");
            if (parts.length != 3) {
                throw new Unreadable();
            }
            return Optional.of(
                    LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new Unreadable();
        }
    }

    /** The moment of a day and a time (midnight when no time is typed), or empty when no day is typed. */
    static Optional<Instant> moment(String day, String time, ZoneId zone) throws Unreadable {
        Optional<LocalDate> d = day(day);
        String t = normal(time);
        if (d.isEmpty()) {
            if (!t.isEmpty()) {
                throw new Unreadable();
            }
            return Optional.empty();
        }
        LocalTime at;
        try {
            at = t.isEmpty() ? LocalTime.MIDNIGHT : LocalTime.parse(t.length() == 4 ? "0" + t : t, TIME);
        } catch (DateTimeParseException e) {
            throw new Unreadable();
        }
        return Optional.of(d.get().atTime(at).atZone(zone).toInstant());
    }

    static String dayText(Instant instant, ZoneId zone) {
        return instant == null ? null : LocalDate.ofInstant(instant, zone).toString();
    }

    static String timeText(Instant instant, ZoneId zone) {
        return instant == null ? null : TIME.format(instant.atZone(zone));
    }

    /** Full-width digits and punctuation as typed on a Japanese keyboard, made half width. */
    private static String normal(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        for (char c : text.strip().toCharArray()) {
            if (c >= '０' && c <= '９') {
                s.append((char) (c - '０' + '0'));
            } else if (c == '－' || c == 'ー') {
                s.append('-');
            } else if (c == '／') {
                s.append('/');
            } else if (c == '：') {
                s.append(':');
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }
}
