package jp.member.inquiries.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.member.audit.control.RecordedField;
import jp.member.inquiries.entity.Inquiry;
import jp.member.security.crypto.DataProtection;
import jp.member.security.crypto.Resealing;
import jp.member.security.crypto.SealedValues;

/**
 * Seals an inquiry's notes like a personal field (free text about a member can hold anything): bound to the inquiry's
 * number, so notes cannot be moved to another inquiry undetected. Blank notes are kept as none. Key rotation re-seals
 * them with the current key ({@link SealedValues}), finding them by the key id kept beside them.
 */
@ApplicationScoped
public class InquiryNotes implements SealedValues {

    /** How a read of the notes is named in the audit trail. */
    public static final RecordedField FIELD = () -> "inquiry_notes";

    /** How key rotation names inquiry notes. */
    public static final String KIND = "inquiryNotes";

    @Inject
    DataProtection protection;

    @PersistenceContext
    EntityManager em;

    public void keep(Inquiry inquiry, String notes) {
        String text = notes == null ? "" : notes.strip();
        inquiry.keepNotes(text.isEmpty() ? null : protection.cipher().seal(text, associatedData(inquiry)));
    }

    public String open(Inquiry inquiry) {
        byte[] sealed = inquiry.getSealedNotes();
        return sealed == null ? "" : protection.cipher().open(sealed, associatedData(inquiry));
    }

    /** The member's data was erased at their request: the notes about them go too (the inquiries stay, without notes). */
    public int forgetMember(long memberId) {
        return em.createQuery("UPDATE Inquiry i SET i.sealedNotes = NULL, i.notesKeyId = NULL WHERE i.memberId = :id")
                .setParameter("id", memberId)
                .executeUpdate();
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Map<String, Long> countByKey() {
        Map<String, Long> byKey = new TreeMap<>();
        em.createNamedQuery(Inquiry.NOTES_BY_KEY, Object[].class)
                .getResultList()
                .forEach(row -> byKey.put((String) row[0], (Long) row[1]));
        return byKey;
    }

    @Override
    public Batch resealAfter(long afterId) {
        List<Inquiry> batch = em.createNamedQuery(Inquiry.NOTES_UNDER_OLDER_KEY, Inquiry.class)
                .setParameter("after", afterId)
                .setParameter("current", protection.cipher().currentKeyId())
                .setMaxResults(BATCH)
                .getResultList();
        if (batch.isEmpty()) {
            return Batch.NONE_LEFT;
        }
        Resealing resealing = new Resealing(protection.cipher());
        for (Inquiry inquiry : batch) {
            inquiry.keepNotes(resealing.reseal(
                    inquiry.getSealedNotes(), associatedData(inquiry), "notes of inquiry id " + inquiry.getId()));
        }
        return resealing.done(batch.get(batch.size() - 1).getId());
    }

    private static String associatedData(Inquiry inquiry) {
        return "inquiry_notes:" + inquiry.getNumber();
    }
}
