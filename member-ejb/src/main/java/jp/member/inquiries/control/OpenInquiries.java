package jp.member.inquiries.control;

import jakarta.enterprise.context.ApplicationScoped;
import jp.member.audit.control.InquiryInProgress;

/** The staff member's open inquiry, read through the unique index that allows only one ({@code open_staff}). */
@ApplicationScoped
public class OpenInquiries implements InquiryInProgress {

    @Override
    public String numberQuery(String usernameParameter) {
        return "(SELECT inquiry_number FROM inquiry WHERE open_staff = " + usernameParameter + ")";
    }
}
