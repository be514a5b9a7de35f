package jp.member.requests.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.member.members.entity.PersonalField;
import jp.member.requests.rules.Decision;
import jp.member.requests.rules.DecisionDraft;
import jp.member.requests.rules.DeliveryForm;
import jp.member.requests.rules.FeeStatus;
import jp.member.requests.rules.Fees;
import jp.member.requests.rules.IdentityMethod;
import jp.member.requests.rules.PackageSection;
import jp.member.requests.rules.RefusalReason;
import jp.member.requests.rules.Remedy;
import jp.member.requests.rules.RequestChannel;
import jp.member.requests.rules.RequestIntake;
import jp.member.requests.rules.RequestKind;
import jp.member.requests.rules.Requester;
import jp.member.requests.rules.StopGround;
import jp.member.shared.BusinessException;
import jp.member.staff.entity.StaffAccount;

/**
 * A member's request under the APPI (開示等の請求): what was asked, how it arrived, who asked and how they were
 * identified, the clock, the fee, the privacy officer's decision and what it executed, and the reply. It moves one way:
 * awaiting the identity check → open → decided → closed (the reply sent). Nothing is decided or produced before the
 * identity check is recorded; the reply is sent only once the fee is settled.
 */
@Entity
@Table(name = "member_request")
public class MemberRequest {

    /** Where the request stands. */
    public enum Status {
        /** Taken, the identity documents awaited: nothing may be decided or produced. */
        AWAITING_IDENTITY,
        /** Identified, waiting for the privacy officer's decision. */
        OPEN,
        /** Decided (and executed); the reply is produced and sent. */
        DECIDED,
        /** The reply was sent. */
        CLOSED
    }

    /** The reply file. */
    public enum ReplyState {
        NONE,
        QUEUED,
        RUNNING,
        READY,
        FAILED,
        /** Sent with the closing of the request: the file and its key are gone. */
        SENT
    }

