package jp.member.inquiries.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import jp.member.audit.control.InquiryInProgress;

/** The staff member's open inquiry, read through the unique index that allows only one ({@code open_staff}). */
@ApplicationScoped
public class OpenInquiries implements InquiryInProgress {

    @PersistenceContext
    EntityManager em;

    @Override
    public String numberOf(String username) {
        List<?> rows = em.createNativeQuery("SELECT inquiry_number FROM inquiry WHERE open_staff = ?1")
                .setParameter(1, username)
                .getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }
}
