package jp.member.web.exports;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jp.member.exports.boundary.ExportPreview;
import jp.member.exports.boundary.ExportRequests;
import jp.member.exports.rules.ConsentBasis;
import jp.member.exports.rules.ExportColumn;
import jp.member.exports.rules.ExportDraft;
import jp.member.exports.rules.ExportFilter;
import jp.member.exports.rules.PurposeCategory;
import jp.member.exports.rules.RecipientKind;
import jp.member.members.entity.ConsentChannel;
import jp.member.members.entity.MemberStatus;
import jp.member.members.validation.Prefecture;
import jp.member.shared.BusinessException;
import jp.member.shared.InvalidInputException;
import jp.member.shared.Violation;
import jp.member.web.shell.Messages;

/**
 * The request form: purpose, recipient, which members, which columns (each personal one with its reason), the
 * preview (counts and a masked sample) and the submission. The rules themselves are checked by the service.
 */
@Named
@ViewScoped
public class ExportRequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExportRequests requests;

    private PurposeCategory category;
    private String purpose;
    private RecipientKind recipientKind = RecipientKind.INTERNAL;
    private String recipientName;
    private ConsentBasis consentBasis;
    private MemberStatus[] statuses = {MemberStatus.ACTIVE};
    private String ranks;
    private LocalDate enrolledFrom;
    private LocalDate enrolledTo;
    private List<String> prefectures = new ArrayList<>();
    private ConsentChannel consent;
    private final Map<ExportColumn, Boolean> selected = new EnumMap<>(ExportColumn.class);
    private final Map<ExportColumn, String> reasons = new EnumMap<>(ExportColumn.class);
    private boolean withBom = true;
    private boolean asZip;
    private ExportPreview preview;

    public ExportRequestBacking() {
        for (ExportColumn column : ExportColumn.values()) {
            selected.put(column, false);
        }
    }

    public void preview() {
        preview = null;
        try {
            preview = requests.preview(draft());
        } catch (InvalidInputException refused) {
            refuse(refused);
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
    }

    public void submit() {
        try {
            requests.request(draft());
            Messages.info("export.requested");
            preview = null;
            purpose = null;
            recipientName = null;
            reasons.clear();
            selected.replaceAll((column, on) -> false);
        } catch (InvalidInputException refused) {
            refuse(refused);
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
    }

    /** Each broken rule with the label of its field (a reason by its column's name). */
    private static void refuse(InvalidInputException refused) {
        for (Violation v : refused.violations()) {
            String label = v.field().startsWith("reason.")
                    ? Messages.text("export.column." + v.field().substring("reason.".length()))
                    : Messages.text("export." + v.field());
            Messages.errorText(label + ": " + Messages.text(v.messageKey()));
        }
    }

    ExportDraft draft() {
        List<ExportColumn> columns = Arrays.stream(ExportColumn.values())
                .filter(c -> Boolean.TRUE.equals(selected.get(c)))
                .toList();
        Set<Prefecture> chosen = new LinkedHashSet<>();
        prefectures.forEach(code -> Prefecture.of(code).ifPresent(chosen::add));
        Set<String> rankSet = new LinkedHashSet<>();
        if (ranks != null) {
            for (String rank : ranks.split("[,、\\s]+")) {
                if (!rank.isBlank()) {
                    rankSet.add(rank.strip().toUpperCase(Locale.ROOT));
                }
            }
        }
        ExportFilter filter = new ExportFilter(
                statuses.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(statuses)),
                rankSet,
                enrolledFrom,
                enrolledTo,
                chosen,
                consent);
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
                asZip);
    }

    public ExportColumn[] getColumns() {
        return ExportColumn.values();
    }

    public PurposeCategory[] getCategories() {
        return PurposeCategory.values();
    }

    public RecipientKind[] getRecipientKinds() {
        return RecipientKind.values();
    }

    public ConsentBasis[] getBases() {
        return ConsentBasis.values();
    }

    public ConsentChannel[] getChannels() {
        return ConsentChannel.values();
    }

    public List<MemberStatus> getStatusOptions() {
        return List.of(MemberStatus.ACTIVE, MemberStatus.SUSPENDED);
    }

    public Prefecture[] getPrefectureOptions() {
        return Prefecture.values();
    }

    public String countsText() {
        return preview == null
                ? ""
                : Messages.text("export.preview.counts", preview.matched(), preview.excluded(), preview.included());
    }

    public ExportPreview getPreview() {
        return preview;
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

    public MemberStatus[] getStatuses() {
        return statuses.clone();
    }

    public void setStatuses(MemberStatus[] statuses) {
        this.statuses = statuses == null ? new MemberStatus[0] : statuses.clone();
    }

    public String getRanks() {
        return ranks;
    }

    public void setRanks(String ranks) {
        this.ranks = ranks;
    }

    public LocalDate getEnrolledFrom() {
        return enrolledFrom;
    }

    public void setEnrolledFrom(LocalDate enrolledFrom) {
        this.enrolledFrom = enrolledFrom;
    }

    public LocalDate getEnrolledTo() {
        return enrolledTo;
    }

    public void setEnrolledTo(LocalDate enrolledTo) {
        this.enrolledTo = enrolledTo;
    }

    public List<String> getPrefectures() {
        return prefectures;
    }

    public void setPrefectures(List<String> prefectures) {
        this.prefectures = prefectures == null ? new ArrayList<>() : new ArrayList<>(prefectures);
    }

    public ConsentChannel getConsent() {
        return consent;
    }

    public void setConsent(ConsentChannel consent) {
        this.consent = consent;
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
}
