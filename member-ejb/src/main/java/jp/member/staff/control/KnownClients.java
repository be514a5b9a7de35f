package jp.member.staff.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import jp.member.shared.Secrets;

/**
 * API clients authenticated in the last {@value #FRESH_SECONDS} seconds on this instance, so that a till's next call
 * is checked in memory instead of by a query (issue 16: 6 % of an earn's cost). Only
 * the secret's SHA-256 is kept, as in the database. A change of a client on this instance (disabled by an
 * administrator, an alert or an incident's containment; new secret, limits or role) forgets it at once and again when
 * the change commits ({@code ApiClientChanges}); another instance sees the change within {@value #FRESH_SECONDS}
 * seconds (decision 0016).
 */
@ApplicationScoped
public class KnownClients {

    /** How long a proven secret is taken on trust on one instance. */
    public static final int FRESH_SECONDS = 5;

    private static final long FRESH_NANOS = FRESH_SECONDS * 1_000_000_000L;
    private static final int MAX_KNOWN = 10_000;

    private record Known(String secretHash, Object client, long atNanos) {}

    private final Map<String, Known> known = new ConcurrentHashMap<>();

    /** Nanoseconds, as {@link System#nanoTime()}; a test gives its own. */
    LongSupplier clock = System::nanoTime;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The client proven with this very secret in the last few seconds, if any. */
    public <C> Optional<C> recent(String clientId, String secret, Class<C> type) {
        Known k = clientId == null || secret == null ? null : known.get(clientId);
        if (k == null || clock.getAsLong() - k.atNanos() >= FRESH_NANOS) {
            return Optional.empty();
        }
        return Secrets.constantTimeEquals(k.secretHash(), Secrets.sha256Hex(secret))
                ? Optional.of(type.cast(k.client()))
                : Optional.empty();
    }

    /** The client was just proven with the secret whose SHA-256 the database holds. */
    public void proven(String clientId, String secretHash, Object client) {
        if (known.size() >= MAX_KNOWN) {
            known.clear();
        }
        known.put(clientId, new Known(secretHash, client, clock.getAsLong()));
    }

    /** Forgets the client now and again when the current transaction ends, whatever its outcome. */
    public void changed(String clientId) {
        known.remove(clientId);
        if (transactions != null && transactions.getTransactionKey() != null) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    known.remove(clientId);
                }
            });
        }
    }
}
