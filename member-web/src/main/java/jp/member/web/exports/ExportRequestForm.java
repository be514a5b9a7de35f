package jp.member.web.exports;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.member.exports.rules.ConsentBasis;
import jp.member.exports.rules.ExportColumn;
import jp.member.exports.rules.ExportDraft;
import jp.member.exports.rules.ExportFilter;
import jp.member.exports.rules.PurposeCategory;
import jp.member.exports.rules.RecipientKind;

/**
 * What an export request is for and what it holds, as the page fills it in
 * ({@code #{exportRequestBacking.form.purpose}}): purpose, recipient, the columns (each personal one with its reason)
 * and the file's options. Which members it holds is {@link ExportFilterForm}'s.
 */
public class ExportRequestForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private PurposeCategory category;
    private String purpose;
    private RecipientKind recipientKind = RecipientKind.INTERNAL;
    private String recipientName;
    private ConsentBasis consentBasis;
    private final Map<ExportColumn, Boolean> selected = new EnumMap<>(ExportColumn.class);
    private final Map<ExportColumn, String> reasons = new EnumMap<>(ExportColumn.class);
    private boolean withBom = true;
    private boolean asZip;
    private boolean japaneseHeaders;

    public ExportRequestForm() {
        for (ExportColumn column : ExportColumn.values()) {
            selected.put(column, false);
        }
    }

    /** The request as entered, for these members, with the ticked columns. The rules are the service's to check. */
    ExportDraft draft(ExportFilter filter) {
        List<ExportColumn> columns = Arrays.stream(ExportColumn.values())
                .filter(c -> Boolean.TRUE.equals(selected.get(c)))
                .toList();
        return new ExportDraft(
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
                japaneseHeaders);
    }

    /** After a submission: what was particular to that request is cleared; the category and the options stay. */
    void clearSubmitted() {
        purpose = null;
        recipientName = null;
        reasons.clear();
        selected.replaceAll((column, on) -> false);
    }

    public Map<ExportColumn, Boolean> getSelected() {
        return selected;
    }

    public Map<ExportColumn, String> getReasons() {
        return reasons;
    }

    public PurposeCategory getCategory() {
        return category;
    }

    public void setCategory(PurposeCategory category) {
        this.category = category;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public RecipientKind getRecipientKind() {
        return recipientKind;
    }

    public void setRecipientKind(RecipientKind recipientKind) {
        this.recipientKind = recipientKind;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public void setRecipientName(String recipientName) {
        this.recipientName = recipientName;
    }

    public ConsentBasis getConsentBasis() {
        return consentBasis;
    }

    public void setConsentBasis(ConsentBasis consentBasis) {
        this.consentBasis = consentBasis;
    }

    public boolean isWithBom() {
        return withBom;
    }

    public void setWithBom(boolean withBom) {
        this.withBom = withBom;
    }

    public boolean isAsZip() {
        return asZip;
    }

    public void setAsZip(boolean asZip) {
        this.asZip = asZip;
    }

    public boolean isJapaneseHeaders() {
        return japaneseHeaders;
    }

    public void setJapaneseHeaders(boolean japaneseHeaders) {
        this.japaneseHeaders = japaneseHeaders;
    }
}
