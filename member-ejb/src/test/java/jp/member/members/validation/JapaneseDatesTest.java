package jp.member.members.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.temporal.ChronoField;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import jp.member.members.validation.JapaneseDates.Reading;
import jp.member.members.validation.JapaneseDates.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class JapaneseDatesTest {

    private static final LocalDate JULY_23_1976 = LocalDate.of(1976, 7, 23);

    /** The eras by the JDK's own calendar, to check the table of JapaneseDates against an independent one. */
    private static final Map<JapaneseEra, List<String>> SIGNS = Map.of(
            JapaneseEra.MEIJI, List.of("M", "明治"),
            JapaneseEra.TAISHO, List.of("T", "大正"),
            JapaneseEra.SHOWA, List.of("S", "昭和"),
            JapaneseEra.HEISEI, List.of("H", "平成"),
            JapaneseEra.REIWA, List.of("R", "令和"));

    private static final Map<JapaneseEra, Refusal> OUTSIDE = Map.of(
            JapaneseEra.MEIJI, Refusal.OUTSIDE_MEIJI,
            JapaneseEra.TAISHO, Refusal.OUTSIDE_TAISHO,
            JapaneseEra.SHOWA, Refusal.OUTSIDE_SHOWA,
            JapaneseEra.HEISEI, Refusal.OUTSIDE_HEISEI,
            JapaneseEra.REIWA, Refusal.OUTSIDE_REIWA);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1976-07-23",
                "1976/07/23",
                "1976/7/23",
                "1976-7-23",
                "1976.7.23",
                "1976年7月23日",
                "1976年07月23日",
                "1976年7月23",
                "19760723",
                "１９７６－０７－２３",
                "１９７６／０７／２３",
                "１９７６年７月２３日",
                "１９７６０７２３",
                " 1976-07-23\u3000",
                "1976 - 07 - 23",
                "1976 7 23",
                "1976\u30007\u300023",
                "1976 年 7 月 23 日",
                "1976ー07ー23",
                "1976−07−23",
                "1976‐07‐23",
                "1976―07―23"
            })
    @DisplayName("the Western year in the forms people type, full-width and with any dash, is 1976-07-23")
    void gregorian(String typed) {
        assertThat(JapaneseDates.read(typed)).isEqualTo(new Reading(JULY_23_1976, null));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "S51.7.23",
                "s51.7.23",
                "S.51.7.23",
                "S51/7/23",
                "S51-07-23",
                "S51 7 23",
                "S51年7月23日",
                "昭和51年7月23日",
                "昭和51年07月23日",
                "昭和51.7.23",
                "昭和 51年 7月 23日",
                "昭和５１年７月２３日",
                "Ｓ５１．７．２３",
                "ｓ５１．７．２３",
                "㍼51年7月23日",
                "S51ー7ー23"
            })
    @DisplayName("昭和51年7月23日 in the era's letter or name, full-width or with its one-character sign, is 1976-07-23")
    void showa(String typed) {
        assertThat(JapaneseDates.read(typed).date()).isEqualTo(JULY_23_1976);
    }

    @ParameterizedTest
    @CsvSource({
        "H1.1.8, 1989-01-08",
        "H元.1.8, 1989-01-08",
        "平成元年1月8日, 1989-01-08",
        "㍻元年1月8日, 1989-01-08",
        "H31.4.30, 2019-04-30",
        "H12.2.29, 2000-02-29",
        "R2.5.1, 2020-05-01",
        "R元.5.1, 2019-05-01",
        "令和2年5月1日, 2020-05-01",
        "令和元年5月1日, 2019-05-01",
        "㋿2年5月1日, 2020-05-01",
        "R08.01.05, 2026-01-05",
        "S64.1.7, 1989-01-07",
        "昭和元年12月25日, 1926-12-25",
        "T15.12.24, 1926-12-24",
        "大正元年7月30日, 1912-07-30",
        "㍽2年3月4日, 1913-03-04",
        "M45.7.29, 1912-07-29",
        "明治33年1月1日, 1900-01-01",
        "㍾40年5月6日, 1907-05-06",
        "M6.1.1, 1873-01-01"
    })
    @DisplayName("each era reads to its Western date, the first and last day of each included")
    void eras(String typed, LocalDate expected) {
        assertThat(JapaneseDates.read(typed).date()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "昭和64年1月8日, OUTSIDE_SHOWA",
        "S64.1.8, OUTSIDE_SHOWA",
        "S65.1.1, OUTSIDE_SHOWA",
        "昭和元年12月24日, OUTSIDE_SHOWA",
        "S0.12.25, OUTSIDE_SHOWA",
        "平成元年1月7日, OUTSIDE_HEISEI",
        "H1.1.7, OUTSIDE_HEISEI",
        "平成31年5月1日, OUTSIDE_HEISEI",
        "H32.1.1, OUTSIDE_HEISEI",
        "H0.6.1, OUTSIDE_HEISEI",
        "令和元年4月30日, OUTSIDE_REIWA",
        "R0.12.1, OUTSIDE_REIWA",
        "大正元年7月29日, OUTSIDE_TAISHO",
        "大正15年12月25日, OUTSIDE_TAISHO",
        "T16.1.1, OUTSIDE_TAISHO",
        "明治45年7月30日, OUTSIDE_MEIJI",
        "M46.1.1, OUTSIDE_MEIJI",
        "明治5年12月2日, OUTSIDE_MEIJI",
        "M1.1.25, OUTSIDE_MEIJI"
    })
    @DisplayName("a date outside its era is refused for that era, also before the Gregorian calendar (明治5年)")
    void outsideEra(String typed, Refusal refusal) {
        assertThat(JapaneseDates.read(typed)).isEqualTo(new Reading(null, refusal));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1976-13-01",
                "1976-00-10",
                "1976-02-30",
                "2023-02-29",
                "1900-02-29",
                "1976-07-32",
                "1976-07-00",
                "1976年2月31日",
                "19761301",
                "S51.13.1",
                "昭和51年2月30日",
                "H11.2.29"
            })
    @DisplayName("a month or day the calendar does not have is refused as no such day, in both calendars")
    void noSuchDay(String typed) {
        assertThat(JapaneseDates.read(typed).refusal()).isEqualTo(Refusal.NO_SUCH_DAY);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1976",
                "1976-07",
                "76-07-23",
                "07/23/1976",
                "23.07.1976",
                "1976723",
                "197607230",
                "1976--07-23",
                "1976-07-23-",
                "1976-07-23T00:00",
                "1976-07-23 1976",
                "昭和51年",
                "昭和51年7月",
                "S51.7",
                "S51",
                "X51.7.23",
                "SH51.7.23",
                "昭和100年1月1日",
                "S5l.7.23",
                "元年1月8日",
                "平成元1月8日",
                "abc",
                "١٩٧٦-٠٧-٢٣",
                "1976 - 07 -            23"
            })
    @DisplayName("text in no known form, or longer than a date is written, is unreadable")
    void unreadable(String typed) {
        assertThat(JapaneseDates.read(typed).refusal()).isEqualTo(Refusal.UNREADABLE);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\u3000", " \t "})
    @DisplayName("nothing typed is missing, not unreadable")
    void missing(String typed) {
        assertThat(JapaneseDates.read(typed)).isEqualTo(new Reading(null, Refusal.MISSING));
    }

    @Test
    @DisplayName("every day from 明治6年 to 令和82年 written in its era, by letter and by name, reads back as that day")
    void everyDayInItsEra() {
        for (LocalDate day = LocalDate.of(1873, 1, 1); day.getYear() <= 2100; day = day.plusDays(1)) {
            JapaneseDate japanese = JapaneseDate.from(day);
            int year = japanese.get(ChronoField.YEAR_OF_ERA);
            List<String> signs = SIGNS.get(japanese.getEra());
            String byLetter = signs.get(0) + year + "." + day.getMonthValue() + "." + day.getDayOfMonth();
            String byName = signs.get(1) + year + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";

            assertThat(JapaneseDates.read(byLetter).date()).as(byLetter).isEqualTo(day);
            assertThat(JapaneseDates.read(byName).date()).as(byName).isEqualTo(day);
        }
    }

    @Test
    @DisplayName(
            "around each change of era (400 days after, 300 before), a day written in the wrong era is refused for that era")
    void everyDayInTheWrongEra() {
        int changes = 0;
        for (LocalDate first = LocalDate.of(1900, 1, 2); first.getYear() <= 2030; first = first.plusDays(1)) {
            LocalDate lastOfOld = first.minusDays(1);
            JapaneseEra old = JapaneseDate.from(lastOfOld).getEra();
            JapaneseEra next = JapaneseDate.from(first).getEra();
            if (old == next) {
                continue;
            }
            changes++;
            int lastYearOfOld = JapaneseDate.from(lastOfOld).get(ChronoField.YEAR_OF_ERA);
            for (LocalDate day = first; day.isBefore(first.plusDays(400)); day = day.plusDays(1)) {
                String typed = written(SIGNS.get(old).get(1), lastYearOfOld + day.getYear() - lastOfOld.getYear(), day);

                assertThat(JapaneseDates.read(typed).refusal()).as(typed).isEqualTo(OUTSIDE.get(old));
            }
            for (LocalDate day = first.minusDays(300); day.isBefore(first); day = day.plusDays(1)) {
                String typed = written(SIGNS.get(next).get(0), day.getYear() - first.getYear() + 1, day);

                assertThat(JapaneseDates.read(typed).refusal()).as(typed).isEqualTo(OUTSIDE.get(next));
            }
        }
        assertThat(changes).as("changes of era since 1900").isEqualTo(4);
    }

    @Test
    @DisplayName("a reading is a date or a refusal, never both or neither")
    void readingIsOneOrTheOther() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Reading(null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new Reading(JULY_23_1976, Refusal.UNREADABLE));
        assertThat(new Reading(JULY_23_1976, null).isDate()).isTrue();
        assertThat(new Reading(null, Refusal.UNREADABLE).isDate()).isFalse();
    }

    @Test
    @DisplayName("each refusal has its own message key")
    void messageKeys() {
        List<String> keys =
                Arrays.stream(Refusal.values()).map(Refusal::messageKey).toList();

        assertThat(keys).doesNotHaveDuplicates().allMatch(key -> key.matches("date\\.[a-zA-Z]+"));
    }

    private static String written(String era, int year, LocalDate day) {
        return era + year + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }
}
