package jp.member.members.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BirthDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 1);

    @Test
    @DisplayName("a missing birth date is required")
    void required() {
        assertThat(BirthDates.violation(null, TODAY)).contains("member.birthDate.required");
    }

    @Test
    @DisplayName("tomorrow is in the future; today is accepted (born today)")
    void future() {
        assertThat(BirthDates.violation(TODAY.plusDays(1), TODAY)).contains("member.birthDate.future");
        assertThat(BirthDates.violation(TODAY, TODAY)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1985-06-15", "2000-02-29", "1950-01-01", "2025-12-31"})
    @DisplayName("ordinary birth dates are accepted")
    void plausible(String date) {
        assertThat(BirthDates.violation(LocalDate.parse(date), TODAY)).isEmpty();
    }

    @Test
    @DisplayName("exactly 120 years before today is accepted, one day earlier is implausible")
    void oldestBoundary() {
        LocalDate oldest = LocalDate.of(1906, 4, 1);

        assertThat(BirthDates.violation(oldest, TODAY)).isEmpty();
        assertThat(BirthDates.violation(oldest.minusDays(1), TODAY)).contains("member.birthDate.implausible");
    }

    @Test
    @DisplayName("before 1900-01-01 is implausible even when it is within 120 years of today")
    void before1900() {
        LocalDate today = LocalDate.of(2010, 1, 1);

        assertThat(BirthDates.violation(LocalDate.of(1900, 1, 1), today)).isEmpty();
        assertThat(BirthDates.violation(LocalDate.of(1899, 12, 31), today)).contains("member.birthDate.implausible");
    }

    @Test
    @DisplayName("a year typed with a missing digit is implausible")
    void typingError() {
        assertThat(BirthDates.violation(LocalDate.of(198, 6, 15), TODAY)).contains("member.birthDate.implausible");
    }

    @Test
    @DisplayName("today is required: the rule has no clock of its own")
    void todayRequired() {
        assertThatNullPointerException().isThrownBy(() -> BirthDates.violation(LocalDate.of(1985, 6, 15), null));
    }
}
