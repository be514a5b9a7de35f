package jp.member.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import jp.member.audit.chain.Checkpoint;
import jp.member.audit.chain.HashChain;
import jp.member.audit.entity.AuditEntry;
import jp.member.audit.entity.AuditLink;
import jp.member.audit.entity.StoredCheckpoint;
import jp.member.security.crypto.DataProtection;

/**
 * Links committed entries into the hash chain, in the order it finds them, under a lock on the chain's head row: any
 * number of servers may run it at once and the chain never forks — each waits for the head, then sees what the
 * other linked. Also writes the signed checkpoints.
 */
@ApplicationScoped
public class AuditChainer {

    static final int ARCHIVE_DELETE_BATCH = 10_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    DataProtection protection;

    @Inject
    Clock clock;

    /**
     * Links up to {@code limit} waiting entries in a transaction of its own; returns how many. Callers loop from
     * outside this bean (a call from inside would bypass the transaction boundary).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int chainPending(int limit) {
        Object[] head = (Object[]) em.createNativeQuery("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE")
                .getSingleResult();
        long seq = ((Number) head[0]).longValue();
        String hash = (String) head[1];
        List<Long> waiting = em.createQuery("SELECT p.entryId FROM PendingLink p ORDER BY p.entryId", Long.class)
                .setMaxResults(limit)
                .getResultList();
        if (waiting.isEmpty()) {
            return 0;
        }
        List<AuditEntry> entries = em.createQuery(
                        "SELECT e FROM AuditEntry e WHERE e.id IN :ids ORDER BY e.id", AuditEntry.class)
                .setParameter("ids", waiting)
                .getResultList();
        for (AuditEntry entry : entries) {
            seq++;
            hash = HashChain.link(hash, seq, entry.record());
            em.persist(new AuditLink(seq, entry.getId(), hash));
        }
        em.createQuery("DELETE FROM PendingLink p WHERE p.entryId IN :ids")
                .setParameter("ids", waiting)
                .executeUpdate();
        em.createNativeQuery("UPDATE audit_head SET seq = ?1, hash = ?2 WHERE id = 1")
                .setParameter(1, seq)
                .setParameter(2, hash)
                .executeUpdate();
        return entries.size();
    }

    /**
     * Signs the current head, unless the latest checkpoint already covers it or is younger than {@code minimumAge}.
     * Returns the checkpoint written, or null.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Checkpoint checkpoint(Duration minimumAge) {
        Object[] head = (Object[]) em.createNativeQuery("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE")
                .getSingleResult();
        long seq = ((Number) head[0]).longValue();
        Instant now = clock.instant();
        Checkpoint latest = latest();
        if (seq == 0
                || latest != null
                        && (latest.seq() == seq
                                || latest.createdAt().plus(minimumAge).isAfter(now))) {
            return null;
        }
        Checkpoint signed =
                Checkpoint.sign(seq, (String) head[1], now, protection.keys().auditKey());
        em.persist(new StoredCheckpoint(signed));
        return signed;
    }

    /**
     * Moves the chain's start to a signed checkpoint (after the part before it was archived): the verifier starts
     * there, and requires that checkpoint.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void anchor(Checkpoint checkpoint) {
        em.persist(new StoredCheckpoint(checkpoint));
        em.createNativeQuery("UPDATE audit_head SET anchor_seq = ?1, anchor_hash = ?2 WHERE id = 1")
                .setParameter(1, checkpoint.seq())
                .setParameter(2, checkpoint.headHash())
                .executeUpdate();
    }

    /** Deletes what lies behind the anchor, one batch per transaction; returns how many links it removed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int deleteBehindAnchor() {
        long anchor = ((Number) em.createNativeQuery("SELECT anchor_seq FROM audit_head WHERE id = 1")
                        .getSingleResult())
                .longValue();
        Number first = (Number)
                em.createNativeQuery("SELECT MIN(seq) FROM audit_chain").getSingleResult();
        if (first == null || first.longValue() > anchor) {
            return 0;
        }
        long to = Math.min(anchor, first.longValue() + ARCHIVE_DELETE_BATCH - 1);
        em.createNativeQuery("DELETE e FROM audit_entry e JOIN audit_chain c ON c.entry_id = e.id"
                        + " WHERE c.seq >= ?1 AND c.seq <= ?2")
                .setParameter(1, first.longValue())
                .setParameter(2, to)
                .executeUpdate();
        return em.createNativeQuery("DELETE FROM audit_chain WHERE seq >= ?1 AND seq <= ?2")
                .setParameter(1, first.longValue())
                .setParameter(2, to)
                .executeUpdate();
    }

    /** The newest checkpoint in the database, or null before the first. */
    public Checkpoint latest() {
        return em.createQuery("SELECT c FROM StoredCheckpoint c ORDER BY c.seq DESC, c.id DESC", StoredCheckpoint.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(StoredCheckpoint::checkpoint)
                .orElse(null);
    }
}
