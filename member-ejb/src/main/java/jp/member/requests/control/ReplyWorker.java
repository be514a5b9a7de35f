package jp.member.requests.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.member.requests.entity.MemberRequest;
import jp.member.shared.Traces;

/**
 * Produces replies in the background: on the managed executor once the decision has committed, and every minute for
 * any still queued (after a restart, or when the executor was busy). A failure is logged without a message (it could
 * carry a value) and marks the reply failed.
 */
@ApplicationScoped
public class ReplyWorker {

    private static final Logger LOG = Logger.getLogger(ReplyWorker.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    ManagedExecutorService executor;

    @Inject
    ReplyProduction production;

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReplyQueued queued) {
        executor.execute(() -> produce(queued.requestId()));
    }

    /** The ids of replies waiting to be produced (a read outside any transaction). */
    List<Long> queued() {
        return em.createQuery("SELECT r.id FROM MemberRequest r WHERE r.replyState = :queued", Long.class)
                .setParameter("queued", MemberRequest.ReplyState.QUEUED)
                .setMaxResults(20)
                .getResultList();
    }

    /** Produces the reply; a failure is logged and marks it failed. */
    public void produce(long id) {
        try {
            production.produce(id);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, () -> "Reply of request id " + id + " failed: " + Traces.of(e));
            try {
                production.failed(id);
            } catch (RuntimeException notRecorded) {
                LOG.log(
                        Level.SEVERE,
                        () -> "Reply of request id " + id + " could not be marked failed: " + Traces.of(notRecorded));
            }
        }
    }

    /** Produces every reply still queued (each claimed by one instance only). */
    public void produceQueued() {
        queued().forEach(this::produce);
    }
}
