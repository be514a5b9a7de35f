package jp.member.web.members;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.member.inquiries.boundary.IdentityCheck;
import jp.member.members.boundary.MemberRecords;
import jp.member.members.boundary.RevealReason;
import jp.member.members.entity.PersonalField;
import jp.member.shared.BusinessException;
import jp.member.web.inquiries.InquiryBacking;
import jp.member.web.shell.Messages;

/**
 * What the agent has revealed on the member's page: one field with a reason ({@link RevealRequest}), or the identity
 * check's fields at once. Full values live only in this view and go with it.
 */
@Named
@ViewScoped
public class RevealBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MemberRecords records;

    @Inject
    IdentityCheck identityCheck;

    @Inject
    InquiryBacking inquiry;

    private final Map<PersonalField, String> revealed = new EnumMap<>(PersonalField.class);
    private final RevealRequest request = new RevealRequest();
    private List<PersonalField> identityFields;
    private boolean failed;

    public void start(PersonalField field, boolean inInquiry) {
        request.start(field);
        if (inInquiry) {
            request.setReason(RevealReason.INQUIRY);
        }
        failed = false;
    }

    public void reveal(String ref) {
        try {
            revealed.put(request.getField(), records.reveal(ref, request.getField(), request.getReason()));
            failed = false;
        } catch (BusinessException refused) {
            refuse(refused);
        }
    }

    /** The identity check: every field it covers, for the one reason, each recorded. */
    public void checkIdentity(String ref) {
        try {
            revealed.putAll(identityCheck.reveal(ref));
            inquiry.reload();
            failed = false;
            Messages.info("member.identity.shown");
        } catch (BusinessException refused) {
            refuse(refused);
        }
    }

    /** The refusal goes to the dialog, which stays open (the request counts as failed validation). */
    private void refuse(BusinessException refused) {
        failed = true;
        Messages.error(refused);
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** Forget what was shown (after a change to the member, the values may be old). */
    public void forget() {
        revealed.clear();
    }

    public String display(PersonalField field, Map<PersonalField, String> masked) {
        String full = revealed.get(field);
        return full != null ? full : masked.get(field);
    }

    public boolean isRevealed(PersonalField field) {
        return revealed.containsKey(field);
    }

    public List<PersonalField> getIdentityFields() {
        if (identityFields == null) {
            identityFields = List.copyOf(identityCheck.fields());
        }
        return identityFields;
    }

    /** Whether the last reveal was refused: the dialog stays open with the message next to the field. */
    public boolean isFailed() {
        return failed;
    }

    public RevealRequest getRequest() {
        return request;
    }

    public RevealReason[] getReasons() {
        return RevealReason.values();
    }
}
