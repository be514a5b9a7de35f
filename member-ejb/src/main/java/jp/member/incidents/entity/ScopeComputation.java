package jp.member.incidents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jp.member.incidents.rules.ItemExposure;

/**
 * One computation of an incident's affected members from the audit trail: the scope as described, when and by whom,
 * how many members, how many had something exposed (in clear or masked), how many of those had a card with a usable
 * balance, and the counts per data item. The members themselves are rows of {@code incident_member}. Kept as it was
 * computed: a refined scope is a new computation.
 */
@Entity
@Table(name = "incident_scope")
public class ScopeComputation {

    public static final int SPEC_MAX = 2000;
    public static final int COUNTS_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "incident_id", nullable = false, updatable = false)
    private long incidentId;

    @Column(nullable = false, updatable = false, length = SPEC_MAX)
    private String spec;

    @Column(name = "computed_at", nullable = false, updatable = false)
    private Instant computedAt;

    @Column(name = "computed_by", nullable = false, updatable = false, length = 64)
    private String computedBy;

    @Column(nullable = false)
    private long members;

    @Column(name = "exposed_members", nullable = false)
    private long exposedMembers;

    @Column(name = "usable_balance", nullable = false)
    private long usableBalance;

    @Column(name = "item_counts", nullable = false, length = COUNTS_MAX)
    private String itemCounts;

    @Column(name = "entries_read", nullable = false)
    private long entriesRead;

    protected ScopeComputation() {}

    public ScopeComputation(long incidentId, String spec, Instant computedAt, String computedBy) {
        this.incidentId = incidentId;
        this.spec = spec;
        this.computedAt = computedAt;
        this.computedBy = computedBy;
        this.itemCounts = "";
    }

    /** The result, set once the members are written. */
    public void result(long members, long exposedMembers, long usableBalance, List<ItemExposure> items, long entries) {
        this.members = members;
        this.exposedMembers = exposedMembers;
        this.usableBalance = usableBalance;
        this.entriesRead = entries;
        StringBuilder counts = new StringBuilder();
        for (ItemExposure item : items) {
            counts.append(counts.length() == 0 ? "" : ";")
                    .append(item.item())
                    .append(':')
                    .append(item.clear())
                    .append(':')
                    .append(item.masked())
                    .append(':')
                    .append(item.encrypted());
        }
        this.itemCounts = counts.toString();
    }

    public List<ItemExposure> items() {
        List<ItemExposure> items = new ArrayList<>();
        if (itemCounts.isEmpty()) {
            return items;
        }
        for (String part : itemCounts.split(";")) {
            String[] p = part.split(":");
            items.add(new ItemExposure(p[0], Long.parseLong(p[1]), Long.parseLong(p[2]), Long.parseLong(p[3])));
        }
        return items;
    }

    public Long getId() {
        return id;
    }

    public long getIncidentId() {
        return incidentId;
    }

    public String getSpec() {
        return spec;
    }

    public Instant getComputedAt() {
        return computedAt;
    }

    public String getComputedBy() {
        return computedBy;
    }

    public long getMembers() {
        return members;
    }

    public long getExposedMembers() {
        return exposedMembers;
    }

    public long getUsableBalance() {
        return usableBalance;
    }

    public long getEntriesRead() {
        return entriesRead;
    }
}
