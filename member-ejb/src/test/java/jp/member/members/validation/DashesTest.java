package jp.member.members.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DashesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "-", "‐", "‑", "‒", "–", "—", "―", "⁃", "−", "˗", "➖", "⸺", "⸻", "─", "━", "ー", "ｰ", "－", "﹣", "﹘"
            })
    @DisplayName("every dash look-alike an IME or a font offers, in any width, folds to the ASCII hyphen")
    void dashesFold(String dash) {
        assertThat(Dashes.folded("1" + dash + "2")).isEqualTo("1-2");
        assertThat(Dashes.isDash(Dashes.folded(dash).charAt(0))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"〜", "～", "_", "＿", "=", "・", "/", "ア", "1"})
    @DisplayName("the wave dash, underscore, equals, middle dot, slash, kana and digits are not dashes")
    void othersStay(String other) {
        assertThat(Dashes.folded(other)).doesNotContain("-");
        assertThat(Dashes.isDash(Dashes.folded(other).charAt(0))).isFalse();
    }

    @ValueSource(strings = {"１２３", "ＡＢＣ", "＠", "．", "／", "\u3000"})
    @ParameterizedTest
    @DisplayName("full-width digits, letters and signs and the ideographic space fold to ASCII")
    void fullWidthFolds(String fullWidth) {
        assertThat(Dashes.folded(fullWidth)).matches("[\\x20-\\x7E]+");
    }
}
