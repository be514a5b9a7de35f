package jp.member.points.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.AttributeConverter;
import jp.member.points.rules.Points;
import jp.member.points.rules.PointsChange;
import jp.member.points.rules.Yen;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The points feature's converters: the columns keep the plain numbers they held before the types existed. */
class PointsConvertersTest {

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 12, Long.MAX_VALUE})
    @DisplayName("points: the count is the column's number, and back")
    void points(long value) {
        roundTrip(new PointsConverter(), Points.of(value), value);
    }

    @Test
    @DisplayName("points: a negative column value is refused, not read as some count")
    void pointsNegativeColumn() {
        assertThatThrownBy(() -> new PointsConverter().convertToEntityAttribute(-1L))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(longs = {-Long.MAX_VALUE, -250, 0, 300, Long.MAX_VALUE})
    @DisplayName("a change of points: the signed number is the column's, and back")
    void change(long value) {
        roundTrip(new PointsChangeConverter(), PointsChange.of(value), value);
    }

    @ParameterizedTest
    @ValueSource(longs = {Long.MIN_VALUE, -1_299, 0, 1_299, Long.MAX_VALUE})
    @DisplayName("yen: the signed amount is the column's number, and back")
    void yen(long value) {
        roundTrip(new YenConverter(), Yen.of(value), value);
    }

    @Test
    @DisplayName("null stays null both ways (an entry without a purchase amount)")
    void nulls() {
        assertThat(new PointsConverter().convertToDatabaseColumn(null)).isNull();
        assertThat(new PointsConverter().convertToEntityAttribute(null)).isNull();
        assertThat(new PointsChangeConverter().convertToDatabaseColumn(null)).isNull();
        assertThat(new PointsChangeConverter().convertToEntityAttribute(null)).isNull();
        assertThat(new YenConverter().convertToDatabaseColumn(null)).isNull();
        assertThat(new YenConverter().convertToEntityAttribute(null)).isNull();
    }

    private static <V, C> void roundTrip(AttributeConverter<V, C> converter, V value, C column) {
        assertThat(converter.convertToDatabaseColumn(value)).isEqualTo(column);
        assertThat(converter.convertToEntityAttribute(column)).isEqualTo(value);
    }
}
