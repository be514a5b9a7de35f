package jp.member.points.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
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
    private static final String REPLAY = "SELECT request_hash, response FROM client_transaction"
            + " WHERE client_id = ? AND transaction_id = ? FOR UPDATE";

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
        return Optional.of(answer(request, (String) row[0], (String) row[1], answerType));
    }

    /** {@link #replay} with plain statements on the transaction's connection ({@link TillEarns}). */
    <T> Optional<T> replay(Connection db, String clientId, String transactionId, String request, Class<T> answerType)
            throws SQLException {
        try (PreparedStatement read = db.prepareStatement(REPLAY)) {
            read.setString(1, clientId);
            read.setString(2, transactionId);
            try (ResultSet row = read.executeQuery()) {
                return row.next()
                        ? Optional.of(answer(request, row.getString(1), row.getString(2), answerType))
                        : Optional.empty();
            }
        }
    }

    private static <T> T answer(String request, String requestHash, String answer, Class<T> answerType) {
        if (!Secrets.sha256Hex(request).equals(requestHash)) {
            throw new BusinessException("points.transaction.conflict");
        }
        return JSON.fromJson(answer, answerType);
    }

    public void remember(String clientId, String transactionId, String request, Long entryId, Object answer) {
        em.persist(new ClientTransaction(
                clientId, transactionId, Secrets.sha256Hex(request), entryId, JSON.toJson(answer), clock.instant()));
    }

    /** {@link #remember} with plain statements on the transaction's connection ({@link TillEarns}). */
    void remember(
            Connection db,
            String clientId,
            String transactionId,
            String request,
            long entryId,
            Object answer,
            Instant at)
            throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO client_transaction (client_id,"
                + " transaction_id, request_hash, entry_id, response, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, clientId);
            insert.setString(2, transactionId);
            insert.setString(3, Secrets.sha256Hex(request));
            insert.setLong(4, entryId);
            insert.setString(5, JSON.toJson(answer));
            insert.setTimestamp(6, Timestamp.from(at));
            insert.executeUpdate();
        }
    }

    /** The ledger entry a till transaction produced, for a later reversal. */
    public Optional<Long> entryOf(String clientId, String transactionId) {
        ClientTransaction tx = em.find(ClientTransaction.class, new ClientTransaction.Key(clientId, transactionId));
        return tx == null ? Optional.empty() : Optional.ofNullable(tx.getEntryId());
    }
}