    public static final int REF_MAX = 16;
    public static final int REASON_TEXT_MAX = DecisionDraft.REASON_TEXT_MAX;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = REF_MAX)
    private String ref;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 24)
    private RequestKind kind;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 12)
    private RequestChannel channel;

    @Column(name = "inquiry_number", updatable = false, length = 24)
    private String inquiryNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Requester requester;

    @Enumerated(EnumType.STRING)
    @Column(name = "identity_method", length = 24)
    private IdentityMethod identityMethod;

    @Column(name = "identity_checked_by", length = StaffAccount.USERNAME_MAX)
    private String identityCheckedBy;

    @Column(name = "identity_checked_at")
    private Instant identityCheckedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 12)
    private DeliveryForm delivery;

    @Column(name = "reply_language", nullable = false, updatable = false, length = 2)
    private String replyLanguage;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false, length = 32)
    private StopGround ground;

    @Column(updatable = false, length = 200)
    private String fields;

    @Column(name = "correction_sealed", length = 4096)
    private byte[] correctionSealed;

    @Column(name = "fee_yen", nullable = false, updatable = false)
    private long feeYen;

    @Enumerated(EnumType.STRING)
    @Column(name = "fee_status", nullable = false, length = 8)
    private FeeStatus feeStatus;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Column(name = "taken_by", nullable = false, updatable = false, length = StaffAccount.USERNAME_MAX)
    private String takenBy;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private Decision decision;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private RefusalReason reason;

    @Column(name = "reason_text", length = REASON_TEXT_MAX)
    private String reasonText;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Remedy remedy;

    @Column(name = "applied_fields", length = 200)
    private String appliedFields;

    @Column(length = 300)
    private String withheld;

    @Column(name = "decided_by", length = StaffAccount.USERNAME_MAX)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "reply_state", nullable = false, length = 12)
    private ReplyState replyState;

    @Column(name = "reply_key", length = 512)
    private byte[] replyKey;

    @Column(name = "reply_password", length = 512)
    private byte[] replyPassword;

    @Column(name = "reply_bytes")
    private Long replyBytes;

    @Column(name = "reply_ready_at")
    private Instant replyReadyAt;

    @Column(name = "reply_reads", nullable = false)
    private int replyReads;

    @Column(name = "sent_on")
    private LocalDate sentOn;

    @Column(name = "closed_by", length = StaffAccount.USERNAME_MAX)
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected MemberRequest() {}

    /**
     * A request as taken; with an identity method it is open at once, without one it waits for the documents. The
     * intake must have been checked ({@link RequestIntake#violations()}).
     */
    public MemberRequest(
            String ref,
            long memberId,
            RequestIntake intake,
            String inquiryNumber,
            long feeYen,
            String takenBy,
            Instant at,
            LocalDate receivedOn,
            LocalDate dueOn) {
        this.ref = ref;
        this.kind = intake.kind();
        this.memberId = memberId;
        this.channel = intake.channel();
        this.inquiryNumber = inquiryNumber;
        this.requester = intake.requester();
        this.delivery = intake.delivery();
        this.replyLanguage = intake.replyLanguage();
        this.ground = intake.ground();
        this.fields = intake.fields().isEmpty() ? null : names(intake.fields());
        this.feeYen = feeYen;
        this.feeStatus = Fees.initialStatus(feeYen);
        this.takenBy = takenBy;
        this.receivedAt = at;
        this.receivedOn = receivedOn;
        this.dueOn = dueOn;
        this.replyState = ReplyState.NONE;
        this.status = Status.AWAITING_IDENTITY;
        if (intake.identityMethod() != null) {
            identified(intake.requester(), intake.identityMethod(), takenBy, at);
        }
    }

    /** The identity check, recorded (method, by whom, when); the request joins the officer's queue. */
    public void identified(Requester who, IdentityMethod method, String by, Instant at) {
        if (status != Status.AWAITING_IDENTITY) {
            throw new BusinessException("request.identity.alreadyConfirmed");
        }
        if (!IdentityMethod.acceptable(who, channel).contains(method)) {
            throw new BusinessException("request.identity.methodNotAcceptable");
        }
        this.requester = who;
        this.identityMethod = method;
        this.identityCheckedBy = by;
        this.identityCheckedAt = at;
        this.status = Status.OPEN;
    }

    /** The true values of a correction, sealed; kept until the decision. */
    public void keepCorrection(byte[] sealed) {
        this.correctionSealed = sealed;
    }

    /** The decision, once checked ({@link DecisionDraft#violations}); what it executed is recorded with it. */
    public void decide(DecisionDraft draft, Remedy executed, Set<PersonalField> corrected, String by, Instant at) {
        requireStatus(Status.OPEN);
        this.decision = draft.decision();
        this.reason = draft.decision().needsReason() ? draft.reason() : null;
        this.reasonText = draft.decision().needsReason() ? draft.reasonText() : null;
        this.remedy = executed;
        this.appliedFields = corrected.isEmpty() ? null : names(corrected);
        this.withheld = draft.decision() == Decision.PARTLY && !draft.withheld().isEmpty()
                ? draft.withheld().stream().map(Enum::name).collect(Collectors.joining(","))
                : null;
        this.decidedBy = by;
        this.decidedAt = at;
        this.correctionSealed = null; // applied or refused: the values are no longer needed here
        this.status = Status.DECIDED;
        this.replyState = ReplyState.QUEUED;
    }

    /** The fee was paid or waived. */
    public void settleFee(FeeStatus next) {
        if (status == Status.CLOSED || !Fees.canRecord(feeStatus, next)) {
            throw new BusinessException("request.fee.notDue");
        }
        this.feeStatus = next;
    }

    /** Produce the reply again (after a failure, or to replace a reply not yet sent). */
    public void queueReply() {
        requireStatus(Status.DECIDED);
        if (replyState == ReplyState.RUNNING) {
            throw new BusinessException("request.reply.running");
        }
        this.replyState = ReplyState.QUEUED;
    }

    /** Taken by one producer: true when this caller may produce the reply. */
    public boolean startReply() {
        if (replyState != ReplyState.QUEUED) {
            return false;
        }
        this.replyState = ReplyState.RUNNING;
        return true;
    }

    public void replyReady(byte[] sealedKey, byte[] sealedPassword, long bytes, Instant at) {
        this.replyKey = sealedKey;
        this.replyPassword = sealedPassword;
        this.replyBytes = bytes;
        this.replyReadyAt = at;
        this.replyState = ReplyState.READY;
    }

    public void replyFailed() {
        this.replyKey = null;
        this.replyPassword = null;
        this.replyBytes = null;
        this.replyState = ReplyState.FAILED;
    }

    /** The reply file was opened once more (download or print). */
    public void replyRead() {
        if (replyState != ReplyState.READY) {
            throw new BusinessException("request.reply.notReady");
        }
        replyReads++;
    }

    /** The reply was sent: the request is done. Needs the reply produced and the fee settled. */
    public void close(LocalDate sent, String by, Instant at) {
        requireStatus(Status.DECIDED);
        if (replyState != ReplyState.READY) {
            throw new BusinessException("request.reply.notReady");
        }
        if (!feeStatus.settled()) {
            throw new BusinessException("request.fee.due");
        }
        if (sent == null || sent.isBefore(receivedOn)) {
            throw new BusinessException("request.sentOn.invalid");
        }
        this.sentOn = sent;
        this.replyKey = null;
        this.replyPassword = null;
        this.replyState = ReplyState.SENT;
        this.closedBy = by;
        this.closedAt = at;
        this.status = Status.CLOSED;
    }

    /** The reply's key and password, re-sealed under a new data key (key rotation). */
    public void resealSecrets(byte[] key, byte[] password, byte[] correction) {
        this.replyKey = key;
        this.replyPassword = password;
        this.correctionSealed = correction;
    }

    /** The member's data was erased: nothing sealed about them stays on the request. */
    public void forgetSealed() {
        this.correctionSealed = null;
    }

    public void requireStatus(Status expected) {
        if (status != expected) {
            throw new BusinessException("request.status." + expected.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    public Set<PersonalField> requestedFields() {
        return parse(fields, PersonalField.class, PersonalField::valueOf);
    }

    public Set<PersonalField> correctedFields() {
        return parse(appliedFields, PersonalField.class, PersonalField::valueOf);
    }

    public Set<PackageSection> withheldSections() {
        return parse(withheld, PackageSection.class, PackageSection::valueOf);
    }

    private static String names(Set<PersonalField> set) {
        return set.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> parse(String csv, Class<E> type, Function<String, E> of) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (csv != null && !csv.isBlank()) {
            Arrays.stream(csv.split(",")).map(String::strip).map(of).forEach(set::add);
        }
        return set;
    }

    public Long getId() {
        return id;
    }

    public String getRef() {
        return ref;
    }

    public RequestKind getKind() {
        return kind;
    }

    public long getMemberId() {
        return memberId;
    }

    public Status getStatus() {
        return status;
    }

    public RequestChannel getChannel() {
        return channel;
    }

    public String getInquiryNumber() {
        return inquiryNumber;
    }

    public Requester getRequester() {
        return requester;
    }

    public IdentityMethod getIdentityMethod() {
        return identityMethod;
    }

    public String getIdentityCheckedBy() {
        return identityCheckedBy;
    }

    public Instant getIdentityCheckedAt() {
        return identityCheckedAt;
    }

    public DeliveryForm getDelivery() {
        return delivery;
    }

    public String getReplyLanguage() {
        return replyLanguage;
    }

    public StopGround getGround() {
        return ground;
    }

    public byte[] getCorrectionSealed() {
        return correctionSealed;
    }

    public long getFeeYen() {
        return feeYen;
    }

    public FeeStatus getFeeStatus() {
        return feeStatus;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getTakenBy() {
        return takenBy;
    }

    public Decision getDecision() {
        return decision;
    }

    public RefusalReason getReason() {
        return reason;
    }

    public String getReasonText() {
        return reasonText;
    }

    public Remedy getRemedy() {
        return remedy;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public ReplyState getReplyState() {
        return replyState;
    }

    public byte[] getReplyKey() {
        return replyKey;
    }

    public byte[] getReplyPassword() {
        return replyPassword;
    }

    public Long getReplyBytes() {
        return replyBytes;
    }

    public Instant getReplyReadyAt() {
        return replyReadyAt;
    }

    public int getReplyReads() {
        return replyReads;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
