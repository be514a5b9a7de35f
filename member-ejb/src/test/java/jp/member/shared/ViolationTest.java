package jp.member.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ViolationTest {

    @Test
    @DisplayName("violations with the same field and key are equal")
    void valueEquality() {
        Violation first = new Violation("birthDate", "member.birthDate.future");
        Violation second = new Violation("birthDate", "member.birthDate.future");

        assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
        assertThat(first.field()).isEqualTo("birthDate");
        assertThat(first.messageKey()).isEqualTo("member.birthDate.future");
    }

    @Test
    @DisplayName("field and message key are required")
    void required() {
        assertThatNullPointerException().isThrownBy(() -> new Violation(null, "member.birthDate.future"));
        assertThatNullPointerException().isThrownBy(() -> new Violation("birthDate", null));
    }
}
