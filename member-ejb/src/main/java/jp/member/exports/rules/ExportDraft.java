package jp.member.exports.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.member.shared.Violation;

/**
 * What a manager asks to export, before anyone approved it.
 *
 * @param purpose what the data is for, in the requester's words
 * @param recipientName the department (internal), the contractor (委託) or the third party, by name
 * @param consentBasis required for a third party, ignored otherwise
 * @param columns in the order the file lists them
 * @param reasons why each personal column is needed
 * @param withBom a UTF-8 byte order mark at the start, which Excel needs to read UTF-8
 * @param asZip delivered as an AES-256 encrypted ZIP whose password the requester sees once
 * @param japaneseHeaders the header row in Japanese (the columns' names) instead of the column keys
 */
public record ExportDraft(
        PurposeCategory category,
        String purpose,
        RecipientKind recipientKind,
        String recipientName,
        ConsentBasis consentBasis,
        ExportFilter filter,
        List<ExportColumn> columns,
        Map<ExportColumn, String> reasons,
        boolean withBom,
        boolean asZip,
        boolean japaneseHeaders) {

    /** The longest purpose; kept with the request and, for a third party, in the record of provision. */
    public static final int PURPOSE_MAX = 500;

    /** The longest recipient name; kept with the request and, for a third party, in the record of provision. */
    public static final int NAME_MAX = 200;

    /** The longest reason for one personal column. */
    public static final int REASON_MAX = 200;

    /** A request whose file has the column keys as its header row (for the recipient's systems). */
    public ExportDraft(
            PurposeCategory category,
            String purpose,
            RecipientKind recipientKind,
            String recipientName,
            ConsentBasis consentBasis,
            ExportFilter filter,
            List<ExportColumn> columns,
            Map<ExportColumn, String> reasons,
            boolean withBom,
            boolean asZip) {
        this(
                category,
                purpose,
                recipientKind,
                recipientName,
                consentBasis,
                filter,
                columns,
                reasons,
                withBom,
                asZip,
                false);
    }

    public ExportDraft {
        purpose = trimmed(purpose);
        recipientName = trimmed(recipientName);
        columns = columns == null
                ? List.of()
                : List.copyOf(columns.stream().distinct().sorted().toList());
        Map<ExportColumn, String> kept = new EnumMap<>(ExportColumn.class);
        if (reasons != null) {
            for (ExportColumn column : columns) {
                String reason = trimmed(reasons.get(column));
                if (column.isPersonal() && reason != null) {
                    kept.put(column, reason);
                }
            }
        }
        reasons = Map.copyOf(kept);
        if (recipientKind != RecipientKind.THIRD_PARTY) {
            consentBasis = null;
        }
        if (category == PurposeCategory.BREACH_NOTICE && filter != null && filter.memberList() != null) {
            // the law's notice reaches everyone on the list who still has contact data, withdrawn members too
            filter = filter.withStatuses(ExportFilter.NOTICE_STATUSES);
        }
    }

    /** Every rule the request breaks, by field; empty when it may be submitted. */
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (category == null) {
            violations.add(new Violation("category", "export.category.required"));
        }
        if (purpose == null || purpose.length() > PURPOSE_MAX) {
            violations.add(new Violation("purpose", "export.purpose.required"));
        }
        if (recipientKind == null) {
            violations.add(new Violation("recipientKind", "export.recipient.kindRequired"));
        }
        if (recipientName == null || recipientName.length() > NAME_MAX) {
            violations.add(new Violation("recipientName", "export.recipient.nameRequired"));
        }
        if (recipientKind == RecipientKind.THIRD_PARTY && consentBasis == null) {
            violations.add(new Violation("consentBasis", "export.consentBasis.required"));
        }
        if (filter == null) {
            violations.add(new Violation("statuses", "export.filter.status"));
        } else {
            violations.addAll(filter.violations());
            if (category == PurposeCategory.MARKETING && filter.consent() == null) {
                violations.add(new Violation("consent", "export.marketing.channelRequired"));
            }
            // a notice to affected members goes to the list the privacy officer prepared, and to nobody else
            if ((category == PurposeCategory.BREACH_NOTICE) != (filter.memberList() != null)) {
                violations.add(new Violation("memberList", "export.notice.listRequired"));
            }
        }
        if (columns.isEmpty()) {
            violations.add(new Violation("columns", "export.columns.required"));
        }
        for (ExportColumn column : columns) {
            String reason = reasons.get(column);
            if (column.isPersonal() && (reason == null || reason.length() > REASON_MAX)) {
                violations.add(new Violation("reason." + column.name(), "export.reason.required"));
            }
        }
        return violations;
    }

    public boolean hasPersonalColumns() {
        return columns.stream().anyMatch(ExportColumn::isPersonal);
    }

    private static String trimmed(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        return t.isEmpty() ? null : t;
    }
}
