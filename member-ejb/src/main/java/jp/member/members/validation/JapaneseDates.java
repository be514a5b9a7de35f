package jp.member.members.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people in Japan type them: {@code 1976-07-23}, {@code 1976/7/23}, {@code 1976年7月23日}, {@code 19760723},
 * and in the Japanese calendar (和暦) {@code S51.7.23}, {@code 昭和51年7月23日}, {@code H元.1.8}, {@code 平成元年1月8日},
 * {@code R2.5.1}, {@code 令和2年5月1日}, likewise with 大正 (T) and 明治 (M). Full-width digits and letters, any dash
 * look-alike, spaces around the parts and the one-character era signs (㍼, ㍻, ㋿) are accepted.
 *
 * <p>A date in an era must lie inside it: 昭和64年1月8日 was already 平成元年1月8日, and 平成元年1月7日 was still 昭和. Japan used
 * the Gregorian calendar from 明治6年 (1873); earlier 明治 dates were lunisolar and are not converted.
 *
 * <p>The refusals are message keys and never repeat the text, which may be a person's birth date.
 */
public final class JapaneseDates {

    /** The longest text read as a date; anything longer is not one (昭和５１年１２月２３日 with spaces fits). */
    public static final int TEXT_MAX = 20;

    /** Spaces next to a sign (年, /, 昭和) are dropped; between two numbers they separate them. */
    private static final Pattern SPACE_NEXT_TO_SIGN = Pattern.compile("(?<=[^\\d\\s])\\s+|\\s+(?=[^\\d\\s])");

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final String SEPARATOR = "[-/.]";
    private static final Pattern GREGORIAN = Pattern.compile("(\\d{4})(?:" + SEPARATOR + "(\\d{1,2})" + SEPARATOR
            + "(\\d{1,2})|年(\\d{1,2})月(\\d{1,2})日?|(\\d{2})(\\d{2}))");
    private static final Pattern IN_ERA = Pattern.compile("(M|T|S|H|R|明治|大正|昭和|平成|令和)\\.?(\\d{1,2}|元)(?:" + SEPARATOR
            + "(\\d{1,2})" + SEPARATOR + "(\\d{1,2})|年(\\d{1,2})月(\\d{1,2})日?)");

    private JapaneseDates() {}

    /** Why a text is not a date; each has its message key. */
    public enum Refusal {
        /** Nothing typed. */
        MISSING("date.missing"),
        /** Not written in any form this class reads. */
        UNREADABLE("date.unreadable"),
        /** The form is right but the calendar has no such day: month 13, 2月30日, 2月29日 in a common year. */
        NO_SUCH_DAY("date.noSuchDay"),
        OUTSIDE_MEIJI("date.outsideMeiji"),
        OUTSIDE_TAISHO("date.outsideTaisho"),
        OUTSIDE_SHOWA("date.outsideShowa"),
        OUTSIDE_HEISEI("date.outsideHeisei"),
        OUTSIDE_REIWA("date.outsideReiwa");

        private final String messageKey;

        Refusal(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /**
     * What a typed text says: either a date or the refusal that explains why it is none.
     *
     * @param date the date, or null when refused
     * @param refusal why it is no date, or null when it is one
     */
    public record Reading(LocalDate date, Refusal refusal) {

        public Reading {
            if ((date == null) == (refusal == null)) {
                throw new IllegalArgumentException("a reading is either a date or a refusal");
            }
        }

        static Reading of(LocalDate date) {
            return new Reading(date, null);
        }

        static Reading refused(Refusal refusal) {
            return new Reading(null, refusal);
        }

        public boolean isDate() {
            return date != null;
        }
    }

    /** The eras a living person's birth date can fall in, with the days each covers. */
    private enum Era {
        MEIJI("M", "明治", 1868, LocalDate.of(1873, 1, 1), LocalDate.of(1912, 7, 29), Refusal.OUTSIDE_MEIJI),
        TAISHO("T", "大正", 1912, LocalDate.of(1912, 7, 30), LocalDate.of(1926, 12, 24), Refusal.OUTSIDE_TAISHO),
        SHOWA("S", "昭和", 1926, LocalDate.of(1926, 12, 25), LocalDate.of(1989, 1, 7), Refusal.OUTSIDE_SHOWA),
        HEISEI("H", "平成", 1989, LocalDate.of(1989, 1, 8), LocalDate.of(2019, 4, 30), Refusal.OUTSIDE_HEISEI),
        REIWA("R", "令和", 2019, LocalDate.of(2019, 5, 1), LocalDate.MAX, Refusal.OUTSIDE_REIWA);

        private final String letter;
        private final String name;
        private final int firstYear;
        private final LocalDate firstDay;
        private final LocalDate lastDay;
        private final Refusal outside;

        Era(String letter, String name, int firstYear, LocalDate firstDay, LocalDate lastDay, Refusal outside) {
            this.letter = letter;
            this.name = name;
            this.firstYear = firstYear;
            this.firstDay = firstDay;
            this.lastDay = lastDay;
            this.outside = outside;
        }

        /** The era of a sign the pattern matched: its letter (S) or its name (昭和). */
        static Era signed(String sign) {
            return Arrays.stream(values())
                    .filter(era -> era.letter.equals(sign) || era.name.equals(sign))
                    .findFirst()
                    .orElseThrow();
        }
    }

    /** The date the text names, or why it names none. */
    public static Reading read(String text) {
        if (text == null || text.isBlank()) {
            return Reading.refused(Refusal.MISSING);
        }
        String typed = Dashes.folded(text).strip().toUpperCase(Locale.ROOT);
        if (typed.codePointCount(0, typed.length()) > TEXT_MAX) {
            return Reading.refused(Refusal.UNREADABLE);
        }
        String compact =
                SPACE.matcher(SPACE_NEXT_TO_SIGN.matcher(typed).replaceAll("")).replaceAll("-");
        Matcher gregorian = GREGORIAN.matcher(compact);
        if (gregorian.matches()) {
            return day(Integer.parseInt(gregorian.group(1)), monthAndDay(gregorian, 2));
        }
        Matcher inEra = IN_ERA.matcher(compact);
        if (inEra.matches()) {
            return inEra(Era.signed(inEra.group(1)), inEra.group(2), monthAndDay(inEra, 3));
        }
        return Reading.refused(Refusal.UNREADABLE);
    }

    private static Reading inEra(Era era, String yearOfEra, int[] monthAndDay) {
        int year = yearOfEra.equals("元") ? 1 : Integer.parseInt(yearOfEra);
        if (year == 0) {
            return Reading.refused(era.outside);
        }
        Reading reading = day(era.firstYear - 1 + year, monthAndDay);
        if (reading.isDate()
                && (reading.date().isBefore(era.firstDay) || reading.date().isAfter(era.lastDay))) {
            return Reading.refused(era.outside);
        }
        return reading;
    }

    private static Reading day(int year, int[] monthAndDay) {
        try {
            return Reading.of(LocalDate.of(year, monthAndDay[0], monthAndDay[1]));
        } catch (DateTimeException noSuchDay) {
            return Reading.refused(Refusal.NO_SUCH_DAY);
        }
    }

    /** Month and day from the first pair of groups from {@code first} on that matched (the forms are alternatives). */
    private static int[] monthAndDay(Matcher matcher, int first) {
        for (int group = first; group < matcher.groupCount(); group += 2) {
            if (matcher.group(group) != null) {
                return new int[] {Integer.parseInt(matcher.group(group)), Integer.parseInt(matcher.group(group + 1))};
            }
        }
        throw new IllegalStateException("the pattern matched without a month");
    }
}
