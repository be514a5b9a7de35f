package jp.member.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OneLineTest {

    @Test
    @DisplayName("CR, LF, tab and other control characters become '?', so a value cannot start a second line")
    void controlCharactersReplaced() {
        assertThat(OneLine.fit("a\r\n[SEVERE] forged\tb\u0000c\u001b[31m", 100))
                .isEqualTo("a??[SEVERE] forged?b?c?[31m")
                .doesNotContain("\n", "\r");
    }

    @Test
    @DisplayName("the value is cut at the column length; Japanese text and null pass through")
    void cutAtColumnLength() {
        assertThat(OneLine.fit("山田太郎さまのお問い合わせ", 4)).isEqualTo("山田太郎");
        assertThat(OneLine.fit("ok", 2)).isEqualTo("ok");
        assertThat(OneLine.fit(null, 2)).isNull();
    }
}
