package jp.member.events.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EventBodyTest {

    private static final Instant AT = Instant.parse("2026-12-04T10:15:30.123456Z");

    @Test
    @DisplayName("a member event: id, type, timestamp to the millisecond, member number and changed field names")
    void memberEvent() {
        EventBody body = new EventBody(
                "0d9c3f4e-1b2a-4c5d-8e9f-00000000002a",
                "member.contact_changed",
                AT,
                "123456789012",
                List.of("phone", "email"),
                null,
                null,
                null);

        assertThat(body.json())
                .isEqualTo("{\"id\":\"0d9c3f4e-1b2a-4c5d-8e9f-00000000002a\",\"type\":\"member.contact_changed\","
                        + "\"timestamp\":\"2026-12-04T10:15:30.123Z\",\"data\":{\"memberNumber\":\"123456789012\","
                        + "\"changed\":[\"phone\",\"email\"]}}");
    }

    @Test
    @DisplayName("an alert event: its own id and kind only")
    void alertEvent() {
        EventBody body = new EventBody("e", "alert.raised", AT, null, List.of(), "alert", 42L, "LOOKUP_RATE");

        assertThat(body.json())
                .isEqualTo("{\"id\":\"e\",\"type\":\"alert.raised\",\"timestamp\":\"2026-12-04T10:15:30.123Z\","
                        + "\"data\":{\"alertId\":42,\"kind\":\"LOOKUP_RATE\"}}");
    }

    @Test
    @DisplayName("quotes, backslashes and control characters are escaped")
    void escaping() {
        assertThat(EventBody.quote("a\"b\\c\n\u0001")).isEqualTo("\"a\\\"b\\\\c\\u000a\\u0001\"");
    }
}
