package jp.member.incidents.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.member.audit.entity.AuditEventType;
import jp.member.incidents.control.IncidentRecords;
import jp.member.incidents.entity.Incident;
import jp.member.incidents.entity.Measure;
import jp.member.incidents.entity.TimelineEntry;
import jp.member.security.Roles;
import jp.member.shared.BusinessTime;
import jp.member.shared.InvalidInputException;
import jp.member.shared.NotFoundException;
import jp.member.shared.Violation;

/** Measures against recurrence (再発防止策, report item 8): what, who owns it, by when, and when it was done. */
@Stateless
@RolesAllowed(Roles.PRIVACY_OFFICER)
public class RecurrenceMeasures {

    public static final int DESCRIPTION_MAX = Measure.DESCRIPTION_MAX;
    public static final int OWNER_MAX = Measure.OWNER_MAX;

    @PersistenceContext
    EntityManager em;

    @Inject
    IncidentRecords records;

    @Inject
    BusinessTime time;

    @Resource
    SessionContext context;

    /** Adds a measure with its owner and due date. */
    public void add(String ref, String description, String owner, LocalDate dueOn) {
        String what = description == null ? "" : description.strip();
        String who = owner == null ? "" : owner.strip();
        List<Violation> violations = new ArrayList<>();
        if (what.isEmpty() || what.length() > DESCRIPTION_MAX) {
            violations.add(new Violation("description", "incident.measure.descriptionRequired"));
        }
        if (who.isEmpty() || who.length() > OWNER_MAX) {
            violations.add(new Violation("owner", "incident.measure.ownerRequired"));
        }
        if (dueOn == null) {
            violations.add(new Violation("dueOn", "incident.measure.dueRequired"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Incident incident = records.byRef(ref);
        incident.requireOpen();
        em.persist(new Measure(incident.getId(), what, who, dueOn));
        records.step(incident, caller(), TimelineEntry.Kind.MEASURE_ADDED, AuditEventType.INCIDENT_CHANGED, what);
    }

    /** Records that the measure was carried out today. */
    public void done(long measureId) {
        Measure measure = em.find(Measure.class, measureId);
        if (measure == null) {
            throw new NotFoundException("incident.measure.notFound");
        }
        Incident incident = em.find(Incident.class, measure.getIncidentId());
        incident.requireOpen();
        measure.done(time.today());
        records.step(
                incident,
                caller(),
                TimelineEntry.Kind.MEASURE_DONE,
                AuditEventType.INCIDENT_CHANGED,
                measure.getDescription());
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
