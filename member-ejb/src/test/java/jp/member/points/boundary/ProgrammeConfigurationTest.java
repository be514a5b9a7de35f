package jp.member.points.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProgrammeConfigurationTest {

    @Test
    @DisplayName("a setting value longer than its column is invalid, even when it parses (it broke at the database)")
    void longValueInvalid() {
        String tiny = "0." + "0".repeat(ProgrammeConfiguration.SETTING_VALUE_MAX) + "1";

        assertThat(ProgrammeConfiguration.valid("earn.rate.REGULAR", tiny)).isFalse();
        assertThat(ProgrammeConfiguration.valid("earn.rate.REGULAR", "0.01")).isTrue();
    }
}
