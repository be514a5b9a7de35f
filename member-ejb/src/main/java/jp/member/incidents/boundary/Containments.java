package jp.member.incidents.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import jp.member.audit.entity.AuditEventType;
import jp.member.exports.control.ExportLockdown;
import jp.member.incidents.boundary.IncidentView.ContainmentView;
import jp.member.incidents.control.IncidentRecords;
import jp.member.incidents.control.IncidentViews;
import jp.member.incidents.entity.Containment;
import jp.member.incidents.entity.Containment.Action;
import jp.member.incidents.entity.Incident;
import jp.member.incidents.entity.TimelineEntry;
import jp.member.security.Roles;
import jp.member.shared.BusinessException;
import jp.member.shared.InvalidInputException;
import jp.member.shared.NotFoundException;
import jp.member.shared.Violation;
import jp.member.staff.control.RoleBlocks;
import jp.member.staff.control.StaffAccounts;
import jp.member.staff.entity.ApiClient;
import jp.member.staff.entity.StaffAccount;

/**
 * Containment from the incident page (PPC guideline 3-5-2 ①: stop the damage from spreading). Each action takes
 * effect when its transaction commits — the next sign-in, request, API call, export step or download is refused —
 * and goes on the incident's timeline and into the audit trail. The officer lifts it with a reason; what another
 * action still in force holds (the same account, the lockdown, a role) stays held.
 */
@Stateless
@RolesAllowed(Roles.PRIVACY_OFFICER)
public class Containments {

    public static final int REASON_MAX = Containment.REASON_MAX;

    /** What the officer can choose as a target: staff accounts, API clients, staff roles. */
    public record Targets(List<String> staff, List<String> clients, List<String> roles) implements Serializable {}

    @PersistenceContext
    EntityManager em;

    @Inject
    IncidentRecords records;

    @Inject
    StaffAccounts staff;

    @Inject
    RoleBlocks roleBlocks;

    @Inject
    ExportLockdown lockdown;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** Takes a containment action for the incident (a target for accounts, clients and roles; always a reason). */
    public void take(String ref, Action action, String target, String reason) {
        String why = required(reason);
        if (action == null) {
            throw new InvalidInputException(List.of(new Violation("action", "incident.containment.actionRequired")));
        }
        String on = action.hasTarget() ? required(target, "target", "incident.containment.targetRequired") : null;
        Incident incident = records.byRef(ref);
        incident.requireOpen();
        Instant now = clock.instant();
        String me = caller();
        switch (action) {
            case SUSPEND_STAFF -> {
                if (on.equals(me)) {
                    throw new BusinessException("incident.containment.notYourself");
                }
                account(on).disable();
            }
            case DISABLE_CLIENT -> client(on).disable();
            case LOCK_EXPORTS -> lockdown.set(true, me, why, now);
            case END_SESSIONS -> {
                if (!Roles.STAFF.contains(on) || on.equals(Roles.PRIVACY_OFFICER)) {
                    throw new BusinessException("incident.containment.roleRefused");
                }
                roleBlocks.block(on, me, why, now);
            }
            case ROTATE_KEYS -> {
                // a demand to the administrators, shown on their start page until the officer lifts it
            }
        }
        em.persist(new Containment(incident.getId(), action, on, why, me, now));
        records.step(
                incident,
                me,
                TimelineEntry.Kind.CONTAINED,
                AuditEventType.INCIDENT_CONTAINED,
                action.name() + (on == null ? "" : " " + on) + ": " + why);
    }

    /** Lifts a containment action with a reason; access it held comes back unless another action still holds it. */
    public void lift(long containmentId, String reason) {
        String why = required(reason);
        Containment containment = em.find(Containment.class, containmentId);
        if (containment == null) {
            throw new NotFoundException("incident.containment.notFound");
        }
        Incident incident = em.find(Incident.class, containment.getIncidentId());
        Instant now = clock.instant();
        containment.lift(caller(), why, now);
        em.flush();
        String target = containment.getTarget();
        if (!stillHeld(containment.getAction(), target)) {
            switch (containment.getAction()) {
                case SUSPEND_STAFF -> account(target).enable();
                case DISABLE_CLIENT -> client(target).enable();
                case LOCK_EXPORTS -> lockdown.set(false, caller(), why, now);
                case END_SESSIONS -> roleBlocks.lift(target);
                case ROTATE_KEYS -> {
                    // nothing held: the demand is withdrawn
                }
            }
        }
        records.step(
                incident,
                caller(),
                TimelineEntry.Kind.CONTAINMENT_LIFTED,
                AuditEventType.INCIDENT_CONTAINMENT_LIFTED,
                containment.getAction().name() + (target == null ? "" : " " + target) + ": " + why);
    }

    /** The containment actions in force across all incidents (the administrators see key-rotation demands). */
    @RolesAllowed({Roles.PRIVACY_OFFICER, Roles.AUDITOR, Roles.ADMIN})
    public List<ContainmentView> inForce() {
        return em.createQuery(
                        "SELECT c FROM Containment c WHERE c.liftedAt IS NULL ORDER BY c.takenAt", Containment.class)
                .getResultStream()
                .map(IncidentViews::containmentView)
                .toList();
    }

    /** The accounts, clients and roles an action can name. */
    public Targets targets() {
        List<String> accounts =
                staff.all().stream().map(StaffAccount::getUsername).sorted().toList();
        List<String> clients = em.createNamedQuery(ApiClient.FIND_ALL, ApiClient.class)
                .getResultStream()
                .map(ApiClient::getClientId)
                .toList();
        List<String> roles = Roles.STAFF.stream()
                .filter(r -> !r.equals(Roles.PRIVACY_OFFICER))
                .toList();
        return new Targets(accounts, clients, roles);
    }

    private boolean stillHeld(Action action, String target) {
        return !em.createQuery(
                        "SELECT c.id FROM Containment c WHERE c.action = :action AND c.liftedAt IS NULL"
                                + " AND (c.target = :target OR (c.target IS NULL AND :target IS NULL))",
                        Long.class)
                .setParameter("action", action)
                .setParameter("target", target)
                .getResultList()
                .isEmpty();
    }

    private StaffAccount account(String username) {
        return staff.findByUsername(username).orElseThrow(() -> new NotFoundException("incident.containment.unknown"));
    }

    private ApiClient client(String clientId) {
        return em.createNamedQuery(ApiClient.FIND_BY_CLIENT_ID, ApiClient.class)
                .setParameter("clientId", clientId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("incident.containment.unknown"));
    }

    private static String required(String reason) {
        return required(reason, "reason", "incident.containment.reasonRequired");
    }

    private static String required(String text, String field, String key) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.length() > REASON_MAX) {
            throw new InvalidInputException(List.of(new Violation(field, key)));
        }
        return t;
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
