package jp.member.points.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import jp.member.staff.entity.StaffAccount;

/** A campaign as stored: a point multiplier for a date range (inclusive). */
@Entity(name = "Campaign")
@Table(name = "campaign")
public class CampaignEntity {

    /** The longest campaign code (upper-case letters, digits, {@code _} and {@code -}). */
    public static final int CODE_MAX = 32;

    /** The longest campaign name. */
    public static final int NAME_MAX = 100;

    @Id
    @Column(length = CODE_MAX)
    private String code;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal multiplier;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = StaffAccount.USERNAME_MAX)
    private String changedBy;

    protected CampaignEntity() {}

    public CampaignEntity(
            String code,
            String name,
            LocalDate validFrom,
            LocalDate validTo,
            BigDecimal multiplier,
            Instant changedAt,
            String changedBy) {
        this.code = code;
        this.name = name;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.multiplier = multiplier;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public BigDecimal getMultiplier() {
        return multiplier;
    }
}
