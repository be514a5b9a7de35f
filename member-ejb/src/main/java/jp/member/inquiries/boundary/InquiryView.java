package jp.member.inquiries.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import jp.member.inquiries.entity.InquiryCategory;
import jp.member.inquiries.entity.InquiryChannel;
import jp.member.inquiries.entity.InquiryOutcome;

/**
 * An inquiry as its agent sees it while working on it, notes included. {@code memberRef} and {@code memberNumber} are
 * null until the agent has said which member the caller is.
 */
public record InquiryView(
        String number,
        String staff,
        InquiryChannel channel,
        InquiryCategory category,
        String memberRef,
        String memberNumber,
        Instant startedAt,
        Instant endedAt,
        String notes,
        InquiryOutcome outcome,
        LocalDate followUpOn,
        String followUpOwner)
        implements Serializable {

    public boolean open() {
        return endedAt == null;
    }

    public boolean hasMember() {
        return memberRef != null;
    }
}
