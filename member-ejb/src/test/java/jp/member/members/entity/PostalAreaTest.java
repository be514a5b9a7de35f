package jp.member.members.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.member.members.validation.Prefecture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PostalAreaTest {

    @Test
    @DisplayName("a postal area refuses values its columns cannot hold")
    void areaInvariants() {
        assertThatThrownBy(() -> new PostalArea("100-0001", Prefecture.TOKYO, "千代田区", "", "", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PostalArea("１０００００１", Prefecture.TOKYO, "千代田区", "", "", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PostalArea("1000001", Prefecture.TOKYO, " ", "", "", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PostalArea("1000001", Prefecture.TOKYO, "千代田区", "町".repeat(101), "", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PostalArea("1000001", Prefecture.TOKYO, "千代田区", "", "", "ア".repeat(201)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PostalArea("1000001", null, "千代田区", "", "", ""))
                .isInstanceOf(NullPointerException.class);
        assertThat(new PostalArea("1000001", Prefecture.TOKYO, "千代田区", "", "", "").getTown())
                .isEmpty();
    }
}
