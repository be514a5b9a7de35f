package jp.member.requests.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Request numbers, REQ-yyyy-nnnn: one upsert per number, so two people taking requests never share one. */
@ApplicationScoped
public class RequestNumbers {

    @PersistenceContext
    EntityManager em;

    public String next(int year) {
        // MySQL's LAST_INSERT_ID(expr) hands this connection the value it just wrote
        em.createNativeQuery("INSERT INTO member_request_year (year, last_seq) VALUES (?1, LAST_INSERT_ID(1))"
                        + " ON DUPLICATE KEY UPDATE last_seq = LAST_INSERT_ID(last_seq + 1)")
                .setParameter(1, year)
                .executeUpdate();
        long seq = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        return String.format("REQ-%d-%04d", year, seq);
    }
}
