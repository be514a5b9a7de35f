package jp.member.staff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import jp.member.staff.entity.SignInEvent;

/**
 * Writes the sign-in record. Each event commits in its own transaction: a failed or refused attempt is recorded
 * even though nothing else about it commits.
 */
@ApplicationScoped
public class SignInEvents {

    private static final int ADDRESS_MAX = 45;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(SignInEvent.Outcome outcome, String username, Long staffId, String clientAddress) {
        em.persist(
                new SignInEvent(clock.instant(), fit(username, 64), staffId, outcome, fit(clientAddress, ADDRESS_MAX)));
    }

    /** Keeps what was typed within the column, and on one line (a CR/LF payload cannot forge a second record). */
    private static String fit(String value, int max) {
        String oneLine = value == null ? "" : value.replaceAll("[\\p{Cntrl}]", "?");
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max);
    }
}
