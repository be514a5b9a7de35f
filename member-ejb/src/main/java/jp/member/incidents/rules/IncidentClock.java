package jp.member.incidents.rules;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The report deadlines of an incident and where each stands.
 *
 * <p>The clock starts on the day the business knew of the incident (知った日: when any one member of staff in any
 * department knew), in the business zone. Days are counted as Japanese law counts them (民法140条, 初日不算入): the
 * day it became known is day 0, so "30 days" from 12-03 ends on 2027-01-02, and a due date is the whole of that day.
 * No day is moved for a weekend or holiday: the PPC form is filed online, and an earlier date is the safe reading.
 *
 * <ul>
 *   <li>preliminary report (速報, Rule Art. 8(1)): "速やかに", which the guideline (GL 3-5-3-3) puts at about 3 to 5
 *       days: a warning from day 3, due on day 5;
 *   <li>final report (確報, Rule Art. 8(2)): 30 days, or 60 days when the incident falls under Rule 7 item 3 (an act
 *       that was, or may have been, done with an unlawful purpose).
 * </ul>
 *
 * <p>Plain Java, no clock: the caller passes the instant, the zone and today's date.
 */
public final class IncidentClock {

    private IncidentClock() {}

    /**
     * The deadlines of an incident known at {@code knownAt}: its date in {@code zone} is day 0. The 60-day final
     * deadline applies when the malice is {@link Malice#YES} or {@link Malice#UNKNOWN} (the possibility of such an
     * act is what item 3 names).
     */
    public static Deadlines deadlines(Instant knownAt, ZoneId zone, Malice malice, ClockSettings s) {
        Objects.requireNonNull(malice, "malice");
        return deadlines(knownAt, zone, malice.possible(), s);
    }

    /**
     * The deadlines of an incident known at {@code knownAt}, saying directly whether it is a Rule 7 item 3 case (for
     * a caller that decided that otherwise, e.g. from an {@link Reportability.Assessment} with {@link
     * Reportability.Trigger#MALICIOUS}).
     */
    public static Deadlines deadlines(Instant knownAt, ZoneId zone, boolean maliciousCase, ClockSettings s) {
        Objects.requireNonNull(knownAt, "knownAt");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(s, "settings");
        LocalDate knownOn = knownAt.atZone(zone).toLocalDate();
        return new Deadlines(
                knownOn,
                knownOn.plusDays(s.preliminaryWarnDay()),
                knownOn.plusDays(s.preliminaryDueDay()),
                knownOn.plusDays(maliciousCase ? s.finalDueDaysMalicious() : s.finalDueDays()));
    }

    /**
     * Where a deadline stands on {@code today}, checked in this order: {@link ClockState#DONE} once done; {@link
     * ClockState#OVERDUE} from the day after the due date; {@link ClockState#DUE_SOON} when at most {@code
     * alertDaysBefore} days are left (the due day itself included); {@link ClockState#WARN} from {@code warnOn} if
     * there is one; otherwise {@link ClockState#NOT_DUE}.
     *
     * @param warnOn the day from which to warn, or null for a deadline without one
     */
    public static ClockState state(
            LocalDate today, LocalDate warnOn, LocalDate dueOn, boolean done, int alertDaysBefore) {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(dueOn, "dueOn");
        if (done) {
            return ClockState.DONE;
        }
        if (today.isAfter(dueOn)) {
            return ClockState.OVERDUE;
        }
        if (daysLeft(today, dueOn) <= alertDaysBefore) {
            return ClockState.DUE_SOON;
        }
        if (warnOn != null && !today.isBefore(warnOn)) {
            return ClockState.WARN;
        }
        return ClockState.NOT_DUE;
    }

    /** Whole days from {@code today} to {@code dueOn}: 0 on the due day, negative once it has passed. */
    public static long daysLeft(LocalDate today, LocalDate dueOn) {
        return ChronoUnit.DAYS.between(today, dueOn);
    }

    /**
     * The dates of an incident's clock; each due date is the last day on which the report is in time.
     *
     * @param knownOn the day the business knew (day 0)
     * @param preliminaryWarnOn from this day the preliminary report is flagged
     * @param preliminaryDueOn the last day for the preliminary report
     * @param finalDueOn the last day for the final report
     */
    public record Deadlines(
            LocalDate knownOn, LocalDate preliminaryWarnOn, LocalDate preliminaryDueOn, LocalDate finalDueOn)
            implements Serializable {

        public Deadlines {
            Objects.requireNonNull(knownOn, "knownOn");
            Objects.requireNonNull(preliminaryWarnOn, "preliminaryWarnOn");
            Objects.requireNonNull(preliminaryDueOn, "preliminaryDueOn");
            Objects.requireNonNull(finalDueOn, "finalDueOn");
        }
    }

    /** Where a deadline stands. */
    public enum ClockState {
        /** Nothing to do yet. */
        NOT_DUE,
        /** The warning day has come (the preliminary report should be on its way). */
        WARN,
        /** At most the alert days are left, the due day included. */
        DUE_SOON,
        /** The due day has passed and the report was not made. */
        OVERDUE,
        /** The report was made. */
        DONE
    }

