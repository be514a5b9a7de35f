package jp.member.exports.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.member.exports.entity.ExportRequest;
import jp.member.exports.entity.ExportStatus;
import jp.member.exports.rules.ConsentBasis;
import jp.member.exports.rules.ExportColumn;
import jp.member.exports.rules.ExportFilter;
import jp.member.exports.rules.PurposeCategory;
import jp.member.exports.rules.RecipientKind;

/** An export request as the requester and the approvers see it: what, why, for whom, and where it stands. */
public record ExportSummary(
        String ref,
        ExportStatus status,
        String requestedBy,
        Instant requestedAt,
        Instant decideBy,
        PurposeCategory category,
        String purpose,
        RecipientKind recipientKind,
        String recipientName,
        ConsentBasis consentBasis,
        ExportFilter filter,
        List<ExportColumn> columns,
        Map<ExportColumn, String> reasons,
        long matched,
        long excluded,
        long rowsWritten,
        Long rowsExpected,
        String decidedBy,
        Instant decidedAt,
        String decisionComment,
        int downloadsUsed,
        int downloadLimit,
        Instant downloadUntil,
        boolean asZip,
        boolean passwordShown,
        boolean mine)
        implements Serializable {

    static ExportSummary of(ExportRequest e, String caller) {
        return new ExportSummary(
                e.getRef(),
                e.getStatus(),
                e.getRequestedBy(),
                e.getRequestedAt(),
                e.getDecideBy(),
                e.getCategory(),
                e.getPurpose(),
                e.getRecipientKind(),
                e.getRecipientName(),
                e.getConsentBasis(),
                e.filter(),
                e.columns(),
                e.reasons(),
                e.getMatchedAtRequest(),
                e.getExcludedCount() != null ? e.getExcludedCount() : e.getExcludedAtRequest(),
                e.getRowsWritten(),
                e.getRowsExpected() != null ? e.getRowsExpected() : e.getMatchedAtRequest() - e.getExcludedAtRequest(),
                e.getDecidedBy(),
                e.getDecidedAt(),
                e.getDecisionComment(),
                e.getDownloadsUsed(),
                e.getDownloadLimit(),
                e.getDownloadUntil(),
                e.isAsZip(),
                e.isPasswordShown(),
                e.getRequestedBy().equals(caller));
    }

    /** Per cent of the rows written, for the progress bar. */
    public int percentDone() {
        if (rowsExpected == null || rowsExpected <= 0) {
            return status == ExportStatus.READY ? 100 : 0;
        }
        return (int) Math.min(100, rowsWritten * 100 / rowsExpected);
    }

    public boolean downloadable() {
        return mine && status == ExportStatus.READY && downloadsUsed < downloadLimit;
    }

    public boolean hasPersonalColumns() {
        return columns.stream().anyMatch(ExportColumn::isPersonal);
    }
}
