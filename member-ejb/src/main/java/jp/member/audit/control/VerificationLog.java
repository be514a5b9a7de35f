package jp.member.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import jp.member.audit.chain.ChainVerifier;
import jp.member.audit.entity.AuditEntry.ActorKind;
import jp.member.audit.entity.AuditEntry.Outcome;
import jp.member.audit.entity.AuditEventType;
import jp.member.audit.entity.VerificationRun;

/**
 * Keeps each verification's result and puts the run itself in the trail; a broken chain raises an alert for managers
 * (count = the first broken position) and is logged as SEVERE.
 */
@ApplicationScoped
public class VerificationLog {

    private static final Logger LOG = Logger.getLogger(VerificationLog.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail trail;

    @Inject
    Clock clock;

    @Inject
    Event<ChainBroken> broken;

    /**
     * {@code by} is the auditor, or null for the scheduled run. In the caller's transaction, which the callers (both
     * without one) take from {@link jp.member.shared.boundary.InNewTransaction}: a broken chain's alert commits with it.
     */
    @Transactional
    public VerificationRun save(ChainVerifier.Result result, String by) {
        VerificationRun run = new VerificationRun(clock.instant(), result, by == null ? "system" : by);
        em.persist(run);
        AuditEvent event = AuditEvent.of(AuditEventType.AUDIT_VERIFIED)
                .target("seq:" + result.lastSeq())
                .outcome(result.intact() ? Outcome.SUCCESS : Outcome.FAILURE)
                .reason(result.intact() ? null : result.problem() + " at " + result.brokenAt());
        if (by == null) {
            event.by("system", ActorKind.SYSTEM);
        }
        trail.record(event);
        if (!result.intact()) {
            broken.fire(new ChainBroken(result.brokenAt() == null ? 0 : result.brokenAt()));
            LOG.severe(() -> "AUDIT CHAIN BROKEN: " + result.problem() + " at position " + result.brokenAt() + " ("
                    + result.verified() + " links verified before it)");
        }
        return run;
    }

    public Optional<VerificationRun> latest() {
        return em.createQuery("SELECT v FROM VerificationRun v ORDER BY v.id DESC", VerificationRun.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
