package jp.member.requests.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import jp.member.members.entity.PersonalField;
import jp.member.requests.entity.MemberRequest;
import jp.member.requests.rules.Decision;
import jp.member.requests.rules.DeliveryForm;
import jp.member.requests.rules.FeeStatus;
import jp.member.requests.rules.IdentityMethod;
import jp.member.requests.rules.PackageSection;
import jp.member.requests.rules.RefusalReason;
import jp.member.requests.rules.Remedy;
import jp.member.requests.rules.RequestChannel;
import jp.member.requests.rules.RequestKind;
import jp.member.requests.rules.Requester;
import jp.member.requests.rules.StopGround;

/**
 * A request in full, as the privacy officer and the auditor see it: no personal value (the member by number; the
 * fields of a correction by name, their true values never leave the request sealed).
 */
public record RequestView(
        RequestSummary summary,
        RequestChannel channel,
        String inquiryNumber,
        Requester requester,
        IdentityMethod identityMethod,
        String identityCheckedBy,
        Instant identityCheckedAt,
        DeliveryForm delivery,
        String replyLanguage,
        StopGround ground,
        Set<PersonalField> fields,
        long feeYen,
        FeeStatus feeStatus,
        String takenBy,
        Instant receivedAt,
        RefusalReason reason,
        String reasonText,
        Remedy remedy,
        Set<PersonalField> correctedFields,
        Set<PackageSection> withheld,
        String decidedBy,
        Instant decidedAt,
        Set<PackageSection> replySections,
        Long replyBytes,
        Instant replyReadyAt,
        int replyReads,
        LocalDate sentOn,
        String closedBy)
        implements Serializable {

    public String ref() {
        return summary.ref();
    }

    public RequestKind kind() {
        return summary.kind();
    }

    public MemberRequest.Status status() {
        return summary.status();
    }

    public Decision decision() {
        return summary.decision();
    }

    public MemberRequest.ReplyState reply() {
        return summary.reply();
    }

    public boolean identified() {
        return identityMethod != null;
    }

    public boolean open() {
        return summary.status() == MemberRequest.Status.OPEN;
    }

    public boolean decided() {
        return summary.status() == MemberRequest.Status.DECIDED;
    }

    public boolean closed() {
        return summary.status() == MemberRequest.Status.CLOSED;
    }

    public boolean replyReady() {
        return summary.reply() == MemberRequest.ReplyState.READY;
    }
}
