package jp.member.staff.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AuditEntry.ActorKind;
import jp.member.audit.entity.AuditEntry.Outcome;
import jp.member.audit.entity.AuditEventType;
import jp.member.shared.OneLine;
import jp.member.shared.Secrets;
import jp.member.staff.control.KnownClients;
import jp.member.staff.entity.ApiClient;

/**
 * Checks the credentials of a machine client of the API (HTTP Basic: client id and secret); a refusal is audited.
 *
 * <p>{@code @PermitAll}: the authentication mechanism calls it before the caller has an identity; it answers only
 * whether the credentials are valid.
 */
@Stateless
@PermitAll
public class ApiClientAuthentication {

    /** The longest client id there can be (anything longer names no client). */
    public static final int CLIENT_ID_MAX = ApiClient.CLIENT_ID_MAX;

    /** Digest compared when the client id is unknown, so that timing does not tell which ids exist. */
    private static final String NO_SUCH_CLIENT = Secrets.sha256Hex("no such client");

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    KnownClients known;

    /**
     * An authenticated machine client: the one role it holds, and its limits — requests a minute with the burst it
     * may send at once, and enrolments an hour.
     */
    public record AuthenticatedClient(
            String clientId, String role, int requestsPerMinute, int requestBurst, int enrolmentsPerHour) {}

    /**
     * The client when the secret matches an enabled client; empty otherwise, and the refusal is recorded in the audit
     * trail with the client id as sent (cut to its column) and the address — never the secret.
     */
    public Optional<AuthenticatedClient> authenticate(String clientId, String secret, String clientAddress) {
        Optional<AuthenticatedClient> client = check(clientId, secret);
        if (client.isEmpty()) {
            audit.record(AuditEvent.of(AuditEventType.API_AUTHENTICATION_FAILED)
                    .by(OneLine.fit(clientId == null ? "" : clientId, ApiClient.CLIENT_ID_MAX), ActorKind.CLIENT)
                    .from(clientAddress)
                    .outcome(Outcome.FAILURE));
        }
        return client;
    }

    private Optional<AuthenticatedClient> check(String clientId, String secret) {
        if (clientId == null || secret == null || clientId.length() > ApiClient.CLIENT_ID_MAX) {
            return Optional.empty();
        }
        // a till's next call within seconds is checked in memory, not by a query (KnownClients)
        Optional<AuthenticatedClient> recent = known.recent(clientId, secret, AuthenticatedClient.class);
        if (recent.isPresent()) {
            return recent;
        }
        Optional<ApiClient> client = em.createNamedQuery(ApiClient.FIND_BY_CLIENT_ID, ApiClient.class)
                .setParameter("clientId", clientId)
                .getResultStream()
                .findFirst();
        String expected = client.map(ApiClient::getSecretHash).orElse(NO_SUCH_CLIENT);
        boolean matches = Secrets.constantTimeEquals(expected, Secrets.sha256Hex(secret));
        Optional<AuthenticatedClient> authenticated = client.filter(c -> matches && c.isEnabled())
                .map(c -> new AuthenticatedClient(
                        c.getClientId(),
                        c.getRole(),
                        c.getRequestsPerMinute(),
                        c.getRequestBurst(),
                        c.getEnrolmentsPerHour()));
        authenticated.ifPresent(c -> known.proven(c.clientId(), expected, c));
        return authenticated;
    }
}
