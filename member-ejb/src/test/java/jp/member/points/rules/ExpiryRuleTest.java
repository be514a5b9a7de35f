package jp.member.points.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ExpiryRuleTest {

    @ParameterizedTest(name = "earned {0}, {1} months → expires {2}")
    @CsvSource({
        "2026-01-15, 12, 2027-01-31",
        "2026-01-01, 12, 2027-01-31",
        "2026-01-31, 1, 2026-02-28",
        "2027-01-10, 13, 2028-02-29",
        "2028-01-31, 1, 2028-02-29",
        "2026-11-30, 2, 2027-01-31",
        "2026-04-30, 120, 2036-04-30",
        "2026-12-31, 1, 2027-01-31"
    })
    @DisplayName("END_OF_MONTH_AFTER: a lot expires on the last day of the month N months after the earn month")
    void endOfMonthAfter(LocalDate earnedOn, int months, LocalDate expected) {
        ExpiryRule rule = new ExpiryRule.EndOfMonthAfter(months);

        LocalDate expiresOn = rule.expiresOn(earnedOn);

        assertThat(expiresOn).isEqualTo(expected);
    }

    @Test
    @DisplayName("END_OF_MONTH_AFTER: lots do not move when the member is active")
    void endOfMonthAfterDoesNotMove() {
        ExpiryRule rule = new ExpiryRule.EndOfMonthAfter(12);

        assertThat(rule.moves()).isFalse();
    }

    @ParameterizedTest(name = "last activity {0}, {1} months → expires {2}")
    @CsvSource({
        "2026-01-15, 24, 2028-01-15",
        "2026-01-31, 1, 2026-02-28",
        "2027-02-28, 12, 2028-02-28",
        "2028-02-29, 12, 2029-02-28",
        "2026-05-10, 6, 2026-11-10"
    })
    @DisplayName("AFTER_LAST_ACTIVITY: lots expire N months after the last activity (the month's last day if the"
            + " date does not exist)")
    void afterLastActivity(LocalDate activityOn, int months, LocalDate expected) {
        ExpiryRule rule = new ExpiryRule.AfterLastActivity(months);

        LocalDate expiresOn = rule.expiresOn(activityOn);

        assertThat(expiresOn).isEqualTo(expected);
    }

    @Test
    @DisplayName("AFTER_LAST_ACTIVITY: activity moves the lots")
    void afterLastActivityMoves() {
        ExpiryRule rule = new ExpiryRule.AfterLastActivity(24);

        assertThat(rule.moves()).isTrue();
    }

    @Test
    @DisplayName("codes are NAME:months")
    void codes() {
        assertThat(new ExpiryRule.EndOfMonthAfter(12).code()).isEqualTo("END_OF_MONTH_AFTER:12");
        assertThat(new ExpiryRule.AfterLastActivity(24).code()).isEqualTo("AFTER_LAST_ACTIVITY:24");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "END_OF_MONTH_AFTER:1",
                "END_OF_MONTH_AFTER:12",
                "END_OF_MONTH_AFTER:120",
                "AFTER_LAST_ACTIVITY:1",
                "AFTER_LAST_ACTIVITY:24",
                "AFTER_LAST_ACTIVITY:120"
            })
    @DisplayName("parse reads what code writes")
    void parseRoundTrip(String code) {
        ExpiryRule rule = ExpiryRule.parse(code);

        assertThat(rule.code()).isEqualTo(code);
    }

    @Test
    @DisplayName("parse gives the rule of the right kind and months")
    void parseKinds() {
        assertThat(ExpiryRule.parse("END_OF_MONTH_AFTER:12")).isEqualTo(new ExpiryRule.EndOfMonthAfter(12));
        assertThat(ExpiryRule.parse("AFTER_LAST_ACTIVITY:24")).isEqualTo(new ExpiryRule.AfterLastActivity(24));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "END_OF_MONTH_AFTER:0",
                "END_OF_MONTH_AFTER:121",
                "AFTER_LAST_ACTIVITY:0",
                "AFTER_LAST_ACTIVITY:121",
                "END_OF_MONTH_AFTER:-1",
                "END_OF_MONTH_AFTER:012",
                "END_OF_MONTH_AFTER:",
                "END_OF_MONTH_AFTER",
                "END_OF_MONTH_AFTER:12 ",
                " END_OF_MONTH_AFTER:12",
                "end_of_month_after:12",
                "END_OF_MONTH_AFTER:twelve",
                "END_OF_MONTH_AFTER:99999999999",
                "NEVER:12",
                "END_OF_MONTH_AFTER:12:1"
            })
    @DisplayName("parse refuses anything else")
    void parseRefuses(String code) {
        assertThatThrownBy(() -> ExpiryRule.parse(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 121, Integer.MAX_VALUE})
    @DisplayName("months outside 1..120 are refused by both rules")
    void monthsOutOfRange(int months) {
        assertThatThrownBy(() -> new ExpiryRule.EndOfMonthAfter(months)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExpiryRule.AfterLastActivity(months)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "expires {0}, today {1} → expired {2}")
    @CsvSource({"2026-01-31, 2026-01-30, false", "2026-01-31, 2026-01-31, false", "2026-01-31, 2026-02-01, true"})
    @DisplayName("a lot is expired only after its expiry date: still usable on the day itself")
    void isExpired(LocalDate expiresOn, LocalDate today, boolean expected) {
        boolean expired = ExpiryRule.isExpired(expiresOn, today);

        assertThat(expired).isEqualTo(expected);
    }
}
