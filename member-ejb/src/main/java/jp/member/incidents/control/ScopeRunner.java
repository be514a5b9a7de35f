package jp.member.incidents.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import jp.member.audit.entity.AuditEventType;
import jp.member.incidents.entity.Incident;
import jp.member.incidents.entity.ScopeComputation;
import jp.member.incidents.entity.TimelineEntry;
import jp.member.incidents.rules.ScopeSpec;

/** Runs one computation of an incident's affected members and keeps it, with its time, on the timeline. */
@ApplicationScoped
public class ScopeRunner {

    @PersistenceContext
    EntityManager em;

    @Inject
    AffectedMembers affected;

    @Inject
    IncidentRecords records;

    @Inject
    Clock clock;

    public ScopeComputation run(Incident incident, ScopeSpec spec, String by) {
        incident.requireOpen();
        ScopeComputation scope = new ScopeComputation(incident.getId(), spec.describe(), clock.instant(), by);
        em.persist(scope);
        em.flush();
        AffectedMembers.Result result =
                affected.compute(scope.getId(), spec, incident.facts().keyExposed());
        scope.result(
                result.members(),
                result.exposedMembers(),
                result.usableBalance(),
                result.items(),
                result.entriesRead());
        records.step(
                incident,
                by,
                TimelineEntry.Kind.SCOPED,
                AuditEventType.INCIDENT_SCOPED,
                spec.describe() + " → " + result.members() + " / " + result.exposedMembers());
        return scope;
    }
}
