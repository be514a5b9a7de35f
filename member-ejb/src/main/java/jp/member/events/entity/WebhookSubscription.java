package jp.member.events.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
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

/**
 * A receiver of events: a name, the endpoint URL, the event types it wants (by wire name) and its signing secret,
 * sealed with the data keys. A disabled subscription gets no new deliveries and sends none of those waiting.
 */
@Entity
@Table(name = "webhook_subscription")
@NamedQuery(name = WebhookSubscription.FIND_ALL, query = "SELECT s FROM WebhookSubscription s ORDER BY s.name")
@NamedQuery(name = WebhookSubscription.FIND_BY_NAME, query = "SELECT s FROM WebhookSubscription s WHERE s.name = :name")
public class WebhookSubscription {

    public static final String FIND_ALL = "WebhookSubscription.findAll";
    public static final String FIND_BY_NAME = "WebhookSubscription.findByName";
    public static final int NAME_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "endpoint_url", nullable = false, length = 500)
    private String endpointUrl;

    @Column(name = "secret_sealed", nullable = false)
    private byte[] secretSealed;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_failure_status")
    private Integer lastFailureStatus;

    @Column(name = "last_failure_at")
    private Instant lastFailureAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "webhook_topic", joinColumns = @JoinColumn(name = "subscription_id"))
    @Column(name = "event_type", length = EventType.NAME_MAX)
    private Set<String> eventTypes = new TreeSet<>();

    @Version
    private long version;

    protected WebhookSubscription() {}

    public WebhookSubscription(String name, String endpointUrl, Set<String> eventTypes, Instant createdAt) {
        this.name = name;
        this.endpointUrl = endpointUrl;
        this.eventTypes = new TreeSet<>(eventTypes);
        this.active = true;
        this.createdAt = createdAt;
    }

    /** The secret sealed once the id (its associated data) is known. */
    public void seal(byte[] sealed) {
        this.secretSealed = sealed;
    }

    public void disable() {
        active = false;
    }

    public void enable() {
        active = true;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getEndpointUrl() {
        return endpointUrl;
    }

    public byte[] getSecretSealed() {
        return secretSealed;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Integer getLastFailureStatus() {
        return lastFailureStatus;
    }

    public Instant getLastFailureAt() {
        return lastFailureAt;
    }

    public Set<String> getEventTypes() {
        return Set.copyOf(eventTypes);
    }
}
