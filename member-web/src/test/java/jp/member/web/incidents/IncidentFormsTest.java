package jp.member.web.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import jp.member.incidents.rules.ScopeSpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IncidentFormsTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Test
    @DisplayName("a moment is typed as a day and a time in Japan time, half or full width; a time without a day is"
            + " refused")
    void momentsAsTyped() throws Exception {
        assertThat(DateTimeText.moment("2026-12-03", "23:59", TOKYO)).contains(Instant.parse("2026-12-03T14:59:00Z"));
        assertThat(DateTimeText.moment("２０２６／１２／０４", "０：３０", TOKYO)).contains(Instant.parse("2026-12-03T15:30:00Z"));
        assertThat(DateTimeText.moment("2026-12-04", "", TOKYO)).contains(Instant.parse("2026-12-03T15:00:00Z"));
        assertThat(DateTimeText.moment(" ", null, TOKYO)).isEmpty();
        assertThatThrownBy(() -> DateTimeText.moment("", "10:00", TOKYO)).isInstanceOf(DateTimeText.Unreadable.class);
        assertThatThrownBy(() -> DateTimeText.moment("2026-02-30", "", TOKYO))
                .isInstanceOf(DateTimeText.Unreadable.class);
        assertThatThrownBy(() -> DateTimeText.moment("2026-12-03", "25:00", TOKYO))
                .isInstanceOf(DateTimeText.Unreadable.class);
        assertThat(DateTimeText.dayText(Instant.parse("2026-12-03T15:30:00Z"), TOKYO))
                .isEqualTo("2026-12-04");
        assertThat(DateTimeText.timeText(Instant.parse("2026-12-03T15:30:00Z"), TOKYO))
                .isEqualTo("00:30");
    }

    @Test
    @DisplayName("the scope form becomes the scope the officer described; an unreadable day names its field")
    void scopeFromTheForm() throws Exception {
        ScopeForm form = new ScopeForm();
        form.setKind(ScopeSpec.Kind.STAFF);
        form.setStaff(List.of("agent1"));
        form.setFromDay("2026-11-01");
        form.setToDay("2026-12-01");
        form.setToTime("12:00");

        ScopeSpec spec = form.toSpec(TOKYO);

        assertThat(spec.kind()).isEqualTo(ScopeSpec.Kind.STAFF);
        assertThat(spec.actors()).containsExactly("agent1");
        assertThat(spec.from()).isEqualTo(Instant.parse("2026-10-31T15:00:00Z"));
        assertThat(spec.to()).isEqualTo(Instant.parse("2026-12-01T03:00:00Z"));
        assertThat(spec.violations()).isEmpty();

        form.setFromDay("2026-13-01");
        assertThatThrownBy(() -> form.toSpec(TOKYO))
                .isInstanceOf(ScopeForm.Unreadable.class)
                .extracting(e -> ((ScopeForm.Unreadable) e).field())
                .isEqualTo("from");
    }
}
