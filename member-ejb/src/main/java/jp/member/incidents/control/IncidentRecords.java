package jp.member.incidents.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AuditEventType;
import jp.member.incidents.entity.Incident;
import jp.member.incidents.entity.ScopeComputation;
import jp.member.incidents.entity.TimelineEntry;
import jp.member.shared.NotFoundException;

/**
 * Finds incidents and writes what happens to them: each step goes on the incident's timeline and into the audit
 * trail, in the caller's transaction, so neither exists without the other.
 */
@ApplicationScoped
public class IncidentRecords {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public Incident byRef(String ref) {
        return em.createQuery("SELECT i FROM Incident i WHERE i.ref = :ref", Incident.class)
                .setParameter("ref", ref == null ? "" : ref)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("incident.notFound"));
    }

    /** The latest computation of the incident's affected members, if any. */
    public Optional<ScopeComputation> latestScope(long incidentId) {
        return em.createQuery(
                        "SELECT s FROM ScopeComputation s WHERE s.incidentId = :id ORDER BY s.id DESC",
                        ScopeComputation.class)
                .setParameter("id", incidentId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public List<TimelineEntry> timeline(long incidentId) {
        return em.createQuery(
                        "SELECT t FROM TimelineEntry t WHERE t.incidentId = :id ORDER BY t.at, t.id",
                        TimelineEntry.class)
                .setParameter("id", incidentId)
                .getResultList();
    }

    /** Puts a step on the timeline and in the audit trail. */
    public void step(Incident incident, String actor, TimelineEntry.Kind kind, AuditEventType type, String detail) {
        em.persist(new TimelineEntry(incident.getId(), clock.instant(), actor, kind, detail));
        audit.record(AuditEvent.of(type).target("incident:" + incident.getRef()).reason(detail));
    }
}
