package jp.member.web.exports;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.member.exports.boundary.ExportPreview;
import jp.member.exports.boundary.ExportRequests;
import jp.member.exports.rules.ConsentBasis;
import jp.member.exports.rules.ExportColumn;
import jp.member.exports.rules.ExportDraft;
import jp.member.exports.rules.MemberList;
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
 * preview (counts and a masked sample) and the submission. The values are held by {@link ExportRequestForm} and
 * {@link ExportFilterForm}; the rules themselves are checked by the service.
 */
@Named
@ViewScoped
public class ExportRequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExportRequests requests;

    private final ExportRequestForm form = new ExportRequestForm();
    private final ExportFilterForm filter = new ExportFilterForm();
    private ExportPreview preview;
    private transient List<MemberList> memberLists;

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
            form.clearSubmitted();
        } catch (InvalidInputException refused) {
            refuse(refused);
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
    }

    private ExportDraft draft() {
        return form.draft(filter.toFilter());
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

    public ExportRequestForm getForm() {
        return form;
    }

    public ExportFilterForm getFilter() {
        return filter;
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

    /** The notice lists the privacy officer prepared (id, label, members), newest first; 本人通知 names one. */
    public List<MemberList> getMemberLists() {
        if (memberLists == null) {
            memberLists = requests.memberLists();
        }
        return memberLists;
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
}
