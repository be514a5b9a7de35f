package jp.member.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    @DisplayName("a field's message names the field once: the label goes in front only when the message lacks it")
    void labelOnlyWhenMissing() {
        assertThat(Messages.withLabel("郵便番号", "郵便番号は7桁の数字です。")).isEqualTo("郵便番号は7桁の数字です。");
        assertThat(Messages.withLabel("郵便番号", "7桁の数字で入力してください。")).isEqualTo("郵便番号: 7桁の数字で入力してください。");
        assertThat(Messages.withLabel("Postal code", "The postal code has 7 digits."))
                .isEqualTo("The postal code has 7 digits.");
        assertThat(Messages.withLabel("Phone", "Enter 10 or 11 digits.")).isEqualTo("Phone: Enter 10 or 11 digits.");
    }
}
