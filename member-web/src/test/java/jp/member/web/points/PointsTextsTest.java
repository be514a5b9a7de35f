package jp.member.web.points;

import static org.assertj.core.api.Assertions.assertThat;

import jp.member.points.rules.LedgerReason;
import jp.member.web.Bundles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A history entry's reason: the application's own in the viewer's language, a typed one as typed. */
class PointsTextsTest {

    @Test
    @DisplayName("purchase and redemption read in Japanese; a reversal and an expiry keep their detail")
    void applicationReasons() {
        assertThat(PointsTexts.reason(Bundles.japanese(), "purchase")).isEqualTo("お買い上げ");
        assertThat(PointsTexts.reason(Bundles.japanese(), "redemption")).isEqualTo("ポイント利用");
        assertThat(PointsTexts.reason(Bundles.japanese(), "reversal of T-42")).isEqualTo("取引の取消（取引番号 T-42）");
        assertThat(PointsTexts.reason(Bundles.english(), "expired on 2026-03-31"))
                .isEqualTo("Expired on 2026-03-31");
    }

    @Test
    @DisplayName("every reason of the application has a label in both languages, the Japanese one without English")
    void everyReasonLabelled() {
        for (LedgerReason reason : LedgerReason.values()) {
            String stored =
                    reason == LedgerReason.REVERSAL || reason == LedgerReason.EXPIRY ? reason.text("1") : reason.text();
            assertThat(PointsTexts.reason(Bundles.japanese(), stored))
                    .as(stored)
                    .doesNotContainPattern("[a-z]{2,}");
            assertThat(PointsTexts.reason(Bundles.english(), stored)).as(stored).isNotEqualTo(stored);
        }
    }

    @Test
    @DisplayName("what staff typed is shown as typed; no reason is shown as nothing")
    void typedReasons() {
        assertThat(PointsTexts.reason(Bundles.japanese(), "レシート確認のうえ付与")).isEqualTo("レシート確認のうえ付与");
        assertThat(PointsTexts.reason(Bundles.japanese(), null)).isEmpty();
    }
}
