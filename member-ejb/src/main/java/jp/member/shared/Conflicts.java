package jp.member.shared;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Runs a whole transaction again when the database rolled it back for a conflict with another one: a deadlock
 * (MySQL/MariaDB error 1213, SQLSTATE 40001), which on a Galera cluster is also how a write set that lost the
 * certification against another node's is reported. The database has undone all of it, so running it again is
 * correct for any transaction; a till's earn, which remembers its transaction id in the same transaction, still
 * happens once. Call it <em>outside</em> the transaction (from the web tier, around the boundary's call): inside, the
 * transaction is already lost.
 *
 * Anything else — a refusal, a lock wait timeout (1205: the lock was held for the whole wait; trying again would pile
 * up), a broken connection — passes through at once.
 */
public final class Conflicts {

    /** Tries in all: the first and two more. */
    static final int ATTEMPTS = 3;

    private static final int DEADLOCK = 1213;
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final Logger LOG = Logger.getLogger(Conflicts.class.getName());

    private Conflicts() {}

    /** The work's result, after up to {@link #ATTEMPTS} tries while it fails on a conflict. */
    public static <T> T retried(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isConflict(e)) {
                    throw e;
                }
                int tried = attempt;
                LOG.info(() -> "Transaction rolled back on a conflict (try " + tried + " of " + ATTEMPTS
                        + "); running it again");
                pause(attempt);
            }
        }
    }

    /** Whether the failure, or one of its causes, is the database's conflict rollback. */
    static boolean isConflict(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (s.getErrorCode() == DEADLOCK || SERIALIZATION_FAILURE.equals(s.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A short random wait, longer at each try, so that the two sides of a deadlock do not meet again at once. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25) * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted before running a transaction again", e);
        }
    }
}
