package jp.member.members.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MaskingTest {

    @ParameterizedTest
    @CsvSource({
        "09012345678, 090-****-5678",
        "05012345678, 050-****-5678",
        "08001234567, 0800-***-4567",
        "0312345678, 03-****-5678",
        "0451234567, 045-***-4567",
        "0120123456, 0120-***-456"
    })
    @DisplayName("phone: the printed number with the middle group hidden digit for digit")
    void phone(String digits, String expected) {
        assertThat(Masking.phone(digits)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"090-1234-5678", "123", "0000000000", "abcdefghijk"})
    @DisplayName("phone: a value that is not a normalised number is hidden entirely")
    void phoneMalformed(String value) {
        assertThat(Masking.phone(value)).isEqualTo("****");
    }

    @ParameterizedTest
    @CsvSource({
        "sato.taro@example.jp, s****@example.jp",
        "a@b.co, a****@b.co",
        "longer.local.part+tag@mail.example.co.jp, l****@mail.example.co.jp"
    })
    @DisplayName("email: first character of the local part, four asterisks whatever its length, then the domain")
    void email(String email, String expected) {
        assertThat(Masking.email(email)).isEqualTo(expected);
    }

    @Test
    @DisplayName("email: without an @ nothing is shown")
    void emailMalformed() {
        assertThat(Masking.email("sato.taro")).isEqualTo("****");
        assertThat(Masking.email("@example.jp")).isEqualTo("****@example.jp");
    }

    @ParameterizedTest
    @CsvSource({
        "山田 太郎, 山＊　太＊",
        "山田　太郎, 山＊　太＊",
        "ヤマダ　タロウ, ヤ＊＊　タ＊＊",
        "佐々木 健一郎, 佐＊＊　健＊＊",
        "林, 林＊",
        "森 茂, 森＊　茂＊",
        "Smith John, S＊＊＊＊　J＊＊＊",
        "ジョン・スミス, ジ＊＊＊＊＊＊"
    })
    @DisplayName("name: each part keeps its first character, the rest are ＊, parts joined by an ideographic space")
    void name(String name, String expected) {
        assertThat(Masking.name(name)).isEqualTo(expected);
    }

    @Test
    @DisplayName("name: a surrogate pair counts as one character, kept whole or masked as one ＊")
    void nameSurrogatePairs() {
        assertThat(Masking.name("𠮷田")).isEqualTo("𠮷＊");
        assertThat(Masking.name("田𠮷")).isEqualTo("田＊");
        assertThat(Masking.name("𠮷田 𠮷子")).isEqualTo("𠮷＊\u3000𠮷＊");
    }

    @Test
    @DisplayName("name: a kanji with an ideographic variation selector counts as one character")
    void nameVariationSelector() {
        String kuzuWithSelector = "葛\uDB40\uDD00";

        assertThat(Masking.name(kuzuWithSelector + "城")).isEqualTo(kuzuWithSelector + "＊");
        assertThat(Masking.name("城" + kuzuWithSelector)).isEqualTo("城＊");
    }

    @Test
    @DisplayName("name: a decomposed voiced mark stays with its kana")
    void nameCombiningMark() {
        assertThat(Masking.name("カ\u3099トウ")).isEqualTo("カ\u3099＊＊");
        assertThat(Masking.name("サト\u3099ウ")).isEqualTo("サ＊＊");
    }

    @Test
    @DisplayName("name: extra and surrounding spaces do not create empty parts")
    void nameSpaces() {
        assertThat(Masking.name("  山田 \u3000 太郎\u3000")).isEqualTo("山＊　太＊");
        assertThat(Masking.name(" \u3000 ")).isEmpty();
    }

    @Test
    @DisplayName("birth date: the year alone")
    void birthDate() {
        assertThat(Masking.birthDate(LocalDate.of(1985, 6, 15))).isEqualTo("1985-**-**");
        assertThat(Masking.birthDate(LocalDate.of(2001, 12, 31))).isEqualTo("2001-**-**");
        assertThat(Masking.birthDate(LocalDate.of(800, 1, 1))).isEqualTo("0800-**-**");
    }

    @Test
    @DisplayName("postal code: the first three digits, which name the area")
    void postalCode() {
        assertThat(Masking.postalCode("1000001")).isEqualTo("100-****");
        assertThat(Masking.postalCode("100-0001")).isEqualTo("****");
    }

    @Test
    @DisplayName("address: the Japanese prefecture name and the city, never more")
    void address() {
        assertThat(Masking.address(Prefecture.TOKYO, "千代田区")).isEqualTo("東京都 千代田区");
        assertThat(Masking.address(Prefecture.HOKKAIDO, " 札幌市中央区 ")).isEqualTo("北海道 札幌市中央区");
        assertThat(Masking.address(Prefecture.OSAKA, null)).isEqualTo("大阪府");
        assertThat(Masking.address(null, "千代田区")).isEqualTo("千代田区");
        assertThat(Masking.address(null, null)).isEmpty();
    }

    @Test
    @DisplayName("a missing value is shown as an empty string")
    void missing() {
        assertThat(Masking.phone(null)).isEmpty();
        assertThat(Masking.email(null)).isEmpty();
        assertThat(Masking.name(null)).isEmpty();
        assertThat(Masking.birthDate(null)).isEmpty();
        assertThat(Masking.postalCode(null)).isEmpty();
    }
}
