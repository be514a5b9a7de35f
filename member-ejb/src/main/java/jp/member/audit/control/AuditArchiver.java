package jp.member.audit.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import javax.sql.DataSource;
import jp.member.audit.chain.AuditRecord;
import jp.member.audit.chain.ChainLink;
import jp.member.audit.chain.ChainVerifier;
import jp.member.audit.chain.Checkpoint;
import jp.member.audit.entity.AuditEntry;
import jp.member.audit.entity.AuditEntry.ActorKind;
import jp.member.audit.entity.AuditEventType;
import jp.member.security.crypto.DataProtection;
import jp.member.shared.Settings;

/**
 * Retention: moves the oldest part of the chain — every link up to the last one whose entry is older than the cutoff —
 * into a file (JSON lines: each entry with its position and hash, then the signed checkpoint of the last one), and
 * then out of the database. The chain stays verifiable: its new start (anchor) is that checkpoint, and the file
 * verifies on its own from the previous anchor. Steps in an order that survives a crash: file, then anchor and
 * checkpoint in one transaction, then deletion in batches behind the anchor (the verifier never looks there).
 */
@ApplicationScoped
public class AuditArchiver {

    static final int MINIMUM_DAYS = 1_095;

    @Resource(lookup = "jdbc/member")
    DataSource dataSource;

    @Inject
    DataProtection protection;

    @Inject
    Clock clock;

    @Inject
    AuditChainer chainer;

    @Inject
    AuditTrail audit;

    @Inject
    Settings settings;

    /** What was archived (nothing when {@code toSeq <= fromSeq - 1}). */
    public record Archived(long fromSeq, long toSeq, Path file) {

        public long count() {
            return Math.max(0, toSeq - fromSeq + 1);
        }
    }

    /**
     * Archives the chain's prefix older than {@code cutoff} into {@code directory}; refuses (IllegalStateException)
     * to archive a part that does not verify.
     */
    public Archived archiveBefore(Instant cutoff, Path directory) {
        try (Connection db = dataSource.getConnection()) {
            long anchorSeq;
            String anchorHash;
            try (PreparedStatement ps = db.prepareStatement("SELECT anchor_seq, anchor_hash, seq FROM audit_head");
                    ResultSet r = ps.executeQuery()) {
                r.next();
                anchorSeq = r.getLong(1);
                anchorHash = r.getString(2);
            }
            long upTo = lastBefore(db, cutoff);
            if (upTo <= anchorSeq) {
                return new Archived(anchorSeq + 1, anchorSeq, null);
            }
            Files.createDirectories(directory);
            Path file = directory.resolve("audit-" + (anchorSeq + 1) + "-" + upTo + ".jsonl");
            Path partial = directory.resolve(file.getFileName() + ".partial");
            ChainVerifier verifier = new ChainVerifier(anchorSeq + 1, anchorHash, Map.of());
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                write(db, anchorSeq, upTo, verifier, out);
                ChainVerifier.Result result = verifier.finish();
                if (!result.intact() || result.lastSeq() != upTo) {
                    throw new IllegalStateException("refusing to archive a chain that does not verify: "
                            + result.problem() + " at " + result.brokenAt());
                }
                Checkpoint cp = Checkpoint.sign(
                        upTo,
                        result.headHash(),
                        clock.instant(),
                        protection.keys().auditKey());
                out.write(cp.line());
                out.write('\n');
                chainer.anchor(cp);
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            return new Archived(anchorSeq + 1, upTo, file);
        } catch (SQLException e) {
            throw new IllegalStateException("audit archive failed in the database", e);
        } catch (IOException e) {
            throw new UncheckedIOException("audit archive file could not be written", e);
        }
    }

    /**
     * Archives what is older than {@code audit.retention.days} (default 1,096, at least 1,095) into
     * {@code audit.archive.dir}, records it, and removes it from the database; returns how many entries left.
     */
    public long archivePastRetention() {
        int days = settings.intValue("audit.retention.days", 1_096);
        if (days < MINIMUM_DAYS) {
            throw new IllegalStateException("audit.retention.days must be at least " + MINIMUM_DAYS);
        }
        Path dir = Path.of(
                settings.value("audit.archive.dir").orElse(System.getProperty("user.home") + "/member-audit-archive"));
        while (chainer.chainPending(1000) == 1000) {
            // link everything waiting first
        }
        Archived archived = archiveBefore(clock.instant().minus(Duration.ofDays(days)), dir);
        if (archived.count() > 0) {
            audit.recordOnItsOwn(AuditEvent.of(AuditEventType.AUDIT_ARCHIVED)
                    .by("system", ActorKind.SYSTEM)
                    .target("seq:" + archived.fromSeq() + ".." + archived.toSeq() + ";file:"
                            + archived.file().getFileName()));
        }
        while (chainer.deleteBehindAnchor() > 0) {
            // remove the archived part, batch by batch
        }
        return archived.count();
    }

    /** The last position such that it and every position before it belong to entries older than the cutoff. */
    private static long lastBefore(Connection db, Instant cutoff) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT MIN(c.seq) FROM audit_chain c JOIN audit_entry e"
                        + " ON e.id = c.entry_id WHERE e.occurred_us >= ?");
                PreparedStatement head = db.prepareStatement("SELECT seq FROM audit_head")) {
            ps.setLong(1, AuditEntry.micros(cutoff));
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                long firstYoung = r.getLong(1);
                if (!r.wasNull()) {
                    return firstYoung - 1;
                }
            }
            try (ResultSet r = head.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static void write(Connection db, long afterSeq, long upTo, ChainVerifier verifier, Writer out)
            throws SQLException, IOException {
        try (PreparedStatement links = db.prepareStatement(
                ChainCheck.LINKS.replace("ORDER BY", "AND c.seq <= ? ORDER BY"),
                ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            links.setFetchSize(Integer.MIN_VALUE);
            links.setLong(1, afterSeq);
            links.setLong(2, upTo);
            try (ResultSet r = links.executeQuery()) {
                while (r.next()) {
                    AuditRecord record = ChainCheck.record(r);
                    verifier.accept(new ChainLink(r.getLong(1), r.getLong(2), r.getString(3), record));
                    out.write(json(r.getLong(1), r.getString(3), record));
                    out.write('\n');
                }
            }
        }
    }

    private static String json(long seq, String hash, AuditRecord e) {
        if (e == null) {
            return Json.createObjectBuilder()
                    .add("seq", seq)
                    .add("hash", hash)
                    .add("missing", true)
                    .build()
                    .toString();
        }
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("seq", seq)
                .add("hash", hash)
                .add("id", e.id())
                .add("occurredUs", AuditEntry.micros(e.occurredAt()))
                .add("eventType", e.eventType())
                .add("outcome", e.outcome())
                .add("actor", e.actor())
                .add("actorKind", e.actorKind())
                .add("clientAddress", e.clientAddress());
        if (e.memberId() != null) {
            o.add("memberId", e.memberId());
        }
        addIfPresent(o, "target", e.target());
        addIfPresent(o, "fields", e.fields());
        addIfPresent(o, "purpose", e.purpose());
        addIfPresent(o, "reason", e.reason());
        addIfPresent(o, "inquiryNumber", e.inquiryNumber());
        return o.build().toString();
    }

    private static void addIfPresent(JsonObjectBuilder o, String name, String value) {
        if (value != null) {
            o.add(name, value);
        }
    }
}
