package jp.member.points.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import jp.member.points.rules.PointsChange;
import jp.member.shared.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AdjustmentRequestTest {

    private static final Instant NOW = Instant.parse("2026-12-03T03:00:00Z");

    @Test
    @DisplayName("the approved entry's reason fits its column whoever asked (a 64-character username broke approval)")
    void ledgerReasonFits() {
        String longestUser = "u".repeat(64);
        AdjustmentRequest request = new AdjustmentRequest(7, PointsChange.of(5_000), "あ".repeat(150), longestUser, NOW);

        String reason = request.ledgerReason(Long.MAX_VALUE);

        assertThat(reason).hasSizeLessThanOrEqualTo(LedgerEntry.REASON_MAX).endsWith(" by " + longestUser + ")");
        assertThat(reason).contains("(request " + Long.MAX_VALUE);
        assertThat(new AdjustmentRequest(7, PointsChange.of(5_000), "システム障害", "agent", NOW).ledgerReason(12))
                .isEqualTo("システム障害 (request 12 by agent)");
    }

    @Test
    @DisplayName("a decision comment longer than the column is refused with a message, the request stays pending")
    void longCommentRefused() {
        AdjustmentRequest request = new AdjustmentRequest(7, PointsChange.of(5_000), "補償", "agent", NOW);

        assertThatThrownBy(() -> request.decide(true, "manager", "x".repeat(AdjustmentRequest.COMMENT_MAX + 1), NOW))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("points.adjustment.commentTooLong");
        assertThat(request.getStatus()).isEqualTo(AdjustmentRequest.Status.PENDING);

        request.decide(true, "manager", "x".repeat(AdjustmentRequest.COMMENT_MAX), NOW);
        assertThat(request.getStatus()).isEqualTo(AdjustmentRequest.Status.APPROVED);
    }
}
