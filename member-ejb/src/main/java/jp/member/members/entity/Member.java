package jp.member.members.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
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
import java.util.EnumMap;
import java.util.Map;
import jp.member.members.rules.Rank;
import jp.member.members.validation.Limits;
import jp.member.members.validation.MemberNumber;
import jp.member.members.validation.MemberNumbers;
import jp.member.shared.BusinessException;

/**
 * A member of the programme. The personal data is sealed ({@link SealedPersonalData}); everything else here is not
 * personal. The member number is what the card shows; {@code dataRef} is a random identifier that the UI and the
 * ciphertexts use, so that records cannot be enumerated by counting.
 */
@Entity
@Table(name = "member")
@NamedQuery(name = Member.FIND_BY_NUMBER, query = "SELECT m FROM Member m WHERE m.memberNumber = :number")
@NamedQuery(name = Member.FIND_BY_REF, query = "SELECT m FROM Member m WHERE m.dataRef = :ref")
@NamedQuery(
        name = Member.FIND_BY_PHONE_INDEX,
        query = "SELECT m FROM Member m WHERE m.sealed.phoneIndex = :index AND m.status IN :statuses")
@NamedQuery(
        name = Member.FIND_BY_EMAIL_INDEX,
        query = "SELECT m FROM Member m WHERE m.sealed.emailIndex = :index AND m.status IN :statuses")
@NamedQuery(
        name = Member.FIND_BY_KANA_BIRTH_INDEX,
        query = "SELECT m FROM Member m WHERE m.sealed.kanaBirthIndex = :index AND m.status IN :statuses")
public class Member {

    public static final String FIND_BY_NUMBER = "Member.findByNumber";
    public static final String FIND_BY_REF = "Member.findByRef";
    public static final String FIND_BY_PHONE_INDEX = "Member.findByPhoneIndex";
    public static final String FIND_BY_EMAIL_INDEX = "Member.findByEmailIndex";
    public static final String FIND_BY_KANA_BIRTH_INDEX = "Member.findByKanaBirthIndex";

    /** The rank of a new member, until their spend earns another. */
    public static final Rank DEFAULT_RANK = Rank.REGULAR;

    /**
     * The length of a random reference as {@code PersonalDataVault.newDataRef} makes it (128 bits, URL-safe Base64): a
     * member's {@code dataRef}, and an export's {@code ref}. A reference of any other length names nothing.
     */
    public static final int REF_LENGTH = 22;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Convert(converter = MemberNumberConverter.class)
    @Column(name = "member_number", nullable = false, length = MemberNumbers.LENGTH)
    private MemberNumber memberNumber;

    @Column(name = "data_ref", nullable = false, updatable = false, length = REF_LENGTH)
    private String dataRef;

    @Embedded
    private SealedPersonalData sealed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MemberStatus status;

    @Convert(converter = RankConverter.class)
    @Column(name = "member_rank", nullable = false, length = Limits.RANK_MAX)
    private Rank rank;

