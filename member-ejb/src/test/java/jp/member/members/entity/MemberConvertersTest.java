package jp.member.members.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.AttributeConverter;
import jp.member.members.rules.Rank;
import jp.member.members.validation.MemberNumber;
import jp.member.members.validation.Prefecture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The members feature's converters: the columns keep the strings they held before the types existed. */
class MemberConvertersTest {

    @ParameterizedTest
    @ValueSource(strings = {"123456789015", "987654321098", "000000000000"})
    @DisplayName("a member number is its 12 digits in the column, and back")
    void memberNumber(String digits) {
        roundTrip(new MemberNumberConverter(), MemberNumber.of(digits), digits);
    }

    @Test
    @DisplayName("a column value that is no member number is refused, not carried on as one")
    void memberNumberInvalidColumn() {
        assertThatThrownBy(() -> new MemberNumberConverter().convertToEntityAttribute("123456789012"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"REGULAR", "SILVER", "GOLD", "PLATINUM", "RETIRED_RANK"})
    @DisplayName("a rank is its code in the column, and back, a rank the programme no longer has included")
    void rank(String code) {
        roundTrip(new RankConverter(), Rank.of(code), code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"01", "13", "47"})
    @DisplayName("a prefecture is its JIS X 0401 code in the column, and back")
    void prefecture(String code) {
        roundTrip(new PrefectureConverter(), Prefecture.of(code).orElseThrow(), code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00", "48", "東京都", "Tokyo", "1"})
    @DisplayName("a column value that is no prefecture code is refused, even a prefecture's name")
    void prefectureInvalidColumn(String column) {
        assertThatThrownBy(() -> new PrefectureConverter().convertToEntityAttribute(column))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("null stays null both ways")
    void nulls() {
        assertThat(new MemberNumberConverter().convertToDatabaseColumn(null)).isNull();
        assertThat(new MemberNumberConverter().convertToEntityAttribute(null)).isNull();
        assertThat(new RankConverter().convertToDatabaseColumn(null)).isNull();
        assertThat(new RankConverter().convertToEntityAttribute(null)).isNull();
        assertThat(new PrefectureConverter().convertToDatabaseColumn(null)).isNull();
        assertThat(new PrefectureConverter().convertToEntityAttribute(null)).isNull();
    }

    private static <V, C> void roundTrip(AttributeConverter<V, C> converter, V value, C column) {
        assertThat(converter.convertToDatabaseColumn(value)).isEqualTo(column);
        assertThat(converter.convertToEntityAttribute(column)).isEqualTo(value);
    }
}
