package jp.member.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RomajiTest {

    @ParameterizedTest
    @CsvSource({
        "サトウ, satou",
        "ショウタ, shouta",
        "キョウコ, kyouko",
        "ヒャクタケ, hyakutake",
        "チヒロ, chihiro",
        "ジュンコ, junko",
        "ツムギ, tsumugi",
        "ハットリ, hattori",
        "マッチ, matchi",
        "コンドウ, kondou",
        "ティアラ, tiara",
        "ルーシー, rushi"
    })
    @DisplayName("a katakana reading is spelled kana by kana as typed with romaji input")
    void spellsReading(String kana, String expected) {
        String latin = Romaji.of(kana);

        assertThat(latin).isEqualTo(expected);
    }

    @Test
    @DisplayName("anything but katakana is a data error")
    void refusesOtherScripts() {
        assertThatIllegalArgumentException().isThrownBy(() -> Romaji.of("さとう"));
        assertThatIllegalArgumentException().isThrownBy(() -> Romaji.of("サトウ　ハナコ"));
        assertThatIllegalArgumentException().isThrownBy(() -> Romaji.of("ャ"));
    }
}
