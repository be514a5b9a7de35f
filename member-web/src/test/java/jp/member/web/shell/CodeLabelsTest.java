package jp.member.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.ResourceBundle;
import jp.member.members.rules.Rank;
import jp.member.web.Bundles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Codes by their labels, and a code without one shown as itself rather than as an error. */
class CodeLabelsTest {

    private static final List<Rank> RANKS = List.of(Rank.REGULAR, Rank.SILVER, Rank.GOLD, Rank.PLATINUM);

    @Test
    @DisplayName("every rank of the programme has a label in Japanese (no code letters) and in English")
    void ranks() {
        ResourceBundle ja = Bundles.japanese();
        ResourceBundle en = Bundles.english();

        assertThat(RANKS).allSatisfy(rank -> {
            assertThat(CodeLabels.of(ja, "rank.", rank.code())).doesNotContainPattern("[A-Za-z]");
            assertThat(CodeLabels.of(en, "rank.", rank.code())).isNotEqualTo(rank.code());
        });
        assertThat(CodeLabels.of(ja, "rank.", "SILVER")).isEqualTo("シルバー");
        assertThat(CodeLabels.of(en, "rank.", "SILVER")).isEqualTo("Silver");
    }

    @Test
    @DisplayName("a code the bundle does not know is shown as the code; nothing is shown as nothing")
    void unknownCode() {
        assertThat(CodeLabels.of(Bundles.japanese(), "rank.", "DIAMOND")).isEqualTo("DIAMOND");
        assertThat(CodeLabels.of(Bundles.japanese(), "rank.", null)).isEmpty();
        assertThat(CodeLabels.of(Bundles.japanese(), "rank.", "")).isEmpty();
    }

    @Test
    @DisplayName("a label's arguments are put in its text")
    void arguments() {
        assertThat(CodeLabels.of(Bundles.japanese(), "points.ledgerReason.", "EXPIRY", "2026-03-31"))
                .isEqualTo("有効期限切れ（2026-03-31）");
    }
}
