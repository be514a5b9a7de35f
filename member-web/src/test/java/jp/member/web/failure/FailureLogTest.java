package jp.member.web.failure;

import static org.assertj.core.api.Assertions.assertThat;

import jp.member.shared.OneLine;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FailureLogTest {

    @Test
    @DisplayName(
            "a member number in a path is hidden however it is written: plain, with separators, encoded, full width")
    void numbersHidden() {
        assertThat(FailureLog.withoutNumbers("/member/api/v1/members/123456789012"))
                .isEqualTo("/member/api/v1/members/#");
        assertThat(FailureLog.withoutNumbers("/member/api/v1/members/1234-5678-9012/points"))
                .isEqualTo("/member/api/v1/members/#-#-#/points");
        assertThat(FailureLog.withoutNumbers("/member/api/v1/members/1234%205678%209012"))
                .isEqualTo("/member/api/v1/members/# # #");
        assertThat(FailureLog.withoutNumbers("/member/api/v1/cards/%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94"))
                .as("full-width １２３４")
                .isEqualTo("/member/api/v1/cards/#");
        assertThat(FailureLog.withoutNumbers("/member/api/v1/members/1/2/3-4/v9"))
                .as("every digit, however the number is split; only a version segment stays")
                .isEqualTo("/member/api/v1/members/#/#/#-#/v9");
    }

    @Test
    @DisplayName("paths without numbers stay readable; a session id in the path and a malformed escape are handled")
    void pathsStayReadable() {
        assertThat(FailureLog.withoutNumbers("/member/agent/home.xhtml")).isEqualTo("/member/agent/home.xhtml");
        assertThat(FailureLog.withoutNumbers("/member/agent/home.xhtml;jsessionid=ABC123def456"))
                .isEqualTo("/member/agent/home.xhtml");
        assertThat(FailureLog.withoutNumbers("/member/bad%zzpath")).isEqualTo("/member/bad%zzpath");
    }

    @Test
    @DisplayName("CR and LF brought back by decoding cannot start a line once the path is fitted for the log")
    void decodedLineBreaksNeutralised() {
        String fitted = OneLine.fit(FailureLog.withoutNumbers("/member/x;a=%0d%0a%5BSEVERE%5D%20forged"), 200);

        assertThat(fitted).isEqualTo("/member/x;a=??[SEVERE] forged").doesNotContain("\n", "\r");
    }
}