    /**
     * The clock's days, counted from the day the incident became known (day 0).
     *
     * @param preliminaryWarnDay the day the preliminary report is flagged (0 to {@code preliminaryDueDay})
     * @param preliminaryDueDay the day it is due (0 to 5: the guideline's "about 3 to 5 days")
     * @param finalDueDays the days for the final report ({@code preliminaryDueDay} to 30, at least 1)
     * @param finalDueDaysMalicious the same for a Rule 7 item 3 case ({@code finalDueDays} to 60)
     * @param alertDaysBefore how many days before a due date it shows as due soon (0 to 30)
     */
    public record ClockSettings(
            int preliminaryWarnDay,
            int preliminaryDueDay,
            int finalDueDays,
            int finalDueDaysMalicious,
            int alertDaysBefore) {

        public static final String PRELIMINARY_WARN_DAY = "incident.clock.preliminaryWarnDay";
        public static final String PRELIMINARY_DUE_DAY = "incident.clock.preliminaryDueDay";
        public static final String FINAL_DAYS = "incident.clock.finalDays";
        public static final String FINAL_DAYS_MALICIOUS = "incident.clock.finalDaysMalicious";
        public static final String ALERT_DAYS_BEFORE = "incident.clock.alertDaysBefore";

        /** Rule Art. 8(2): 30 days. */
        public static final int LEGAL_FINAL_DAYS = 30;

        /** Rule Art. 8(2): 60 days for an item 3 case. */
        public static final int LEGAL_FINAL_DAYS_MALICIOUS = 60;

        /** The end of the guideline's "about 3 to 5 days". */
        public static final int GUIDELINE_PRELIMINARY_DAYS = 5;

        static final int MAX_ALERT_DAYS = 30;

        private static final ClockSettings DEFAULTS =
                new ClockSettings(3, GUIDELINE_PRELIMINARY_DAYS, LEGAL_FINAL_DAYS, LEGAL_FINAL_DAYS_MALICIOUS, 2);

        /**
         * @throws IllegalArgumentException if a day is out of its range (see the components): a setting may shorten
         *     the law's periods, never lengthen them
         */
        public ClockSettings {
            if (preliminaryDueDay < 0 || preliminaryDueDay > GUIDELINE_PRELIMINARY_DAYS) {
                throw new IllegalArgumentException("the preliminary report is due on day 0 to 5");
            }
            if (preliminaryWarnDay < 0 || preliminaryWarnDay > preliminaryDueDay) {
                throw new IllegalArgumentException("the preliminary warning comes on day 0 to its due day");
            }
            if (finalDueDays < Math.max(1, preliminaryDueDay) || finalDueDays > LEGAL_FINAL_DAYS) {
                throw new IllegalArgumentException("the final report is due after the preliminary, within 30 days");
            }
            if (finalDueDaysMalicious < finalDueDays || finalDueDaysMalicious > LEGAL_FINAL_DAYS_MALICIOUS) {
                throw new IllegalArgumentException("the final report of a malicious case is due within 60 days");
            }
            if (alertDaysBefore < 0 || alertDaysBefore > MAX_ALERT_DAYS) {
                throw new IllegalArgumentException("the alert comes 0 to 30 days before a due date");
            }
        }

        /** Day 3 warning, day 5 preliminary, 30 / 60 days final, alert 2 days before a due date. */
        public static ClockSettings defaults() {
            return DEFAULTS;
        }

        /**
         * The settings from configuration, keys {@value #PRELIMINARY_WARN_DAY}, {@value #PRELIMINARY_DUE_DAY},
         * {@value #FINAL_DAYS}, {@value #FINAL_DAYS_MALICIOUS} and {@value #ALERT_DAYS_BEFORE}, whole numbers. Each
         * is read in that dependency order (due day, then warning day, final days, malicious final days, alert): a
         * value that is missing, unreadable or out of its range given the ones read before takes its default, or the
         * nearest value in range when the default itself is not (a due day of 2 brings the default warning day 3
         * down to 2). No exception is thrown.
         *
         * @param setting the configuration, e.g. {@code settings::value}
         */
        public static ClockSettings from(Function<String, Optional<String>> setting) {
            int due = (int) SettingValues.longIn(
                    setting, PRELIMINARY_DUE_DAY, 0, GUIDELINE_PRELIMINARY_DAYS, DEFAULTS.preliminaryDueDay());
            int warn = (int) SettingValues.longIn(
                    setting, PRELIMINARY_WARN_DAY, 0, due, Math.min(DEFAULTS.preliminaryWarnDay(), due));
            int finalDays = (int) SettingValues.longIn(
                    setting, FINAL_DAYS, Math.max(1, due), LEGAL_FINAL_DAYS, DEFAULTS.finalDueDays());
            int finalMalicious = (int) SettingValues.longIn(
                    setting,
                    FINAL_DAYS_MALICIOUS,
                    finalDays,
                    LEGAL_FINAL_DAYS_MALICIOUS,
                    DEFAULTS.finalDueDaysMalicious());
            int alert = (int)
                    SettingValues.longIn(setting, ALERT_DAYS_BEFORE, 0, MAX_ALERT_DAYS, DEFAULTS.alertDaysBefore());
            return new ClockSettings(warn, due, finalDays, finalMalicious, alert);
        }
    }
}
