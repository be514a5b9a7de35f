package jp.member.audit.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.member.audit.chain.Checkpoint;
import jp.member.audit.control.AuditChainer;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.control.ChainCheck;
import jp.member.audit.control.VerificationLog;
import jp.member.audit.entity.AuditEventType;
import jp.member.security.Roles;
import jp.member.shared.BusinessException;
import jp.member.shared.boundary.InNewTransaction;

/**
 * For auditors: verify the chain now, see the last verification, and take a signed checkpoint out of the system (to
 * keep where nobody with database access can reach it, and to hand back in at a later verification).
 */
@Stateless
@RolesAllowed(Roles.AUDITOR)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditVerification {

    @Inject
    InNewTransaction transaction;

    @Inject
    AuditChainer chainer;

    @Inject
    ChainCheck check;

    @Inject
    VerificationLog log;

    @Inject
    AuditTrail trail;

    @Resource
    SessionContext context;

    /**
     * Links what is waiting, then verifies the whole chain against the stored checkpoints and the checkpoint lines
     * handed in (one per line; blank lines ignored; anything else is refused before verifying).
     */
    public VerificationReport verify(String keptCheckpoints) {
        List<Checkpoint> kept = parse(keptCheckpoints);
        while (chainer.chainPending(AuditSchedule.BATCH) == AuditSchedule.BATCH) {
            // link everything waiting, so the verification covers up to now
        }
        var result = check.verify(kept);
        String by = context.getCallerPrincipal().getName();
        return VerificationReport.of(transaction.call(() -> log.save(result, by)));
    }

    public Optional<VerificationReport> latest() {
        return log.latest().map(VerificationReport::of);
    }

    /** Signs the head now (after linking what is waiting) and returns the checkpoint line; recorded in the trail. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public String checkpointNow() {
        while (chainer.chainPending(AuditSchedule.BATCH) == AuditSchedule.BATCH) {
            // link everything waiting first
        }
        Checkpoint signed = chainer.checkpoint(Duration.ZERO);
        Checkpoint cp = signed != null ? signed : chainer.latest();
        if (cp == null) {
            throw new BusinessException("audit.checkpoint.empty");
        }
        trail.record(AuditEvent.of(AuditEventType.AUDIT_EXPORTED).target("checkpoint:" + cp.seq()));
        return cp.line();
    }

    private static List<Checkpoint> parse(String lines) {
        List<Checkpoint> kept = new ArrayList<>();
        if (lines == null) {
            return kept;
        }
        for (String line : lines.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                kept.add(Checkpoint.parse(line));
            } catch (IllegalArgumentException e) {
                throw new BusinessException("audit.checkpoint.invalid");
            }
        }
        return kept;
    }
}
