package jp.member.staff.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import jp.member.security.Roles;

/**
 * A machine client of the points API (a store's terminals, the e-commerce site). It authenticates with its client
 * id and a 256-bit random secret; only the secret's SHA-256 is stored — a fast hash is right for a high-entropy
 * secret and keeps each API call cheap.
 */
@Entity
@Table(name = "api_client")
@EntityListeners(ApiClientChanges.class)
@NamedQuery(name = ApiClient.FIND_BY_CLIENT_ID, query = "SELECT c FROM ApiClient c WHERE c.clientId = :clientId")
@NamedQuery(name = ApiClient.FIND_ALL, query = "SELECT c FROM ApiClient c ORDER BY c.clientId")
public class ApiClient {

    public static final String FIND_BY_CLIENT_ID = "ApiClient.findByClientId";
    public static final String FIND_ALL = "ApiClient.findAll";
    /**
     * The longest client id; the records of what a client did name it by it, so it must fit the audit trail's actor
     * ({@code AuditEntry.ACTOR_MAX}).
     */
    public static final int CLIENT_ID_MAX = 64;

    /** The longest name of a client (who runs it, for the administrator). */
    public static final int NAME_MAX = 100;
    /** The highest request rate and burst an administrator may set (the limits are per server instance). */
    public static final int REQUESTS_PER_MINUTE_MAX = 600_000;

    public static final int BURST_MAX = 10_000;
    public static final int ENROLMENTS_PER_HOUR_MAX = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false, updatable = false, length = CLIENT_ID_MAX)
    private String clientId;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    @Column(nullable = false)
    private boolean enabled;

    /** POS or CHANNEL (see Roles): what the client may do. */
    @Column(name = "client_role", nullable = false, length = 16)
    private String role;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "requests_per_minute", nullable = false)
    private int requestsPerMinute = 600;

    @Column(name = "request_burst", nullable = false)
    private int requestBurst = 100;

    @Column(name = "enrolments_per_hour", nullable = false)
    private int enrolmentsPerHour = 60;

    /**
     * The personal fields (column names, see the members' PersonalField) this client may read in full; it gets the
     * others masked. Empty by default.
     */
    @ElementCollection
    @CollectionTable(name = "api_client_field", joinColumns = @JoinColumn(name = "client_id"))
    @Column(name = "field", length = 16)
    private Set<String> fieldScope = new TreeSet<>();

    @Version
    private long version;

    protected ApiClient() {}

    public ApiClient(String clientId, String name, String role, String secretHash, Instant createdAt) {
        if (!Roles.CLIENTS.contains(role)) {
            throw new IllegalArgumentException("not a client role: " + role);
        }
        this.clientId = clientId;
        this.role = role;
        this.name = name;
        this.secretHash = secretHash;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    /** New limits; each must be within its range (checked by the caller, which names the field). */
    public void limit(int perMinute, int burst, int enrolmentsAnHour) {
        if (perMinute < 1
                || perMinute > REQUESTS_PER_MINUTE_MAX
                || burst < 1
                || burst > BURST_MAX
                || enrolmentsAnHour < 0
                || enrolmentsAnHour > ENROLMENTS_PER_HOUR_MAX) {
            throw new IllegalArgumentException("limits out of range");
        }
        this.requestsPerMinute = perMinute;
        this.requestBurst = burst;
        this.enrolmentsPerHour = enrolmentsAnHour;
    }

    public void scope(Set<String> fields) {
        this.fieldScope.clear();
        this.fieldScope.addAll(fields);
    }

    public void replaceSecret(String newSecretHash) {
        this.secretHash = newSecretHash;
    }

    public Long getId() {
        return id;
    }

    public String getClientId() {
        return clientId;
    }

    public String getName() {
        return name;
    }

    public String getSecretHash() {
        return secretHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getRole() {
        return role;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getRequestsPerMinute() {
        return requestsPerMinute;
    }

    public int getRequestBurst() {
        return requestBurst;
    }

    public int getEnrolmentsPerHour() {
        return enrolmentsPerHour;
    }

    public Set<String> getFieldScope() {
        return Set.copyOf(fieldScope);
    }
}
