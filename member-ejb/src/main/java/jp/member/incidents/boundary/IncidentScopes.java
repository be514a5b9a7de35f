package jp.member.incidents.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import jp.member.audit.control.AccessRecorder;
import jp.member.audit.entity.AccessPurpose;
import jp.member.audit.entity.AuditEntry.ActorKind;
import jp.member.incidents.control.IncidentRecords;
import jp.member.incidents.control.IncidentViews;
import jp.member.incidents.control.ScopeRunner;
import jp.member.incidents.entity.Incident;
import jp.member.incidents.entity.ScopeComputation;
import jp.member.incidents.rules.ScopeSpec;
import jp.member.members.entity.Member;
import jp.member.security.Roles;
import jp.member.shared.InvalidInputException;
import jp.member.shared.NotFoundException;

/**
 * An incident's scope: the officer describes it (accounts and a period, API clients and a period, an export, a period
 * and kinds of access, or a list of member numbers) and the affected members are computed from the audit trail, per
 * data item. Every computation is kept with its time. The member list stays in the application: the officer sees
 * member numbers and items (never values), each member listed is a recorded read; it leaves only through the
 * approved-export workflow (the notice list).
 */
@Stateless
@RolesAllowed(Roles.PRIVACY_OFFICER)
public class IncidentScopes {

    /** The most members one page of the list shows. */
    public static final int PAGE_MAX = 100;

    /** An export's reference, as the officer types it to scope an incident by the export. */
    public static final int EXPORT_REF_MAX = Member.REF_LENGTH;

    /** A member of a computed scope: number and the items that reached someone, by how. */
    public record AffectedMember(String memberNumber, List<String> clear, List<String> masked, List<String> encrypted)
            implements Serializable {}

    @PersistenceContext
    EntityManager em;

    @Inject
    IncidentRecords records;

    @Inject
    IncidentViews views;

    @Inject
    ScopeRunner runner;

    @Inject
    AccessRecorder access;

    @Resource
    SessionContext context;

    /** Computes the affected members for this scope description and keeps the result. */
    public ScopeView compute(String ref, ScopeSpec spec) {
        if (!spec.violations().isEmpty()) {
            throw new InvalidInputException(spec.violations());
        }
        Incident incident = records.byRef(ref);
        return views.scopeView(
                runner.run(incident, spec, context.getCallerPrincipal().getName()));
    }

    /** Every computation of the incident's scope, newest first. */
    @RolesAllowed({Roles.PRIVACY_OFFICER, Roles.AUDITOR})
    public List<ScopeView> computations(String ref) {
        Incident incident = records.byRef(ref);
        return em.createQuery(
                        "SELECT s FROM ScopeComputation s WHERE s.incidentId = :id ORDER BY s.id DESC",
                        ScopeComputation.class)
                .setParameter("id", incident.getId())
                .getResultStream()
                .map(views::scopeView)
                .toList();
    }

    /**
     * A page of one computation's affected members, in member-id order: member numbers and items only. Each member
     * shown is an access record (purpose INCIDENT, the incident named), as any look at a member is.
     */
    public List<AffectedMember> members(String ref, long scopeId, int first, int max) {
        Incident incident = records.byRef(ref);
        ScopeComputation scope = em.find(ScopeComputation.class, scopeId);
        if (scope == null || scope.getIncidentId() != incident.getId()) {
            throw new NotFoundException("incident.scope.notFound");
        }
        List<?> rows = em.createNativeQuery("SELECT im.member_id, m.member_number, im.clear_items, im.masked_items,"
                        + " im.encrypted_items FROM incident_member im JOIN member m ON m.id = im.member_id"
                        + " WHERE im.scope_id = ?1 ORDER BY im.member_id")
                .setParameter(1, scopeId)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(PAGE_MAX, max)))
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(r -> {
                    access.record(
                            context.getCallerPrincipal(),
                            ActorKind.STAFF,
                            ((Number) r[0]).longValue(),
                            List.of(),
                            AccessPurpose.INCIDENT,
                            "incident:" + incident.getRef(),
                            null);
                    return new AffectedMember((String) r[1], split(r[2]), split(r[3]), split(r[4]));
                })
                .toList();
    }

    private static List<String> split(Object items) {
        String s = (String) items;
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(","));
    }
}
