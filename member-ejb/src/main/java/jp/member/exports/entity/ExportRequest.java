package jp.member.exports.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.member.exports.rules.ConsentBasis;
import jp.member.exports.rules.ExportColumn;
import jp.member.exports.rules.ExportDraft;
import jp.member.exports.rules.ExportFilter;
import jp.member.exports.rules.PurposeCategory;
import jp.member.exports.rules.RecipientKind;
import jp.member.members.entity.Member;
import jp.member.shared.BusinessException;
import jp.member.shared.NotFoundException;
import jp.member.staff.entity.StaffAccount;

/**
 * One request to take member data out of the system, from request to deleted file. The rules of the workflow live
 * here: a different manager decides, before the deadline; only the requester downloads, a limited number of times
 * within the window. The {@code ref} is random and is all a page or a link ever shows.
 */
@Entity
@Table(name = "export_request")
@NamedQuery(name = ExportRequest.FIND_BY_REF, query = "SELECT e FROM ExportRequest e WHERE e.ref = :ref")
public class ExportRequest {

    public static final String FIND_BY_REF = "ExportRequest.findByRef";

    /**
     * The longest comment of the manager who decides. Not the alerts' comment ({@code Alert.COMMENT_MAX}), which
     * happens to be as long.
     */
    public static final int DECISION_COMMENT_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = Member.REF_LENGTH)
    private String ref;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ExportStatus status;

    @Column(name = "requested_by", nullable = false, updatable = false, length = StaffAccount.USERNAME_MAX)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "decide_by", nullable = false, updatable = false)
    private Instant decideBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose_category", nullable = false, updatable = false, length = 24)
    private PurposeCategory category;

    @Column(nullable = false, updatable = false, length = ExportDraft.PURPOSE_MAX)
    private String purpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind", nullable = false, updatable = false, length = 16)
    private RecipientKind recipientKind;

    @Column(name = "recipient_name", nullable = false, updatable = false, length = ExportDraft.NAME_MAX)
    private String recipientName;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_basis", updatable = false, length = 24)
    private ConsentBasis consentBasis;

    @Column(name = "filter_spec", nullable = false, updatable = false, length = 1000)
    private String filterSpec;

    @Column(name = "columns_spec", nullable = false, updatable = false, length = 1000)
    private String columnsSpec;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "export_column_reason", joinColumns = @JoinColumn(name = "export_id"))
    @MapKeyColumn(name = "column_name", length = 24)
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, length = ExportDraft.REASON_MAX)
    private Map<ExportColumn, String> reasons = new EnumMap<>(ExportColumn.class);

    @Column(name = "with_bom", nullable = false, updatable = false)
    private boolean withBom;

    @Column(name = "as_zip", nullable = false, updatable = false)
    private boolean asZip;

    @Column(name = "japanese_headers", nullable = false, updatable = false)
    private boolean japaneseHeaders;

    @Column(name = "matched_at_request", nullable = false, updatable = false)
    private long matchedAtRequest;

    @Column(name = "excluded_at_request", nullable = false, updatable = false)
    private long excludedAtRequest;

    @Column(name = "decided_by", length = StaffAccount.USERNAME_MAX)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_comment", length = DECISION_COMMENT_MAX)
    private String decisionComment;

    @Column(name = "rows_written", nullable = false)
    private long rowsWritten;

    @Column(name = "rows_expected")
    private Long rowsExpected;

    @Column(name = "excluded_count")
    private Long excludedCount;

    @Column(name = "heartbeat_at")
    private Instant heartbeatAt;

    @Column(name = "ready_at")
    private Instant readyAt;

    @Column(name = "download_until")
    private Instant downloadUntil;

    @Column(name = "download_limit", nullable = false)
    private int downloadLimit;

    @Column(name = "downloads_used", nullable = false)
    private int downloadsUsed;

    @Column(name = "last_download_at")
    private Instant lastDownloadAt;

    @Column(name = "file_key", length = 200)
    private byte[] fileKey;

    @Column(name = "file_bytes")
    private Long fileBytes;

    @Column(name = "zip_password", length = 200)
    private byte[] zipPassword;

    @Column(name = "password_shown", nullable = false)
    private boolean passwordShown;

    @Column(name = "file_deleted_at")
    private Instant fileDeletedAt;

    @Column(length = 200)
    private String failure;

    @Version
    private long version;

    protected ExportRequest() {}

    public ExportRequest(
            String ref,
            ExportDraft draft,
            String requestedBy,
            Instant now,
            Duration approvalWindow,
            long matched,
            long excluded) {
        this.ref = ref;
        this.status = ExportStatus.PENDING;
        this.requestedBy = requestedBy;
        this.requestedAt = now;
        this.decideBy = now.plus(approvalWindow);
        this.category = draft.category();
        this.purpose = draft.purpose();
        this.recipientKind = draft.recipientKind();
        this.recipientName = draft.recipientName();
        this.consentBasis = draft.consentBasis();
        this.filterSpec = draft.filter().spec();
        this.columnsSpec = draft.columns().stream().map(Enum::name).collect(Collectors.joining(","));
        this.reasons.putAll(draft.reasons());
        this.withBom = draft.withBom();
        this.asZip = draft.asZip();
        this.japaneseHeaders = draft.japaneseHeaders();
        this.matchedAtRequest = matched;
        this.excludedAtRequest = excluded;
    }

    /** The two-person rule: someone other than the requester decides, while the request is pending and in time. */
    public void decide(boolean approve, String manager, String comment, Instant now) {
        if (manager.equals(requestedBy)) {
            throw new BusinessException("export.decide.own");
        }
        requirePendingAt(now);
        status = approve ? ExportStatus.APPROVED : ExportStatus.REJECTED;
        decidedBy = manager;
        decidedAt = now;
        decisionComment = comment;
    }

    /** The requester takes back a request nobody decided yet. */
    public void withdraw(String caller, Instant now) {
        requireRequester(caller);
        requirePendingAt(now);
        status = ExportStatus.REJECTED;
        decidedBy = caller;
        decidedAt = now;
        decisionComment = "withdrawn by the requester";
    }

    public boolean isOverdue(Instant now) {
        return status == ExportStatus.PENDING && !now.isBefore(decideBy);
    }

    public void expire() {
        status = ExportStatus.EXPIRED;
    }

    /** Generation starts; true when this caller claimed it (an approved request is generated once). */
    public boolean startGenerating(Instant now) {
        if (status != ExportStatus.APPROVED) {
            return false;
        }
        status = ExportStatus.GENERATING;
        heartbeatAt = now;
        return true;
    }

    public void progress(long rows, Instant now) {
        rowsWritten = rows;
        heartbeatAt = now;
    }

    public void expect(long rows, long excluded) {
        rowsExpected = rows;
        excludedCount = excluded;
    }

    public void ready(
            long rows, long bytes, byte[] sealedKey, byte[] sealedPassword, Instant now, Duration window, int limit) {
        status = ExportStatus.READY;
        rowsWritten = rows;
        fileBytes = bytes;
        fileKey = sealedKey;
        zipPassword = sealedPassword;
        readyAt = now;
        downloadUntil = now.plus(window);
        downloadLimit = limit;
    }

    public void fail(String why) {
        status = ExportStatus.FAILED;
        failure = why;
        fileKey = null;
        zipPassword = null;
    }

    /**
     * Counts one download by {@code caller}. Someone else's request is "not found", as if it did not exist; a file
     * past its window or its limit is refused.
     */
    public void download(String caller, Instant now) {
        requireRequester(caller);
        if (status == ExportStatus.DELETED) {
            throw new BusinessException("export.download.gone");
        }
        if (status != ExportStatus.READY) {
            throw new BusinessException("export.download.notReady");
        }
        if (!now.isBefore(downloadUntil)) {
            throw new BusinessException("export.download.windowClosed");
        }
        if (downloadsUsed >= downloadLimit) {
            throw new BusinessException("export.download.limitReached", downloadLimit);
        }
        downloadsUsed++;
        lastDownloadAt = now;
    }

    /** The ZIP password, sealed, for its one showing; afterwards the request only says it was shown. */
    public byte[] showPassword(String caller) {
        requireRequester(caller);
        if (status != ExportStatus.READY || !asZip) {
            throw new BusinessException("export.password.none");
        }
        if (passwordShown) {
            throw new BusinessException("export.password.shown");
        }
        passwordShown = true;
        return zipPassword;
    }

    /** True when the file should go: its window closed, or every download was used. */
    public boolean isSpent(Instant now) {
        return status == ExportStatus.READY && (!now.isBefore(downloadUntil) || downloadsUsed >= downloadLimit);
    }

    public void fileDeleted(Instant now) {
        status = ExportStatus.DELETED;
        fileDeletedAt = now;
        fileKey = null;
        zipPassword = null;
    }

    /** Key rotation: the same file key and ZIP password (either may be null), sealed again with the current key. */
    public void resealSecrets(byte[] sealedKey, byte[] sealedPassword) {
        fileKey = sealedKey;
        zipPassword = sealedPassword;
    }

    public void requireRequester(String caller) {
        if (!requestedBy.equals(caller)) {
            throw new NotFoundException("export.notFound");
        }
    }

    private void requirePendingAt(Instant now) {
        if (status != ExportStatus.PENDING) {
            throw new BusinessException("export.decide.notPending");
        }
        if (!now.isBefore(decideBy)) {
            throw new BusinessException("export.decide.overdue");
        }
    }

    public ExportFilter filter() {
        return ExportFilter.parse(filterSpec);
    }

    public List<ExportColumn> columns() {
        return Arrays.stream(columnsSpec.split(",")).map(ExportColumn::valueOf).toList();
    }

    public Map<ExportColumn, String> reasons() {
        return Map.copyOf(reasons);
    }

    public Long getId() {
        return id;
    }

    public String getRef() {
        return ref;
    }

    public ExportStatus getStatus() {
        return status;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getDecideBy() {
        return decideBy;
    }

    public PurposeCategory getCategory() {
        return category;
    }

    public String getPurpose() {
        return purpose;
    }

    public RecipientKind getRecipientKind() {
        return recipientKind;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public ConsentBasis getConsentBasis() {
        return consentBasis;
    }

    public boolean isWithBom() {
        return withBom;
    }

    public boolean isAsZip() {
        return asZip;
    }

    public boolean isJapaneseHeaders() {
        return japaneseHeaders;
    }

    public long getMatchedAtRequest() {
        return matchedAtRequest;
    }

    public long getExcludedAtRequest() {
        return excludedAtRequest;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionComment() {
        return decisionComment;
    }

    public long getRowsWritten() {
        return rowsWritten;
    }

    public Long getRowsExpected() {
        return rowsExpected;
    }

    public Long getExcludedCount() {
        return excludedCount;
    }

    public Instant getHeartbeatAt() {
        return heartbeatAt;
    }

    public Instant getReadyAt() {
        return readyAt;
    }

    public Instant getDownloadUntil() {
        return downloadUntil;
    }

    public int getDownloadLimit() {
        return downloadLimit;
    }

    public int getDownloadsUsed() {
        return downloadsUsed;
    }

    public Instant getLastDownloadAt() {
        return lastDownloadAt;
    }

    public byte[] getFileKey() {
        return fileKey;
    }

    public Long getFileBytes() {
        return fileBytes;
    }

    public byte[] getZipPassword() {
        return zipPassword;
    }

    public boolean isPasswordShown() {
        return passwordShown;
    }

    public String getFailure() {
        return failure;
    }
}
