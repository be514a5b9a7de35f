package jp.member.inquiries.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.member.audit.control.RecordedField;
import jp.member.inquiries.entity.Inquiry;
import jp.member.security.crypto.DataProtection;

/**
 * Seals an inquiry's notes like a personal field (free text about a member can hold anything): bound to the inquiry's
 * number, so notes cannot be moved to another inquiry undetected. Blank notes are kept as none.
 */
@ApplicationScoped
public class InquiryNotes {

    /** How a read of the notes is named in the audit trail. */
    public static final RecordedField FIELD = () -> "inquiry_notes";

    @Inject
    DataProtection protection;

    public void keep(Inquiry inquiry, String notes) {
        String text = notes == null ? "" : notes.strip();
        inquiry.keepNotes(text.isEmpty() ? null : protection.cipher().seal(text, associatedData(inquiry)));
    }

    public String open(Inquiry inquiry) {
        byte[] sealed = inquiry.getSealedNotes();
        return sealed == null ? "" : protection.cipher().open(sealed, associatedData(inquiry));
    }

    private static String associatedData(Inquiry inquiry) {
        return "inquiry_notes:" + inquiry.getNumber();
    }
}