    @Column(name = "enrolled_on", nullable = false, updatable = false)
    private LocalDate enrolledOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "enrolment_channel", nullable = false, updatable = false, length = 16)
    private EnrolmentChannel enrolmentChannel;

    @Column(name = "store_code", length = Limits.STORE_CODE_MAX, updatable = false)
    private String storeCode;

    @Column(name = "consent_post", nullable = false)
    private boolean consentPost;

    @Column(name = "consent_email", nullable = false)
    private boolean consentEmail;

    @Column(name = "consent_phone", nullable = false)
    private boolean consentPhone;

    @Column(name = "consent_sms", nullable = false)
    private boolean consentSms;

    @Column(name = "survivor_id")
    private Long mergedIntoId;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "use_stopped_at")
    private Instant useStoppedAt;

    @Column(name = "provision_stopped_at")
    private Instant provisionStoppedAt;

    @Version
    private long version;

    protected Member() {}

    public Member(
            MemberNumber memberNumber,
            String dataRef,
            SealedPersonalData sealed,
            LocalDate enrolledOn,
            EnrolmentChannel channel,
            String storeCode,
            Map<ConsentChannel, Boolean> consents,
            Instant createdAt) {
        this.memberNumber = memberNumber;
        this.dataRef = dataRef;
        this.sealed = sealed;
        this.status = MemberStatus.ACTIVE;
        this.rank = DEFAULT_RANK;
        this.enrolledOn = enrolledOn;
        this.enrolmentChannel = channel;
        this.storeCode = storeCode;
        consents.forEach(this::setConsent);
        this.createdAt = createdAt;
    }

    /** Replaces the sealed personal data (contact change, key rotation). */
    public void reseal(SealedPersonalData newlySealed) {
        requireNotErased();
        this.sealed = newlySealed;
    }

    /** Records a consent change; true when it changed anything. */
    public boolean changeConsent(ConsentChannel channel, boolean granted) {
        if (consents().get(channel) == granted) {
            return false;
        }
        setConsent(channel, granted);
        return true;
    }

    /** A lost card: the member carries on under a new number; the old one is retired by the caller. */
    public void renumber(MemberNumber newNumber) {
        requireFindable();
        this.memberNumber = newNumber;
    }

    /** Ranks follow qualifying spend (see the points rules), never the balance. */
    public void changeRank(Rank newRank) {
        this.rank = newRank;
    }

    public void suspend() {
        if (status != MemberStatus.ACTIVE) {
            throw new BusinessException("member.notActive");
        }
        status = MemberStatus.SUSPENDED;
    }

    public void reactivate() {
        if (status != MemberStatus.SUSPENDED) {
            throw new BusinessException("member.notSuspended");
        }
        status = MemberStatus.ACTIVE;
    }

    /** 退会: no longer found; the personal data stays until the retention period ends. */
    public void withdraw(Instant at) {
        requireFindable();
        status = MemberStatus.WITHDRAWN;
        withdrawnAt = at;
    }

    /** This duplicate is merged into another member. */
    public void mergeInto(Member survivor) {
        requireFindable();
        if (survivor.id.equals(id)) {
            throw new BusinessException("member.merge.same");
        }
        status = MemberStatus.MERGED;
        mergedIntoId = survivor.id;
    }

    /**
     * 利用停止 (APPI Art. 35): the member asked us to stop using their data. They stay a member (points go on); exports
     * leave them out, a leak notice aside. Marks once; a later request changes nothing.
     */
    public void stopUse(Instant at) {
        requireNotErased();
        if (useStoppedAt == null) {
            useStoppedAt = at;
        }
    }

    /** 第三者提供の停止 (APPI Art. 35): exports leave the member out, a leak notice aside. */
    public void stopProvision(Instant at) {
        requireNotErased();
        if (provisionStoppedAt == null) {
            provisionStoppedAt = at;
        }
    }

    /** 消去 at the member's request: withdrawn now (if not already) and anonymised at once, without the retention. */
    public void eraseAtRequest(Instant at) {
        requireNotErased();
        if (status != MemberStatus.WITHDRAWN) {
            status = MemberStatus.WITHDRAWN;
            withdrawnAt = at;
        }
        anonymise(at);
    }

    /** Irreversibly erases the personal fields of a withdrawn member; the record and its history stay. */
    public void anonymise(Instant at) {
        if (status != MemberStatus.WITHDRAWN) {
            throw new BusinessException("member.notWithdrawn");
        }
        sealed = SealedPersonalData.erased();
        status = MemberStatus.ANONYMISED;
        anonymisedAt = at;
    }

    public void requireFindable() {
        if (!status.isFindable()) {
            throw new BusinessException("member.notFound");
        }
    }

    private void requireNotErased() {
        if (status == MemberStatus.ANONYMISED) {
            throw new BusinessException("member.notFound");
        }
    }

    private void setConsent(ConsentChannel channel, boolean granted) {
        switch (channel) {
            case POST -> consentPost = granted;
            case EMAIL -> consentEmail = granted;
            case PHONE -> consentPhone = granted;
            case SMS -> consentSms = granted;
        }
    }

    public Map<ConsentChannel, Boolean> consents() {
        Map<ConsentChannel, Boolean> map = new EnumMap<>(ConsentChannel.class);
        map.put(ConsentChannel.POST, consentPost);
        map.put(ConsentChannel.EMAIL, consentEmail);
        map.put(ConsentChannel.PHONE, consentPhone);
        map.put(ConsentChannel.SMS, consentSms);
        return map;
    }

    public Long getId() {
        return id;
    }

    public MemberNumber getMemberNumber() {
        return memberNumber;
    }

    public String getDataRef() {
        return dataRef;
    }

    public SealedPersonalData getSealed() {
        return sealed;
    }

    public MemberStatus getStatus() {
        return status;
    }

    public Rank getRank() {
        return rank;
    }

    public LocalDate getEnrolledOn() {
        return enrolledOn;
    }

    public EnrolmentChannel getEnrolmentChannel() {
        return enrolmentChannel;
    }

    public String getStoreCode() {
        return storeCode;
    }

    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    public Instant getUseStoppedAt() {
        return useStoppedAt;
    }

    public Instant getProvisionStoppedAt() {
        return provisionStoppedAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }
}
