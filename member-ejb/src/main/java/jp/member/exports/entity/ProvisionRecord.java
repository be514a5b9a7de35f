package jp.member.exports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import jp.member.exports.rules.ConsentBasis;
import jp.member.exports.rules.ExportDraft;
import jp.member.staff.entity.StaffAccount;

/**
 * 第三者提供の記録 (APPI Art. 29): made when an export for a third party is first downloaded, the moment the data
 * leaves. It names the date, the recipient, the data items and the consent basis; the individuals concerned are the
 * export's member list ({@code export_member}), so the provisions of one member's data can be listed for a
 * disclosure request (Art. 33(5)). Kept until {@code keepUntil} (3 years by default), never changed.
 */
@Entity
@Table(name = "provision_record")
public class ProvisionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "export_id", nullable = false, updatable = false)
    private long exportId;

    @Column(name = "provided_at", nullable = false, updatable = false)
    private Instant providedAt;

    @Column(name = "recipient_name", nullable = false, updatable = false, length = ExportDraft.NAME_MAX)
    private String recipientName;

    @Column(name = "data_items", nullable = false, updatable = false, length = 1000)
    private String dataItems;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_basis", nullable = false, updatable = false, length = 24)
    private ConsentBasis consentBasis;

    @Column(name = "member_count", nullable = false, updatable = false)
    private long memberCount;

    @Column(nullable = false, updatable = false, length = ExportDraft.PURPOSE_MAX)
    private String purpose;

    @Column(name = "requested_by", nullable = false, updatable = false, length = StaffAccount.USERNAME_MAX)
    private String requestedBy;

    @Column(name = "approved_by", nullable = false, updatable = false, length = StaffAccount.USERNAME_MAX)
    private String approvedBy;

    @Column(name = "keep_until", nullable = false, updatable = false)
    private LocalDate keepUntil;

    protected ProvisionRecord() {}

    public ProvisionRecord(ExportRequest export, Instant providedAt, LocalDate keepUntil) {
        this.exportId = export.getId();
        this.providedAt = providedAt;
        this.recipientName = export.getRecipientName();
        this.dataItems =
                String.join(",", export.columns().stream().map(c -> c.key()).toList());
        this.consentBasis = export.getConsentBasis();
        this.memberCount = export.getRowsWritten();
        this.purpose = export.getPurpose();
        this.requestedBy = export.getRequestedBy();
        this.approvedBy = export.getDecidedBy();
        this.keepUntil = keepUntil;
    }

    public Long getId() {
        return id;
    }

    public long getExportId() {
        return exportId;
    }

    public Instant getProvidedAt() {
        return providedAt;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public String getDataItems() {
        return dataItems;
    }

    public ConsentBasis getConsentBasis() {
        return consentBasis;
    }

    public long getMemberCount() {
        return memberCount;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public LocalDate getKeepUntil() {
        return keepUntil;
    }
}
