package jp.member.points.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import jp.member.points.entity.ClientTransaction;
import jp.member.shared.BusinessException;
import jp.member.shared.Secrets;

/**
 * Idempotency for the tills: a retry with the same client transaction id and the same request gets the original
 * answer; the same id with a different request is refused. Checked with a locking read after the member's account
 * is locked, so concurrent retries see each other's committed work.
 */
@ApplicationScoped
public class ClientTransactions {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The original answer for a retried request, if this transaction id was processed before. */
    public <T> Optional<T> replay(String clientId, String transactionId, String request, Class<T> answerType) {
        List<?> rows = em.createNativeQuery("SELECT request_hash, response FROM client_transaction"
                        + " WHERE client_id = ?1 AND transaction_id = ?2 FOR UPDATE")
                .setParameter(1, clientId)
                .setParameter(2, transactionId)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        if (!Secrets.sha256Hex(request).equals(row[0])) {
            throw new BusinessException("points.transaction.conflict");
        }
        return Optional.of(JSON.fromJson((String) row[1], answerType));
    }

    public void remember(String clientId, String transactionId, String request, Long entryId, Object answer) {
        em.persist(new ClientTransaction(
                clientId, transactionId, Secrets.sha256Hex(request), entryId, JSON.toJson(answer), clock.instant()));
    }

    /** The ledger entry a till transaction produced, for a later reversal. */
    public Optional<Long> entryOf(String clientId, String transactionId) {
        ClientTransaction tx = em.find(ClientTransaction.class, new ClientTransaction.Key(clientId, transactionId));
        return tx == null ? Optional.empty() : Optional.ofNullable(tx.getEntryId());
    }
}
