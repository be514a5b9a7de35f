package jp.member.members.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.member.members.validation.Limits;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RankTest {

    @ParameterizedTest
    @ValueSource(strings = {"REGULAR", "SILVER", "GOLD", "PLATINUM", "BRONZE", "STAFF_2", "X", "ABCDEFGHIJKLMNOP"})
    @DisplayName("capital letters, digits and _ up to 16 are a rank code, known to the programme or not")
    void wellFormed(String code) {
        Rank rank = Rank.of(code);

        assertThat(rank.code()).isEqualTo(code);
        assertThat(Rank.isCode(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "gold", "Gold", "GOLD ", "GO-LD", "ゴールド", "ABCDEFGHIJKLMNOPQ", "' OR 1=1"})
    @DisplayName("anything else is refused, and the refusal does not repeat it")
    void malformed(String code) {
        assertThat(Rank.isCode(code)).isFalse();
        assertThatThrownBy(() -> Rank.of(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(Limits.RANK_MAX));
        if (!code.isBlank()) {
            assertThatThrownBy(() -> Rank.of(code)).message().doesNotContain(code);
        }
    }

    @Test
    @DisplayName("a missing code is refused, and is no code")
    void missing() {
        assertThatThrownBy(() -> Rank.of(null)).isInstanceOf(NullPointerException.class);
        assertThat(Rank.isCode(null)).isFalse();
    }

    @Test
    @DisplayName("the programme's ranks are constants equal to the rank of the same code")
    void constants() {
        assertThat(Rank.of("REGULAR")).isEqualTo(Rank.REGULAR).hasSameHashCodeAs(Rank.REGULAR);
        assertThat(Rank.of("SILVER")).isEqualTo(Rank.SILVER);
        assertThat(Rank.of("GOLD")).isEqualTo(Rank.GOLD);
        assertThat(Rank.of("PLATINUM")).isEqualTo(Rank.PLATINUM);
        assertThat(Rank.GOLD).isNotEqualTo(Rank.SILVER);
    }

    @Test
    @DisplayName("toString is the code alone, as pages, the API and the database show it")
    void toStringIsTheCode() {
        assertThat(Rank.GOLD).hasToString("GOLD");
        assertThat(Rank.of("BRONZE")).hasToString("BRONZE");
    }
}
