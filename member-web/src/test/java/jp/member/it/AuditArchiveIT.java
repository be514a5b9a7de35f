package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.member.audit.boundary.AuditVerification;
import jp.member.audit.boundary.VerificationReport;
import jp.member.audit.chain.AuditRecord;
import jp.member.audit.chain.ChainLink;
import jp.member.audit.chain.ChainVerifier;
import jp.member.audit.chain.Checkpoint;
import jp.member.audit.control.AuditArchiver;
import jp.member.audit.control.AuditChainer;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AuditEntry;
import jp.member.audit.entity.AuditEntry.ActorKind;
import jp.member.audit.entity.AuditEventType;
import jp.member.testsupport.AsAuditor;
import jp.member.testsupport.Deployments;
import jp.member.testsupport.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Retention: the oldest part of the chain goes to a file and out of the database, and both halves still verify —
 * the database from the archive's signed checkpoint on, the file on its own up to that checkpoint.
 */
@ExtendWith(ArquillianExtension.class)
class AuditArchiveIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Inject
    AuditTrail trail;

    @Inject
    AuditChainer chainer;

    @Inject
    AuditArchiver archiver;

    @Inject
    AuditVerification verification;

    @Inject
    AsAuditor asAuditor;

    @Test
    @DisplayName("archiving before a cutoff: a verifiable file, the chain anchored at its checkpoint, nothing lost")
    void archiveKeepsBothHalvesVerifiable() throws Exception {
        for (int i = 0; i < 5; i++) {
            trail.recordOnItsOwn(AuditEvent.of(AuditEventType.AUDIT_SEARCHED)
                    .by("archive-test", ActorKind.STAFF)
                    .target("old:" + i));
        }
        while (chainer.chainPending(1000) == 1000) {
            // link all
        }
        long anchorBefore = ((Number) TestDatabase.scalar("SELECT anchor_seq FROM audit_head")).longValue();
        String hashBefore = (String) TestDatabase.scalar("SELECT anchor_hash FROM audit_head");
        Thread.sleep(5); // the cutoff lies after every entry linked so far
        Instant cutoff = Instant.now();
        Path dir = Files.createTempDirectory("audit-archive-it");

        AuditArchiver.Archived archived = archiver.archiveBefore(cutoff, dir);
        while (chainer.deleteBehindAnchor() > 0) {
            // remove the archived part
        }
        trail.recordOnItsOwn(AuditEvent.of(AuditEventType.AUDIT_SEARCHED)
                .by("archive-test", ActorKind.STAFF)
                .target("after archive"));
        VerificationReport report = asAuditor.call(() -> verification.verify(null));

        assertThat(archived.count()).isGreaterThanOrEqualTo(5);
        assertThat(archived.fromSeq()).isEqualTo(anchorBefore + 1);
        assertThat(report.intact())
                .as("%s at %s", report.problem(), report.brokenAt())
                .isTrue();
        assertThat(TestDatabase.scalar("SELECT anchor_seq FROM audit_head")).isEqualTo(archived.toSeq());
        assertThat(TestDatabase.scalar("SELECT COUNT(*) FROM audit_chain WHERE seq <= ?", archived.toSeq()))
                .isEqualTo(0L);
        assertThat(TestDatabase.scalar("SELECT COUNT(*) FROM audit_entry WHERE target = 'old:0'"))
                .isEqualTo(0L);

        List<String> lines = Files.readAllLines(archived.file(), StandardCharsets.UTF_8);
        assertThat(lines).hasSize((int) archived.count() + 1);
        Checkpoint checkpoint = Checkpoint.parse(lines.get(lines.size() - 1));
        assertThat(checkpoint.seq()).isEqualTo(archived.toSeq());
        assertThat(verifyFile(lines, anchorBefore, hashBefore, checkpoint).intact())
                .isTrue();

        List<String> doctored = new java.util.ArrayList<>(lines);
        int line = 0;
        while (!doctored.get(line).contains("\"old:0\"")) {
            line++;
        }
        doctored.set(line, doctored.get(line).replace("archive-test", "archive-tesT"));
        ChainVerifier.Result tampered = verifyFile(doctored, anchorBefore, hashBefore, checkpoint);
        assertThat(tampered.problem()).isEqualTo(ChainVerifier.Problem.HASH_MISMATCH);
        assertThat(tampered.brokenAt()).isEqualTo(anchorBefore + 1 + line);
    }

    /** An archive file checked on its own: its links from the previous anchor, ending at its checkpoint. */
    private static ChainVerifier.Result verifyFile(
            List<String> lines, long anchorSeq, String anchorHash, Checkpoint checkpoint) {
        ChainVerifier verifier =
                new ChainVerifier(anchorSeq + 1, anchorHash, Map.of(checkpoint.seq(), checkpoint.headHash()));
        for (String line : lines.subList(0, lines.size() - 1)) {
            JsonObject o = Json.createReader(new StringReader(line)).readObject();
            AuditRecord r = o.containsKey("missing")
                    ? null
                    : new AuditRecord(
                            o.getJsonNumber("id").longValue(),
                            AuditEntry.instant(o.getJsonNumber("occurredUs").longValue()),
                            o.getString("eventType"),
                            o.getString("outcome"),
                            o.getString("actor"),
                            o.getString("actorKind"),
                            o.getString("clientAddress"),
                            o.containsKey("memberId")
                                    ? o.getJsonNumber("memberId").longValue()
                                    : null,
                            o.getString("target", null),
                            o.getString("fields", null),
                            o.getString("purpose", null),
                            o.getString("reason", null),
                            o.getString("inquiryNumber", null));
            verifier.accept(
                    new ChainLink(o.getJsonNumber("seq").longValue(), r == null ? 0 : r.id(), o.getString("hash"), r));
        }
        return verifier.finish();
    }
}
