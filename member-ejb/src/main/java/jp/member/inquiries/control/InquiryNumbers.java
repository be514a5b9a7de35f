package jp.member.inquiries.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Hands out inquiry numbers, {@code INQ-yyyymmdd-nnnn}, counting per business day: one upsert on the day's row both
 * takes the next number and keeps it (MySQL's {@code LAST_INSERT_ID(expr)} idiom), so concurrent starts never share a
 * number and a rolled-back start gives its number back.
 */
@ApplicationScoped
public class InquiryNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    @PersistenceContext
    EntityManager em;

    public String next(LocalDate businessDay) {
        em.createNativeQuery("INSERT INTO inquiry_day (business_day, last_seq) VALUES (?1, LAST_INSERT_ID(1))"
                        + " ON DUPLICATE KEY UPDATE last_seq = LAST_INSERT_ID(last_seq + 1)")
                .setParameter(1, businessDay)
                .executeUpdate();
        long seq = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        return format(businessDay, seq);
    }

    /** The number's text: four digits at least, more after the 9,999th inquiry of a day. */
    public static String format(LocalDate businessDay, long seq) {
        return "INQ-" + DAY.format(businessDay) + "-" + String.format("%04d", seq);
    }
}
