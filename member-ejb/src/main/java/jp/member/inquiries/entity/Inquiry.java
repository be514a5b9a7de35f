package jp.member.inquiries.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import jp.member.security.crypto.FieldCipher;
import jp.member.security.crypto.KeyRing;
import jp.member.staff.entity.StaffAccount;

/**
 * One contact with a member or a caller (応対記録): who took it, how it came in, what about, which member it turned out
 * to concern, and how it ended. The notes are sealed ({@link #getSealedNotes()}); the number is what the audit trail
 * records on every look at personal data made while the inquiry is open.
 */
@Entity
@Table(name = "inquiry")
@NamedQuery(
        name = Inquiry.OPEN_OF_STAFF,
        query = "SELECT i FROM Inquiry i WHERE i.staff = :staff AND i.endedAt IS NULL")
@NamedQuery(
        name = Inquiry.OF_MEMBER,
        query = "SELECT i FROM Inquiry i WHERE i.memberId = :memberId ORDER BY i.startedAt DESC")
@NamedQuery(
        name = Inquiry.OPEN_FOLLOW_UPS,
        query = "SELECT i FROM Inquiry i WHERE i.followUpOn IS NOT NULL AND i.followUpDoneAt IS NULL"
                + " ORDER BY i.followUpOn, i.id")
@NamedQuery(name = Inquiry.BY_NUMBER, query = "SELECT i FROM Inquiry i WHERE i.number = :number")
@NamedQuery(
        name = Inquiry.NOTES_BY_KEY,
        query = "SELECT i.notesKeyId, COUNT(i) FROM Inquiry i WHERE i.notesKeyId IS NOT NULL GROUP BY i.notesKeyId")
@NamedQuery(
        name = Inquiry.NOTES_UNDER_OLDER_KEY,
        query = "SELECT i FROM Inquiry i WHERE i.id > :after AND i.notesKeyId IS NOT NULL"
                + " AND i.notesKeyId <> :current ORDER BY i.id")
public class Inquiry {

    public static final String OPEN_OF_STAFF = "Inquiry.openOfStaff";
    public static final String OF_MEMBER = "Inquiry.ofMember";
    public static final String OPEN_FOLLOW_UPS = "Inquiry.openFollowUps";
    public static final String BY_NUMBER = "Inquiry.byNumber";
    public static final String NOTES_BY_KEY = "Inquiry.notesByKey";
    public static final String NOTES_UNDER_OLDER_KEY = "Inquiry.notesUnderOlderKey";

    /** {@code INQ-yyyymmdd-nnnn}, with more digits after the 9,999th of a day. */
    public static final int NUMBER_MAX = 20;

    /** The longest notes, in characters. */
    public static final int NOTES_MAX = 2000;

    /** Room for the sealed notes: four bytes a character at most, plus the cipher's header and tag. */
    public static final int NOTES_SEALED_MAX = 8192;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "inquiry_number", nullable = false, updatable = false, length = NUMBER_MAX)
    private String number;

    @Column(nullable = false, updatable = false, length = StaffAccount.USERNAME_MAX)
    private String staff;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private InquiryChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private InquiryCategory category;

    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "notes_enc", length = NOTES_SEALED_MAX)
    private byte[] sealedNotes;

    /**
     * The data key that sealed the notes, also written inside them: a column so that key rotation counts and finds
     * notes under an older key with an index, not by reading every row's bytes. Null without notes.
     */
    @Column(name = "notes_key_id", length = KeyRing.KEY_ID_MAX)
    private String notesKeyId;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private InquiryOutcome outcome;

    @Column(name = "follow_up_on")
    private LocalDate followUpOn;

    @Column(name = "follow_up_owner", length = StaffAccount.USERNAME_MAX)
    private String followUpOwner;

    @Column(name = "follow_up_done_at")
    private Instant followUpDoneAt;

    @Version
    private long version;

    protected Inquiry() {}

    public Inquiry(String number, String staff, InquiryChannel channel, InquiryCategory category, Instant startedAt) {
        this.number = number;
        this.staff = staff;
        this.channel = channel;
        this.category = category;
        this.startedAt = startedAt;
    }

    public boolean isOpen() {
        return endedAt == null;
    }

    /** The member the caller turned out to be (the agent may correct it while the inquiry is open). */
    public void concerns(long memberId) {
        this.memberId = memberId;
    }

    public void recategorise(InquiryCategory category) {
        this.category = category;
    }

    /** Sealed notes (null for none); the key that sealed them is read from the sealed form itself. */
    public void keepNotes(byte[] sealed) {
        String keyId = FieldCipher.keyIdOf(sealed);
        this.sealedNotes = sealed;
        this.notesKeyId = keyId.isEmpty() ? null : keyId;
    }

    public void close(InquiryOutcome outcome, LocalDate followUpOn, String followUpOwner, Instant at) {
        this.outcome = outcome;
        this.followUpOn = followUpOn;
        this.followUpOwner = followUpOwner;
        this.endedAt = at;
    }

    public void followUpDone(Instant at) {
        this.followUpDoneAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getStaff() {
        return staff;
    }

    public InquiryChannel getChannel() {
        return channel;
    }

    public InquiryCategory getCategory() {
        return category;
    }

    public Long getMemberId() {
        return memberId;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public byte[] getSealedNotes() {
        return sealedNotes;
    }

    public String getNotesKeyId() {
        return notesKeyId;
    }

    public InquiryOutcome getOutcome() {
        return outcome;
    }

    public LocalDate getFollowUpOn() {
        return followUpOn;
    }

    public String getFollowUpOwner() {
        return followUpOwner;
    }

    public Instant getFollowUpDoneAt() {
        return followUpDoneAt;
    }
}
