package jp.member.members.validation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Birth dates of members. The date decides age-restricted offers and the birthday bonus, so an impossible one is
 * refused rather than stored: not in the future, not before 1900, not more than 120 years ago (older than any
 * living person, so a typing error in the year).
 */
public final class BirthDates {

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final int MAX_AGE_YEARS = 120;

    private BirthDates() {}

    /**
     * The message key of the rule the birth date breaks, or empty when it is plausible. {@code today} is passed in
     * (from the application clock, in Japan's time zone) so the rule is tested without waiting for a date.
     */
    public static Optional<String> violation(LocalDate birthDate, LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (birthDate == null) {
            return Optional.of("member.birthDate.required");
        }
        if (birthDate.isAfter(today)) {
            return Optional.of("member.birthDate.future");
        }
        if (birthDate.isBefore(EARLIEST) || birthDate.isBefore(today.minusYears(MAX_AGE_YEARS))) {
            return Optional.of("member.birthDate.implausible");
        }
        return Optional.empty();
    }
}
