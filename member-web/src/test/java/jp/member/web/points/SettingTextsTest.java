package jp.member.web.points;

import static org.assertj.core.api.Assertions.assertThat;

import jp.member.web.shell.Formats;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingTextsTest {

    private final SettingTexts texts = new SettingTexts();

    {
        texts.fmt = new Formats();
    }

    @ParameterizedTest
    @CsvSource({
        "earn.rate.REGULAR, 0.01, 1%",
        "earn.rate.GOLD, 0.015, 1.5%",
        "expected.redemption.rate, 0.80, 80%",
        "point.value.yen, 1.00, ¥1",
        "point.value.yen, 0.5, ¥0.5",
        "rank.threshold.GOLD, 100000, '¥100,000'",
        "adjustment.approval.threshold, 1000, '1,000pt'",
        "expiry.rule, END_OF_MONTH_AFTER:12, END_OF_MONTH_AFTER:12",
        "campaign.DOUBLE, 2026-12-01..2026-12-31 x2.0, 2026-12-01..2026-12-31 x2.0"
    })
    @DisplayName("rates read as percentages, yen as ¥, points with pt; other settings as stored")
    void shown(String name, String stored, String shown) {
        assertThat(texts.value(name, stored)).isEqualTo(shown);
    }

    @Test
    @DisplayName("the meaning next to a stored value is empty where it would only repeat it")
    void meaning() {
        assertThat(texts.meaning("earn.rate.SILVER", "0.02")).isEqualTo("2%");
        assertThat(texts.meaning("expiry.rule", "END_OF_MONTH_AFTER:12")).isEmpty();
        assertThat(texts.meaning("point.value.yen", "one")).isEmpty();
        assertThat(texts.meaning(null, "1")).isEmpty();
    }

    @Test
    @DisplayName("a missing value (a setting's first change has none before it) shows nothing")
    void missing() {
        assertThat(texts.value("earn.rate.REGULAR", null)).isEmpty();
    }

    @Test
    @DisplayName("a stored value that is not a number is shown as stored, not as an error")
    void notANumber() {
        assertThat(texts.value("earn.rate.REGULAR", "abc")).isEqualTo("abc");
    }
}
