package jp.member.audit.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.sql.DataSource;
import jp.member.audit.chain.AuditRecord;
import jp.member.audit.chain.ChainLink;
import jp.member.audit.chain.ChainVerifier;
import jp.member.audit.chain.ChainVerifier.Problem;
import jp.member.audit.chain.Checkpoint;
import jp.member.audit.entity.AuditEntry;
import jp.member.security.crypto.DataProtection;

/**
 * Verifies the stored chain from its anchor to its head against every signed checkpoint (those in the database and
 * any kept outside and handed in), then looks for entries that are in no link and not waiting for one. Reads with a
 * streaming cursor outside any transaction, so ten million links take constant memory and hold no locks.
 */
@ApplicationScoped
public class ChainCheck {

    static final String LINKS = "SELECT c.seq, c.entry_id, c.hash, e.id, e.occurred_us, e.event_type,"
            + " e.outcome, e.actor, e.actor_kind, e.client_address, e.member_id, e.target, e.fields, e.purpose,"
            + " e.reason, e.inquiry_number FROM audit_chain c LEFT JOIN audit_entry e ON e.id = c.entry_id"
            + " WHERE c.seq > ? ORDER BY c.seq";

    private static final String UNCHAINED = "SELECT MIN(e.id) FROM audit_entry e"
            + " LEFT JOIN audit_chain c ON c.entry_id = e.id LEFT JOIN audit_pending p ON p.entry_id = e.id"
            + " WHERE c.entry_id IS NULL AND p.entry_id IS NULL";

    @Resource(lookup = "jdbc/member")
    DataSource dataSource;

    @Inject
    DataProtection protection;

    public ChainVerifier.Result verify(Collection<Checkpoint> external) {
        SecretKey key = protection.keys().auditKey();
        try (Connection db = dataSource.getConnection()) {
            long anchorSeq;
            String anchorHash;
            long headSeq;
            String headHash;
            try (Statement s = db.createStatement();
                    ResultSet head = s.executeQuery("SELECT seq, hash, anchor_seq, anchor_hash FROM audit_head")) {
                head.next();
                headSeq = head.getLong(1);
                headHash = head.getString(2);
                anchorSeq = head.getLong(3);
                anchorHash = head.getString(4);
            }
            List<Checkpoint> checkpoints = new ArrayList<>(external);
            checkpoints.addAll(stored(db));
            Map<Long, String> pinned = new HashMap<>();
            Long forged = null;
            for (Checkpoint cp : checkpoints) {
                if (!cp.signedBy(key)) {
                    forged = forged == null ? cp.seq() : Math.min(forged, cp.seq());
                } else {
                    pinned.put(cp.seq(), cp.headHash());
                }
            }
            // the head row pins the end too: a chain cut short below an unchanged head is found without a checkpoint
            pinned.putIfAbsent(headSeq, headHash);
            ChainVerifier verifier = new ChainVerifier(anchorSeq + 1, anchorHash, pinned);
            if (anchorSeq > 0 && !anchorHash.equals(pinned.get(anchorSeq))) {
                verifier.reject(anchorSeq, Problem.CHECKPOINT_MISMATCH);
            }
            if (forged != null) {
                verifier.reject(forged, Problem.CHECKPOINT_FORGED);
            }
            walk(db, anchorSeq, verifier);
            Long unchained = unchained(db);
            if (unchained != null) {
                verifier.reject(unchained, Problem.UNCHAINED_ENTRY);
            }
            return verifier.finish();
        } catch (SQLException e) {
            throw new IllegalStateException("audit chain could not be read", e);
        }
    }

    private static void walk(Connection db, long afterSeq, ChainVerifier verifier) throws SQLException {
        try (PreparedStatement links =
                db.prepareStatement(LINKS, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            // MySQL Connector/J streams row by row with this fetch size instead of reading the whole result
            links.setFetchSize(Integer.MIN_VALUE);
            links.setLong(1, afterSeq);
            try (ResultSet r = links.executeQuery()) {
                boolean going = true;
                while (going && r.next()) {
                    going = verifier.accept(new ChainLink(r.getLong(1), r.getLong(2), r.getString(3), record(r)));
                }
            }
        }
    }

    static AuditRecord record(ResultSet r) throws SQLException {
        long id = r.getLong(4);
        if (r.wasNull()) {
            return null;
        }
        long member = r.getLong(11);
        Long memberId = r.wasNull() ? null : member;
        return new AuditRecord(
                id,
                AuditEntry.instant(r.getLong(5)),
                r.getString(6),
                r.getString(7),
                r.getString(8),
                r.getString(9),
                r.getString(10),
                memberId,
                r.getString(12),
                r.getString(13),
                r.getString(14),
                r.getString(15),
                r.getString(16));
    }

    private static List<Checkpoint> stored(Connection db) throws SQLException {
        List<Checkpoint> out = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT seq, head_hash, created_at, mac FROM audit_checkpoint")) {
            while (r.next()) {
                try {
                    out.add(new Checkpoint(
                            r.getLong(1), r.getString(2), java.time.Instant.parse(r.getString(3)), r.getString(4)));
                } catch (java.time.format.DateTimeParseException garbled) {
                    out.add(new Checkpoint(r.getLong(1), r.getString(2), java.time.Instant.EPOCH, "0".repeat(64)));
                }
            }
        }
        return out;
    }

    private static Long unchained(Connection db) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery(UNCHAINED)) {
            r.next();
            long id = r.getLong(1);
            return r.wasNull() ? null : id;
        }
    }
}
