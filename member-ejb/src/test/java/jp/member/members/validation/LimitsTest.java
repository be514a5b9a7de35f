package jp.member.members.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LimitsTest {

    @Test
    @DisplayName("the limits are those of the columns")
    void values() {
        assertThat(Limits.NAME_KANJI_MAX).isEqualTo(50);
        assertThat(Limits.NAME_KANA_MAX).isEqualTo(100);
        assertThat(Limits.CITY_MAX).isEqualTo(50);
        assertThat(Limits.STREET_MAX).isEqualTo(100);
        assertThat(Limits.BUILDING_MAX).isEqualTo(100);
        assertThat(Limits.EMAIL_MAX).isEqualTo(254);
    }

    @Test
    @DisplayName("a value at the limit is within it, one more is not")
    void boundary() {
        assertThat(Limits.within("山".repeat(50), Limits.NAME_KANJI_MAX)).isTrue();
        assertThat(Limits.within("山".repeat(51), Limits.NAME_KANJI_MAX)).isFalse();
    }

    @Test
    @DisplayName("a surrogate pair counts as one code point, not two chars")
    void codePoints() {
        String fifty = "𠮷".repeat(50);

        assertThat(fifty).hasSize(100);
        assertThat(Limits.within(fifty, Limits.NAME_KANJI_MAX)).isTrue();
        assertThat(Limits.within(fifty + "田", Limits.NAME_KANJI_MAX)).isFalse();
    }

    @Test
    @DisplayName("a missing or empty value is within any limit")
    void missing() {
        assertThat(Limits.within(null, 0)).isTrue();
        assertThat(Limits.within("", 0)).isTrue();
    }
}
