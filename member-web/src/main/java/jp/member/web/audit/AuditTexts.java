package jp.member.web.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import jp.member.audit.entity.AccessPurpose;
import jp.member.exports.rules.ExportColumn;
import jp.member.members.entity.PersonalField;
import jp.member.requests.rules.RefusalReason;
import jp.member.web.shell.CodeLabels;
import jp.member.web.shell.Messages;

/**
 * How the trail's stored codes read on the auditor's page, in the viewer's language: event types, outcomes, purposes
 * and reveal reasons by their labels, and the fields read by the labels the member page gives them. A code without a
 * label (written by a later release) is shown as stored, never hidden.
 */
@Named
@ApplicationScoped
public class AuditTexts {

    public String eventType(String code) {
        return eventType(Messages.bundle(), code);
    }

    public String outcome(String code) {
        return outcome(Messages.bundle(), code);
    }

    public String purpose(String code) {
        return purpose(Messages.bundle(), code);
    }

    public String reason(String purpose, String reason) {
        return reason(Messages.bundle(), purpose, reason);
    }

    public String fields(String columns) {
        return fields(Messages.bundle(), columns);
    }

    static String eventType(ResourceBundle bundle, String code) {
        return CodeLabels.of(bundle, "audit.event.", code);
    }

    static String outcome(ResourceBundle bundle, String code) {
        return CodeLabels.of(bundle, "audit.outcome.", code);
    }

    static String purpose(ResourceBundle bundle, String code) {
        return CodeLabels.of(bundle, "audit.purpose.", code);
    }

    /**
     * A reveal's reason is one of the dialog's choices, and a decision on a member's request records why it was not
     * (fully) accepted: each shown by its label; any other reason as it was written.
     */
    static String reason(ResourceBundle bundle, String purpose, String reason) {
        if (AccessPurpose.REVEAL.name().equals(purpose)) {
            return CodeLabels.of(bundle, "member.reveal.reason.", reason);
        }
        if (reason != null
                && Arrays.stream(RefusalReason.values()).anyMatch(r -> r.name().equals(reason))) {
            return CodeLabels.of(bundle, "request.reason.", reason);
        }
        return reason == null ? "" : reason;
    }

    /**
     * The stored list of columns ({@code name_kanji,phone}) as labels ({@code 氏名、電話番号}): a personal field by the
     * member page's label, an export column by the export form's, a group of fields ({@code address}) by its own.
     */
    static String fields(ResourceBundle bundle, String columns) {
        if (columns == null || columns.isBlank()) {
            return "";
        }
        return Arrays.stream(columns.split(","))
                .map(String::strip)
                .filter(column -> !column.isEmpty())
                .map(column -> field(bundle, column))
                .collect(Collectors.joining(bundle.getString("list.separator")));
    }

    private static String field(ResourceBundle bundle, String column) {
        Optional<PersonalField> personal = Arrays.stream(PersonalField.values())
                .filter(f -> f.column().equals(column))
                .findFirst();
        if (personal.isPresent()) {
            return CodeLabels.of(bundle, "field.", personal.get().property());
        }
        return ExportColumn.ofKey(column)
                .map(c -> CodeLabels.of(bundle, "export.column.", c.name()))
                .orElseGet(() -> CodeLabels.of(bundle, "field.", column));
    }
}
