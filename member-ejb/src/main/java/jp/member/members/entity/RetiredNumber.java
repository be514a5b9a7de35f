package jp.member.members.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import jp.member.members.validation.MemberNumber;
import jp.member.members.validation.MemberNumbers;

/**
 * A member number no longer on a card. It is never issued again. The number is the primary key, so it is stored as
 * its digits (JPA applies no converter to an id); the constructor and the getter speak {@link MemberNumber}.
 */
@Entity
@Table(name = "retired_number")
public class RetiredNumber {

    /** Why the number left its card. */
    public enum Reason {
        /** The card was reported lost or stolen and reissued: the number is blocked. */
        LOST,
        /** The member was merged into another; the number leads to the survivor. */
        MERGED
    }

    @Id
    @Column(name = "member_number", length = MemberNumbers.LENGTH)
    private String memberNumber;

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Reason reason;

    @Column(name = "retired_at", nullable = false)
    private Instant retiredAt;

    protected RetiredNumber() {}

    public RetiredNumber(MemberNumber memberNumber, long memberId, Reason reason, Instant retiredAt) {
        this.memberNumber = memberNumber.digits();
        this.memberId = memberId;
        this.reason = reason;
        this.retiredAt = retiredAt;
    }

    /** Numbers of a merged-away member now lead to the survivor. */
    public void redirectTo(long survivorId) {
        this.memberId = survivorId;
    }

    public MemberNumber getMemberNumber() {
        return MemberNumber.of(memberNumber);
    }

    public Long getMemberId() {
        return memberId;
    }

    public Reason getReason() {
        return reason;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }
}
