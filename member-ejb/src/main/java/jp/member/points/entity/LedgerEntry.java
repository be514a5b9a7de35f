package jp.member.points.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import jp.member.audit.entity.AuditEntry;
import jp.member.members.validation.Limits;
import jp.member.points.rules.Points;
import jp.member.points.rules.PointsChange;
import jp.member.points.rules.Yen;

/**
 * One change of a member's points. Append-only: every column is fixed at insert, and the application has no update
 * or delete path. Each entry says who or which client made it, when, and why.
 */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry {

    /** The longest reason an entry keeps (why a person or a job made it). */
    public static final int REASON_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "entry_type", nullable = false, updatable = false, length = 12)
    private EntryType type;

    @Convert(converter = PointsChangeConverter.class)
    @Column(nullable = false, updatable = false)
    private PointsChange points;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "business_date", nullable = false, updatable = false)
    private LocalDate businessDate;

    @Column(nullable = false, updatable = false, length = AuditEntry.ACTOR_MAX)
    private String actor;

    @Column(name = "actor_kind", nullable = false, updatable = false, length = 8)
    private String actorKind;

    @Column(updatable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "store_code", updatable = false, length = Limits.STORE_CODE_MAX)
    private String storeCode;

    @Convert(converter = YenConverter.class)
    @Column(name = "amount_yen", updatable = false)
    private Yen amountYen;

    @Column(name = "reverses_entry_id", updatable = false)
    private Long reversesEntryId;

    @Column(name = "related_member_id", updatable = false)
    private Long relatedMemberId;

    protected LedgerEntry() {}

    private LedgerEntry(
            long memberId, EntryType type, PointsChange points, Actor actor, Instant at, LocalDate businessDate) {
        this.memberId = memberId;
        this.type = type;
        this.points = points;
        this.actor = actor.name();
        this.actorKind = actor.kind();
        this.reason = actor.reason();
        this.occurredAt = at;
        this.businessDate = businessDate;
    }

    /** Who made a change and why: a staff member, an API client, or the system (a scheduled job). */
    public record Actor(String name, String kind, String reason) {

        public static Actor staff(String username, String reason) {
            return new Actor(username, "STAFF", reason);
        }

        public static Actor client(String clientId, String reason) {
            return new Actor(clientId, "CLIENT", reason);
        }

        public static Actor system(String reason) {
            return new Actor("system", "SYSTEM", reason);
        }
    }

    public static LedgerEntry earn(
            long memberId,
            Points points,
            Yen amountYen,
            String storeCode,
            Actor actor,
            Instant at,
            LocalDate businessDate) {
        LedgerEntry entry =
                new LedgerEntry(memberId, EntryType.EARN, PointsChange.adding(points), actor, at, businessDate);
        entry.amountYen = amountYen;
        entry.storeCode = storeCode;
        return entry;
    }

    public static LedgerEntry redeem(
            long memberId, Points points, String storeCode, Actor actor, Instant at, LocalDate businessDate) {
        LedgerEntry entry =
                new LedgerEntry(memberId, EntryType.REDEEM, PointsChange.taking(points), actor, at, businessDate);
        entry.storeCode = storeCode;
        return entry;
    }

    public static LedgerEntry reversal(LedgerEntry original, Actor actor, Instant at, LocalDate businessDate) {
        LedgerEntry entry = new LedgerEntry(
                original.memberId, EntryType.REVERSAL, original.points.negate(), actor, at, businessDate);
        entry.reversesEntryId = original.id;
        entry.storeCode = original.storeCode;
        entry.amountYen = original.amountYen == null ? null : original.amountYen.negate();
        return entry;
    }

    /** Any other movement: ADJUSTMENT (±), EXPIRY, FORFEIT (−), TRANSFER (± with the other member). */
    public static LedgerEntry of(
            EntryType type,
            long memberId,
            PointsChange points,
            Long relatedMemberId,
            Actor actor,
            Instant at,
            LocalDate businessDate) {
        LedgerEntry entry = new LedgerEntry(memberId, type, points, actor, at, businessDate);
        entry.relatedMemberId = relatedMemberId;
        return entry;
    }

    public Long getId() {
        return id;
    }

    public long getMemberId() {
        return memberId;
    }

    public EntryType getType() {
        return type;
    }

    public PointsChange getPoints() {
        return points;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public LocalDate getBusinessDate() {
        return businessDate;
    }

    public String getActor() {
        return actor;
    }

    public String getActorKind() {
        return actorKind;
    }

    public String getReason() {
        return reason;
    }

    public String getStoreCode() {
        return storeCode;
    }

    public Yen getAmountYen() {
        return amountYen;
    }

    public Long getReversesEntryId() {
        return reversesEntryId;
    }

    public Long getRelatedMemberId() {
        return relatedMemberId;
    }
}
