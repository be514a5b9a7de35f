package jp.member.inquiries.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import jp.member.inquiries.entity.InquiryCategory;
import jp.member.inquiries.entity.InquiryChannel;
import jp.member.inquiries.entity.InquiryOutcome;

/**
 * A past or open inquiry in a list (a member's inquiries, the follow-ups): no notes, which are read one inquiry at a
 * time and recorded. {@code memberRef}/{@code memberNumber} are null when no member was identified.
 */
public record InquirySummary(
        String number,
        String staff,
        InquiryChannel channel,
        InquiryCategory category,
        String memberRef,
        String memberNumber,
        Instant startedAt,
        Instant endedAt,
        InquiryOutcome outcome,
        LocalDate followUpOn,
        String followUpOwner,
        boolean followUpDone)
        implements Serializable {

    /** A follow-up promised for a day that has passed and not yet done. */
    public boolean overdue(LocalDate today) {
        return followUpOn != null && !followUpDone && followUpOn.isBefore(today);
    }
}
