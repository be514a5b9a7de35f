package jp.member.staff.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import jp.member.security.Roles;
import jp.member.staff.rules.Cidr;

/** One network (CIDR) from which staff of one role may sign in. */
@Entity
@Table(name = "allowed_network")
@NamedQuery(name = AllowedNetwork.FIND_ALL, query = "SELECT n FROM AllowedNetwork n ORDER BY n.role, n.cidr")
public class AllowedNetwork {

    public static final String FIND_ALL = "AllowedNetwork.findAll";
    /** The longest label of an allowed network or a registered device (what the administrator calls it). */
    public static final int LABEL_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 16)
    private String role;

    @Column(nullable = false, updatable = false, length = Cidr.TEXT_MAX)
    private String cidr;

    @Column(nullable = false, length = LABEL_MAX)
    private String label;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = StaffAccount.USERNAME_MAX)
    private String createdBy;

    protected AllowedNetwork() {}

    /** The network in its normal form; the role must be a staff role. */
    public AllowedNetwork(String role, Cidr network, String label, Instant createdAt, String createdBy) {
        if (!Roles.STAFF.contains(role)) {
            throw new IllegalArgumentException("not a staff role: " + role);
        }
        this.role = role;
        this.cidr = network.toString();
        this.label = label;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public String getRole() {
        return role;
    }

    public Cidr getNetwork() {
        return Cidr.parse(cidr).orElseThrow();
    }

    public String getLabel() {
        return label;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
