package jp.member.exports.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import jp.member.exports.entity.ProvisionRecord;
import jp.member.exports.rules.ConsentBasis;

/** A record of provision to a third party, as auditors list it and as a disclosure request answers it. */
public record ProvisionView(
        long id,
        long exportId,
        Instant providedAt,
        String recipientName,
        String dataItems,
        ConsentBasis consentBasis,
        long memberCount,
        String purpose,
        String requestedBy,
        String approvedBy,
        LocalDate keepUntil)
        implements Serializable {

    static ProvisionView of(ProvisionRecord r) {
        return new ProvisionView(
                r.getId(),
                r.getExportId(),
                r.getProvidedAt(),
                r.getRecipientName(),
                r.getDataItems(),
                r.getConsentBasis(),
                r.getMemberCount(),
                r.getPurpose(),
                r.getRequestedBy(),
                r.getApprovedBy(),
                r.getKeepUntil());
    }
}
