package jp.member.security.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import jp.member.shared.Settings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DataProtectionTest {

    @Test
    @DisplayName("production mode without keys refuses to start, and says what to set without echoing anything")
    void productionNeedsKeys() {
        DataProtection protection = withSettings(Map.of());

        assertThatThrownBy(protection::load)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MEMBER_DATA_KEYS")
                .hasMessageStartingWith("Refusing to start");
    }

    @Test
    @DisplayName("production mode with a malformed key refuses to start")
    void productionRefusesMalformedKeys() {
        DataProtection protection =
                withSettings(Map.of("member.data.keys", "k1:c2hvcnQ=", "member.index.key", "B".repeat(43) + "="));

        assertThatThrownBy(protection::load)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("c2hvcnQ");
    }

    @Test
    @DisplayName("demo mode without keys uses the demo keys; production with keys uses those")
    void keysInUse() {
        DataProtection demo = withSettings(Map.of("member.mode", "demo"));
        DataProtection production = withSettings(
                Map.of("member.data.keys", "k1:" + "A".repeat(43) + "=", "member.index.key", "B".repeat(43) + "="));

        demo.load();
        production.load();

        assertThat(demo.keys().currentKeyId()).isEqualTo("demo");
        assertThat(production.keys().currentKeyId()).isEqualTo("k1");
        assertThat(production.cipher()).isNotNull();
        assertThat(production.index()).isNotNull();
    }

    private static DataProtection withSettings(Map<String, String> values) {
        DataProtection protection = new DataProtection();
        protection.settings = new Settings() {
            @Override
            public Optional<String> value(String name) {
                return Optional.ofNullable(values.get(name));
            }
        };
        return protection;
    }
}
