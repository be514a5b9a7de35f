package jp.member.events.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OutboxTest {

    @Test
    @DisplayName("field names are stored comma-separated; a value slipped in among them is refused")
    void fieldNamesOnly() {
        assertThat(Outbox.changed()).isNull();
        assertThat(Outbox.changed("phone", "email", "consent.sms")).isEqualTo("phone,email,consent.sms");
        assertThatIllegalArgumentException().isThrownBy(() -> Outbox.changed("090-1234-5678"));
        assertThatIllegalArgumentException().isThrownBy(() -> Outbox.changed("Yamada Taro"));
        assertThatIllegalArgumentException().isThrownBy(() -> Outbox.changed("a@example.com"));
    }

    @Test
    @DisplayName("a write's prefix with a member id in 12 hex digits is a UUID")
    void eventIdsAreUuids() {
        String prefix = Outbox.prefix();
        String id = prefix + String.format("%012x", 1234567L);

        assertThat(prefix).hasSize(24).endsWith("-");
        assertThat(UUID.fromString(id).toString()).isEqualTo(id);
        assertThat(UUID.fromString(id).version()).isEqualTo(4);
    }
}
