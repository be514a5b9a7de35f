package jp.member.web.members;

import java.io.Serializable;
import jp.member.members.boundary.RevealReason;
import jp.member.members.entity.PersonalField;

/** The reveal dialog: which field, and the reason the agent gives (the open inquiry, if any, is added by the trail). */
public class RevealRequest implements Serializable {

    private static final long serialVersionUID = 1L;

    private PersonalField field;
    private RevealReason reason;

    /** A new request for this field: nothing of a previous one is kept. */
    void start(PersonalField field) {
        this.field = field;
        reason = null;
    }

    public PersonalField getField() {
        return field;
    }

    public RevealReason getReason() {
        return reason;
    }

    public void setReason(RevealReason reason) {
        this.reason = reason;
    }
}
