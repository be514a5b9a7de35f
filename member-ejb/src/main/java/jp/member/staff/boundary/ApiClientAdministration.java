package jp.member.staff.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AuditEventType;
import jp.member.security.Roles;
import jp.member.shared.BusinessException;
import jp.member.shared.NotFoundException;
import jp.member.shared.Secrets;
import jp.member.staff.entity.ApiClient;

/**
 * Machine clients of the points API (store terminals, the e-commerce site), for ADMIN. A client's secret is
 * generated here and returned once; only its digest is kept.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ApiClientAdministration {

    /** The longest client name (for the form). */
    public static final int NAME_MAX = ApiClient.NAME_MAX;

    private static final Pattern CLIENT_ID =
            Pattern.compile("[a-z0-9][a-z0-9._-]{2," + (ApiClient.CLIENT_ID_MAX - 1) + "}");

    /** The names a field scope may hold: the members' personal fields, by column, in their order. */
    public static final List<String> PERSONAL_FIELDS = List.of(
            "name_kanji",
            "name_kana",
            "birth_date",
            "gender",
            "postal_code",
            "prefecture",
            "city",
            "street",
            "building",
            "phone",
            "email");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /** Every API client, by client id. */
    public List<ApiClientSummary> list() {
        return em.createNamedQuery(ApiClient.FIND_ALL, ApiClient.class)
                .getResultStream()
                .map(ApiClientSummary::of)
                .toList();
    }

    /** Registers a client with its role (POS or CHANNEL) and returns its secret, once. */
    public IssuedSecret register(String clientId, String name, String role) {
        if (role == null || !Roles.CLIENTS.contains(role)) {
            throw new BusinessException("apiClient.role.invalid");
        }
        if (clientId == null || !CLIENT_ID.matcher(clientId).matches()) {
            throw new BusinessException("apiClient.clientId.invalid");
        }
        if (name == null || name.isBlank() || name.length() > NAME_MAX) {
            throw new BusinessException("apiClient.name.invalid");
        }
        boolean taken = !em.createNamedQuery(ApiClient.FIND_BY_CLIENT_ID, ApiClient.class)
                .setParameter("clientId", clientId)
                .getResultList()
                .isEmpty();
        if (taken) {
            throw new BusinessException("apiClient.clientId.taken");
        }
        String secret = Secrets.apiSecret();
        em.persist(new ApiClient(clientId, name.strip(), role, Secrets.sha256Hex(secret), clock.instant()));
        changed(clientId, "registered:" + role);
        return new IssuedSecret(clientId, secret);
    }

    /** Replaces the client's secret (returned once); the old one stops working at once. */
    public IssuedSecret replaceSecret(long id) {
        ApiClient client = get(id);
        String secret = Secrets.apiSecret();
        client.replaceSecret(Secrets.sha256Hex(secret));
        changed(client.getClientId(), "secretReplaced");
        return new IssuedSecret(client.getClientId(), secret);
    }

    /** The client's calls are refused from its next request on. */
    public void disable(long id) {
        ApiClient client = get(id);
        client.disable();
        changed(client.getClientId(), "disabled");
    }

    public void enable(long id) {
        ApiClient client = get(id);
        client.enable();
        changed(client.getClientId(), "enabled");
    }

    /**
     * The client's request rate (a minute, and the burst it may send at once) and its enrolments an hour; each within
     * its range, otherwise nothing changes. Applies from its next request.
     */
    public void changeLimits(long id, int requestsPerMinute, int requestBurst, int enrolmentsPerHour) {
        if (requestsPerMinute < 1
                || requestsPerMinute > ApiClient.REQUESTS_PER_MINUTE_MAX
                || requestBurst < 1
                || requestBurst > ApiClient.BURST_MAX
                || enrolmentsPerHour < 0
                || enrolmentsPerHour > ApiClient.ENROLMENTS_PER_HOUR_MAX) {
            throw new BusinessException("apiClient.limit.invalid");
        }
        ApiClient client = get(id);
        client.limit(requestsPerMinute, requestBurst, enrolmentsPerHour);
        changed(
                client.getClientId(),
                "limits:" + requestsPerMinute + "/min,burst " + requestBurst + "," + enrolmentsPerHour
                        + " enrolments/h");
    }

    /**
     * The personal fields the client may read in full (column names of the members' personal fields); it gets every
     * other field masked. An unknown name is refused and nothing changes.
     */
    public void changeFieldScope(long id, Set<String> fields) {
        Set<String> scope = new TreeSet<>(fields == null ? Set.of() : fields);
        if (!PERSONAL_FIELDS.containsAll(scope)) {
            throw new BusinessException("apiClient.scope.invalid");
        }
        ApiClient client = get(id);
        client.scope(scope);
        changed(client.getClientId(), "scope:" + String.join(",", scope));
    }

    private void changed(String clientId, String what) {
        audit.record(AuditEvent.of(AuditEventType.API_CLIENT_CHANGED).target("client:" + clientId + ";" + what));
    }

    private ApiClient get(long id) {
        ApiClient client = em.find(ApiClient.class, id);
        if (client == null) {
            throw new NotFoundException("apiClient.notFound");
        }
        return client;
    }
}
