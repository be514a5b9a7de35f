package jp.member.incidents.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How one item reached the members, and the scope of an incident built from such counts. */
class ItemExposureTest {

    @ParameterizedTest(name = "{0} ∨ {1} = {2}")
    @CsvSource({
        "CLEAR, MASKED, CLEAR",
        "MASKED, CLEAR, CLEAR",
        "MASKED, ENCRYPTED, MASKED",
        "ENCRYPTED, MASKED, MASKED",
        "ENCRYPTED, CLEAR, CLEAR",
        "ENCRYPTED, ENCRYPTED, ENCRYPTED",
        "CLEAR, CLEAR, CLEAR"
    })
    @DisplayName("a member counts at the worst exposure of an item: clear over masked over encrypted")
    void worse(Exposure a, Exposure b, Exposure worst) {
        assertThat(a.worse(b)).isEqualTo(worst);
    }

    @Test
    @DisplayName("clear and masked are exposed; encrypted only when the key was exposed too")
    void exposedKinds() {
        assertThat(Exposure.CLEAR.exposed(false)).isTrue();
        assertThat(Exposure.MASKED.exposed(false)).isTrue();
        assertThat(Exposure.ENCRYPTED.exposed(false)).isFalse();
        assertThat(Exposure.ENCRYPTED.exposed(true)).isTrue();
    }

    @Test
    @DisplayName("exposed is clear plus masked; total adds the only-encrypted; a known key makes them exposed")
    void counts() {
        ItemExposure phone = new ItemExposure("phone", 10, 5, 3);

        assertThat(phone.exposed()).isEqualTo(15);
        assertThat(phone.total()).isEqualTo(18);
        assertThat(phone.exposed(false)).isEqualTo(15);
        assertThat(phone.exposed(true)).isEqualTo(18);
    }

    @Test
    @DisplayName("a blank item or a negative count is refused")
    void refused() {
        assertThatThrownBy(() -> new ItemExposure(" ", 1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ItemExposure(null, 1, 0, 0)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ItemExposure("phone", -1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ItemExposure("phone", 0, -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ItemExposure("phone", 0, 0, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("the scope: only-encrypted members are the affected less the exposed; a known key exposes all")
    void scope() {
        ScopeFacts facts = new ScopeFacts(100, 60, List.of(new ItemExposure("phone", 60, 0, 40)), 0, false, false);

        assertThat(facts.encryptedOnly()).isEqualTo(40);
        assertThat(facts.effectivelyExposed()).isEqualTo(60);
        assertThat(new ScopeFacts(100, 60, List.of(), 0, false, true).effectivelyExposed())
                .isEqualTo(100);
    }

    @Test
    @DisplayName("the scope refuses negative counts and more exposed, or with a balance, than affected")
    void scopeRefused() {
        assertThatThrownBy(() -> new ScopeFacts(-1, 0, List.of(), 0, false, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScopeFacts(10, 11, List.of(), 0, false, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScopeFacts(10, 5, List.of(), 11, false, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScopeFacts(10, 5, List.of(), -1, false, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
