package jp.member.audit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The business zone's offsets over a period, for telling an entry's local hour in the database. */
class ZoneOffsetsTest {

    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2027-01-01T00:00:00Z");

    @Test
    @DisplayName("Tokyo has one offset all year: nine hours")
    void tokyo() {
        assertThat(ZoneOffsets.between(ZoneId.of("Asia/Tokyo"), FROM, TO))
                .containsExactly(new ZoneOffsets.Period(FROM, 9 * 3600));
    }

    @Test
    @DisplayName("a zone with daylight saving changes offset where its clocks change")
    void berlin() {
        assertThat(ZoneOffsets.between(ZoneId.of("Europe/Berlin"), FROM, TO))
                .containsExactly(
                        new ZoneOffsets.Period(FROM, 3600),
                        new ZoneOffsets.Period(Instant.parse("2026-03-29T01:00:00Z"), 7200),
                        new ZoneOffsets.Period(Instant.parse("2026-10-25T01:00:00Z"), 3600));
    }

    @Test
    @DisplayName("a period that starts in summer time starts with the summer offset")
    void startsInSummer() {
        Instant july = Instant.parse("2026-07-01T00:00:00Z");

        assertThat(ZoneOffsets.between(ZoneId.of("Europe/Berlin"), july, Instant.parse("2026-08-01T00:00:00Z")))
                .containsExactly(new ZoneOffsets.Period(july, 7200));
    }

    @Test
    @DisplayName("a period that ends before it starts is refused")
    void backwards() {
        assertThatThrownBy(() -> ZoneOffsets.between(ZoneId.of("Asia/Tokyo"), TO, FROM))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
