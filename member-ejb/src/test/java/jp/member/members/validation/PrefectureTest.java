package jp.member.members.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PrefectureTest {

    @Test
    @DisplayName("there are 47 prefectures with the unique codes 01 to 47 in declaration (JIS X 0401) order")
    void codes() {
        Prefecture[] all = Prefecture.values();

        assertThat(all).hasSize(47);
        assertThat(Arrays.stream(all).map(Prefecture::code))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 47)
                        .mapToObj(n -> String.format("%02d", n))
                        .toList());
    }

    @Test
    @DisplayName("Japanese and English names are unique")
    void uniqueNames() {
        assertThat(Arrays.stream(Prefecture.values()).map(Prefecture::japanese)).doesNotHaveDuplicates();
        assertThat(Arrays.stream(Prefecture.values()).map(Prefecture::english)).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @EnumSource(Prefecture.class)
    @DisplayName("every Japanese name ends in 都, 道, 府 or 県 and every English name is plain ASCII letters")
    void nameShapes(Prefecture prefecture) {
        assertThat(prefecture.japanese()).matches(".+[都道府県]");
        assertThat(prefecture.english()).matches("[A-Z][a-z]+");
    }

    @Test
    @DisplayName("only 東京都 ends in 都, only 北海道 in 道, only 大阪府 and 京都府 in 府")
    void suffixes() {
        assertThat(Arrays.stream(Prefecture.values()).filter(p -> p.japanese().endsWith("都")))
                .containsExactly(Prefecture.TOKYO);
        assertThat(Arrays.stream(Prefecture.values()).filter(p -> p.japanese().endsWith("道")))
                .containsExactly(Prefecture.HOKKAIDO);
        assertThat(Arrays.stream(Prefecture.values()).filter(p -> p.japanese().endsWith("府")))
                .containsExactly(Prefecture.KYOTO, Prefecture.OSAKA);
    }

    @ParameterizedTest
    @CsvSource({
        "HOKKAIDO, 01, 北海道, Hokkaido",
        "AOMORI, 02, 青森県, Aomori",
        "SAITAMA, 11, 埼玉県, Saitama",
        "TOKYO, 13, 東京都, Tokyo",
        "KANAGAWA, 14, 神奈川県, Kanagawa",
        "AICHI, 23, 愛知県, Aichi",
        "KYOTO, 26, 京都府, Kyoto",
        "OSAKA, 27, 大阪府, Osaka",
        "HYOGO, 28, 兵庫県, Hyogo",
        "KOCHI, 39, 高知県, Kochi",
        "FUKUOKA, 40, 福岡県, Fukuoka",
        "KAGOSHIMA, 46, 鹿児島県, Kagoshima",
        "OKINAWA, 47, 沖縄県, Okinawa"
    })
    @DisplayName("codes and names follow JIS X 0401")
    void samples(Prefecture prefecture, String code, String japanese, String english) {
        assertThat(prefecture.code()).isEqualTo(code);
        assertThat(prefecture.japanese()).isEqualTo(japanese);
        assertThat(prefecture.english()).isEqualTo(english);
    }

    @ParameterizedTest
    @ValueSource(strings = {"東京", "東京都", "13", "tokyo", "Tokyo", "TOKYO", "１３", " 東京都 ", "ｔｏｋｙｏ"})
    @DisplayName("Tokyo is found by code, by Japanese name with or without 都, and by English name in any case")
    void ofTokyo(String codeOrName) {
        assertThat(Prefecture.of(codeOrName)).contains(Prefecture.TOKYO);
    }

    @ParameterizedTest
    @CsvSource({
        "北海道, HOKKAIDO",
        "大阪, OSAKA",
        "大阪府, OSAKA",
        "京都, KYOTO",
        "京都府, KYOTO",
        "神奈川, KANAGAWA",
        "01, HOKKAIDO",
        "47, OKINAWA"
    })
    @DisplayName("北海道 keeps its name, the other suffixes may be left out, and codes are two digits")
    void ofOthers(String codeOrName, Prefecture expected) {
        assertThat(Prefecture.of(codeOrName)).contains(expected);
    }

    @ParameterizedTest
    @EnumSource(Prefecture.class)
    @DisplayName("every prefecture is found by its code, its Japanese name and its English name")
    void ofRoundTrip(Prefecture prefecture) {
        assertThat(Prefecture.of(prefecture.code())).contains(prefecture);
        assertThat(Prefecture.of(prefecture.japanese())).contains(prefecture);
        assertThat(Prefecture.of(prefecture.english())).contains(prefecture);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"00", "48", "1", "013", "北海", "東", "都", "Tokyo-to", "Edo", "東京市"})
    @DisplayName("unknown codes and names are not found")
    void ofUnknown(String codeOrName) {
        assertThat(Prefecture.of(codeOrName)).isEmpty();
    }
}
