package jp.member.members.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KanaTest {

    @Test
    @DisplayName("half-width katakana with a half-width space becomes full-width with one ideographic space")
    void halfWidthKatakana() {
        String input = "ｻﾄｳ ﾀﾛｳ";

        String normalized = Kana.normalize(input);

        assertThat(normalized).isEqualTo("サトウ\u3000タロウ");
    }

    @ParameterizedTest
    @CsvSource({"ｶﾞ, ガ", "ﾊﾟﾝ, パン", "ｳﾞｪ, ヴェ", "ｺﾞﾄｳ, ゴトウ", "ｼﾞｮｰｼﾞ, ジョージ"})
    @DisplayName("half-width voiced and semi-voiced marks are composed into one full-width character")
    void voicedMarks(String input, String expected) {
        String normalized = Kana.normalize(input);

        assertThat(normalized).isEqualTo(expected);
        assertThat(normalized).hasSize(expected.length());
    }

    @ParameterizedTest
    @CsvSource({"やまだ, ヤマダ", "ぁぃぅぇぉ, ァィゥェォ", "がぎぐげご, ガギグゲゴ", "ぱぴぷぺぽ, パピプペポ", "ゔ, ヴ", "ゕゖ, ヵヶ", "ゃゅょっ, ャュョッ"})
    @DisplayName("hiragana U+3041..U+3096 becomes the matching katakana")
    void hiragana(String input, String expected) {
        String normalized = Kana.normalize(input);

        assertThat(normalized).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"ｲﾁﾛ-, イチロー", "いちろ－, イチロー", "イチロ―, イチロー", "コ−ヒ−, コーヒー", "ジョ‐ジ, ジョージ", "すずき　いちろ─, スズキ\u3000イチロー"})
    @DisplayName("a dash typed after a kana for a long vowel becomes the prolonged sound mark ー")
    void dashAfterKana(String input, String expected) {
        String normalized = Kana.normalize(input);

        assertThat(normalized).isEqualTo(expected);
        assertThat(Kana.isKatakana(normalized)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"-ヤマダ, -ヤマダ", "ヤマダ -タロウ, ヤマダ\u3000-タロウ", "山田-, 山田-", "Yamada-, Yamada-"})
    @DisplayName("a dash at the start, after a space or after anything but kana stays a dash and is refused")
    void dashElsewhere(String input, String expected) {
        String normalized = Kana.normalize(input);

        assertThat(normalized).isEqualTo(expected);
        assertThat(Kana.isKatakana(normalized)).isFalse();
    }

    @Test
    @DisplayName("mixed hiragana and katakana come out all katakana")
    void mixedScripts() {
        String normalized = Kana.normalize("たなか　ハナコ");

        assertThat(normalized).isEqualTo("タナカ\u3000ハナコ");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"ヤマダ タロウ", "ヤマダ\u3000タロウ", "ヤマダ  \u3000 タロウ", "ヤマダ\tタロウ", "  ヤマダ タロウ\u3000", "ヤマダ\u00A0タロウ"})
    @DisplayName("any run of spaces becomes one ideographic space and both ends are trimmed")
    void whitespace(String input) {
        String normalized = Kana.normalize(input);

        assertThat(normalized).isEqualTo("ヤマダ\u3000タロウ");
    }

    @Test
    @DisplayName("null stays null and blank becomes empty")
    void missing() {
        assertThat(Kana.normalize(null)).isNull();
        assertThat(Kana.normalize(" \u3000 ")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"サトウ", "サトウ\u3000タロウ", "ジョン・スミス", "コーヒー", "ヴァイオリン", "ヵヶ", "ァヺ"})
    @DisplayName("full-width katakana, middle dot, prolonged sound mark and ideographic space are katakana")
    void katakanaAccepted(String normalized) {
        assertThat(Kana.isKatakana(normalized)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"山田", "ヤマダ太郎", "Yamada", "ヤマダ Taro", "やまだ", "ﾔﾏﾀﾞ", "ヤマダ タロウ", "ヤマダ1", "ヤマダ－", "ヽヾ"})
    @DisplayName("kanji, Latin letters, hiragana, half-width kana, ASCII spaces, digits and dashes are not katakana")
    void othersRefused(String text) {
        assertThat(Kana.isKatakana(text)).isFalse();
    }

    @Test
    @DisplayName("empty and null are not katakana")
    void emptyRefused() {
        assertThat(Kana.isKatakana("")).isFalse();
        assertThat(Kana.isKatakana(null)).isFalse();
    }

    @Test
    @DisplayName("what normalize makes of typed hiragana and half-width kana passes isKatakana")
    void normalizedIsKatakana() {
        String normalized = Kana.normalize(" すずき　ｲﾁﾛｰ ");

        assertThat(normalized).isEqualTo("スズキ\u3000イチロー");
        assertThat(Kana.isKatakana(normalized)).isTrue();
    }

    @Test
    @DisplayName("kanji survive normalization unchanged and are then refused")
    void kanjiRefusedAfterNormalization() {
        String normalized = Kana.normalize("山田 タロウ");

        assertThat(normalized).isEqualTo("山田\u3000タロウ");
        assertThat(Kana.isKatakana(normalized)).isFalse();
    }
}
