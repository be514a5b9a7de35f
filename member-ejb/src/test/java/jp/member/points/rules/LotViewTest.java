package jp.member.points.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LotViewTest {

    private static final LocalDate EXPIRES = LocalDate.of(2027, 1, 31);

    @Test
    @DisplayName("an empty lot (0 remaining) is a valid lot")
    void emptyLot() {
        LotView lot = new LotView(7, EXPIRES, 0);

        assertThat(lot.remaining()).isZero();
    }

    @Test
    @DisplayName("negative remaining points are refused")
    void negativeRemaining() {
        assertThatThrownBy(() -> new LotView(7, EXPIRES, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("a lot needs an expiry date")
    void missingExpiry() {
        assertThatThrownBy(() -> new LotView(7, null, 10)).isInstanceOf(NullPointerException.class);
    }
}
