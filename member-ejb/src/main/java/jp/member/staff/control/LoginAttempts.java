package jp.member.staff.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import jp.member.shared.Settings;

/**
 * Counts failed sign-ins so that brute force stops after {@code member.signin.maxFailures} (default 5) consecutive
 * failures, for {@code member.signin.lockMinutes} (default 15).
 *
 * <p>An attempt is <em>reserved</em> before the password is checked, by one atomic UPDATE committed at once: of N
 * parallel attempts at most the remaining allowance get to check a password, however they interleave. Each step
 * commits on its own so that concurrent attempts see it.
 */
@ApplicationScoped
public class LoginAttempts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    private int maxFailures;
    private Duration lockDuration;

    @PostConstruct
    void configure() {
        maxFailures = settings.intValue("member.signin.maxFailures", 5);
        lockDuration = Duration.ofMinutes(settings.intValue("member.signin.lockMinutes", 15));
    }

    /**
     * Takes one attempt from the account's allowance. False when the account is locked (or the allowance is used
     * up by attempts still in flight): the password must then not be checked.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean reserve(long staffId, Instant now) {
        // MySQL and MariaDB evaluate single-table SET assignments left to right: the first one still sees the old
        // locked_until. An expired lock starts a fresh count.
        int updated = em.createNativeQuery("UPDATE staff_account"
                        + " SET failed_attempts = IF(locked_until IS NULL, failed_attempts + 1, 1), locked_until = NULL"
                        + " WHERE id = ?1 AND ((locked_until IS NULL AND failed_attempts < ?2) OR locked_until <= ?3)")
                .setParameter(1, staffId)
                .setParameter(2, maxFailures)
                .setParameter(3, Timestamp.from(now))
                .executeUpdate();
        return updated == 1;
    }

    /** The password was right: the count starts again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(long staffId, Instant now) {
        em.createNativeQuery("UPDATE staff_account SET failed_attempts = 0, locked_until = NULL, last_sign_in_at = ?2"
                        + " WHERE id = ?1")
                .setParameter(1, staffId)
                .setParameter(2, Timestamp.from(now))
                .executeUpdate();
    }

    /**
     * The password was wrong. Locks the account when the allowance is used up; true only for the one attempt that
     * locked it, so that a lockout is recorded once.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean failed(long staffId, Instant now) {
        int updated = em.createNativeQuery("UPDATE staff_account SET locked_until = ?3"
                        + " WHERE id = ?1 AND locked_until IS NULL AND failed_attempts >= ?2")
                .setParameter(1, staffId)
                .setParameter(2, maxFailures)
                .setParameter(3, Timestamp.from(now.plus(lockDuration)))
                .executeUpdate();
        return updated == 1;
    }
}
