package jp.member.points.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import jp.member.staff.entity.ApiClient;

/** A till's transaction as first processed: its request digest and the answer, to replay on a retry. */
@Entity
@Table(name = "client_transaction")
@IdClass(ClientTransaction.Key.class)
public class ClientTransaction {

    /** The longest transaction id a client may send (letters, digits and {@code . _ : -}). */
    public static final int TRANSACTION_ID_MAX = 64;

    @Id
    @Column(name = "client_id", length = ApiClient.CLIENT_ID_MAX)
    private String clientId;

    @Id
    @Column(name = "transaction_id", length = TRANSACTION_ID_MAX)
    private String transactionId;

    @Column(name = "request_hash", nullable = false, updatable = false, length = 64)
    private String requestHash;

    @Column(name = "entry_id", updatable = false)
    private Long entryId;

    @Column(nullable = false, updatable = false, length = 2000)
    private String response;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ClientTransaction() {}

    public ClientTransaction(
            String clientId,
            String transactionId,
            String requestHash,
            Long entryId,
            String response,
            Instant createdAt) {
        this.clientId = clientId;
        this.transactionId = transactionId;
        this.requestHash = requestHash;
        this.entryId = entryId;
        this.response = response;
        this.createdAt = createdAt;
    }

    public String getRequestHash() {
        return requestHash;
    }

    public Long getEntryId() {
        return entryId;
    }

    public String getResponse() {
        return response;
    }

    /** Composite key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String clientId;
        private String transactionId;

        public Key() {}

        public Key(String clientId, String transactionId) {
            this.clientId = clientId;
            this.transactionId = transactionId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.clientId.equals(clientId) && k.transactionId.equals(transactionId);
        }

        @Override
        public int hashCode() {
            return clientId.hashCode() * 31 + transactionId.hashCode();
        }
    }
}
