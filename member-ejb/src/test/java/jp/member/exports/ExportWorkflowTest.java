package jp.member.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.member.exports.entity.ExportRequest;
import jp.member.exports.entity.ExportStatus;
import jp.member.exports.rules.ExportColumn;
import jp.member.exports.rules.ExportDraft;
import jp.member.exports.rules.ExportFilter;
import jp.member.exports.rules.PurposeCategory;
import jp.member.exports.rules.RecipientKind;
import jp.member.shared.BusinessException;
import jp.member.shared.NotFoundException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules an export request enforces on itself, whoever calls: the two-person rule, deadlines and downloads. */
class ExportWorkflowTest {

    private static final Instant T0 = Instant.parse("2026-11-29T01:00:00Z");
    private static final Duration APPROVAL = Duration.ofHours(72);

    @Test
    @DisplayName("the requester can neither approve nor reject their own request; another manager can")
    void twoPersonRule() {
        ExportRequest request = request();
        assertThatThrownBy(() -> request.decide(true, "alice", null, T0))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("export.decide.own");
        assertThatThrownBy(() -> request.decide(false, "alice", "no", T0)).isInstanceOf(BusinessException.class);
        assertThat(request.getStatus()).isEqualTo(ExportStatus.PENDING);

        request.decide(true, "bob", "ok", T0.plusSeconds(60));
        assertThat(request.getStatus()).isEqualTo(ExportStatus.APPROVED);
        assertThatThrownBy(() -> request.decide(false, "carol", "late", T0.plusSeconds(120)))
                .extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("export.decide.notPending");
    }

    @Test
    @DisplayName("at its deadline a request can no longer be decided and counts as overdue")
    void deadline() {
        ExportRequest request = request();
        Instant deadline = T0.plus(APPROVAL);
        assertThat(request.isOverdue(deadline.minusSeconds(1))).isFalse();
        assertThat(request.isOverdue(deadline)).isTrue();
        assertThatThrownBy(() -> request.decide(true, "bob", null, deadline))
                .extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("export.decide.overdue");
    }

    @Test
    @DisplayName("generation is claimed once, and only after approval")
    void claimedOnce() {
        ExportRequest request = request();
        assertThat(request.startGenerating(T0)).isFalse();
        request.decide(true, "bob", null, T0);
        assertThat(request.startGenerating(T0)).isTrue();
        assertThat(request.startGenerating(T0)).isFalse();
    }

    @Test
    @DisplayName("downloads: the requester only, up to the limit, before the window closes")
    void downloads() {
        ExportRequest request = ready(3, Duration.ofHours(72));
        Instant now = T0.plusSeconds(3600);

        assertThatThrownBy(() -> request.download("bob", now)).isInstanceOf(NotFoundException.class);
        for (int i = 0; i < 3; i++) {
            request.download("alice", now);
        }
        assertThat(request.getDownloadsUsed()).isEqualTo(3);
        assertThatThrownBy(() -> request.download("alice", now))
                .extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("export.download.limitReached");
        assertThat(request.isSpent(now)).isTrue();

        ExportRequest late = ready(3, Duration.ofHours(72));
        Instant closed = T0.plus(Duration.ofHours(72));
        assertThatThrownBy(() -> late.download("alice", closed))
                .extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("export.download.windowClosed");
        assertThat(late.isSpent(closed)).isTrue();
        assertThat(late.isSpent(closed.minusSeconds(1))).isFalse();
    }

    @Test
    @DisplayName("nothing can be downloaded before the file is ready, after a failure or once it is deleted")
    void onlyReadyFilesDownload() {
        ExportRequest pending = request();
        assertThatThrownBy(() -> pending.download("alice", T0))
                .extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("export.download.notReady");

        ExportRequest failed = request();
        failed.decide(true, "bob", null, T0);
        failed.startGenerating(T0);
        failed.fail("TamperedException");
        assertThatThrownBy(() -> failed.download("alice", T0))
                .extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("export.download.notReady");

        ExportRequest deleted = ready(3, Duration.ofHours(1));
        deleted.fileDeleted(T0.plus(Duration.ofHours(2)));
        assertThat(deleted.getFileKey()).isNull();
        assertThatThrownBy(() -> deleted.download("alice", T0))
                .extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("export.download.gone");
    }

    @Test
    @DisplayName("the ZIP password is handed out once, to the requester")
    void passwordOnce() {
        ExportRequest zipped = new ExportRequest("ref", draft(true), "alice", T0, APPROVAL, 10, 0);
        zipped.decide(true, "bob", null, T0);
        zipped.startGenerating(T0);
        zipped.ready(10, 100, new byte[] {1}, new byte[] {2}, T0, Duration.ofHours(72), 3);

        assertThatThrownBy(() -> zipped.showPassword("bob")).isInstanceOf(NotFoundException.class);
        assertThat(zipped.showPassword("alice")).containsExactly(2);
        assertThatThrownBy(() -> zipped.showPassword("alice"))
                .extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("export.password.shown");
    }

    private static ExportRequest ready(int limit, Duration window) {
        ExportRequest request = request();
        request.decide(true, "bob", null, T0);
        request.startGenerating(T0);
        request.ready(10, 100, new byte[] {1}, null, T0, window, limit);
        return request;
    }

    private static ExportRequest request() {
        return new ExportRequest("ref", draft(false), "alice", T0, APPROVAL, 10, 0);
    }

    private static ExportDraft draft(boolean zip) {
        return new ExportDraft(
                PurposeCategory.ANALYSIS,
                "study",
                RecipientKind.INTERNAL,
                "BI team",
                null,
                ExportFilter.activeMembers(),
                List.of(ExportColumn.RANK),
                Map.of(),
                false,
                zip);
    }
}
