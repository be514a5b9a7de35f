package jp.member.shared;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Once per slot across the cluster. Every instance's timer fires for a scheduled job; the first instance to record
 * the job's current slot ({@code job_slot}) runs it and the others skip it, so a job runs once per slot whichever
 * instances are up, and the survivors carry on at the next slot when one dies (decision 0017). A slot is the
 * job's period on the clock, counted from the epoch: every instance's firing of one schedule falls into the same one.
 * The claim commits on its own before the job starts; a job interrupted by a crash runs again at its next slot, and
 * every job keeps its own database guards besides.
 */
@ApplicationScoped
public class JobSlots {

    /** How long claimed slots are kept, to see which instance ran what. */
    static final Duration KEPT = Duration.ofDays(2);

    private static final Logger LOG = Logger.getLogger(JobSlots.class.getName());
    private static final String INSTANCE =
            OneLine.fit(ManagementFactory.getRuntimeMXBean().getName(), 96);

    @Resource(lookup = "jdbc/member")
    DataSource dataSource;

    @Inject
    Clock clock;

    /**
     * Whether this instance runs the job now: true for the first claim of the slot of {@code period} the clock is in,
     * false for every other, and false when the database cannot be reached (the next slot tries again).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public boolean claim(String job, Duration period) {
        Instant now = clock.instant();
        Instant slot = slotOf(now, period);
        try (Connection c = dataSource.getConnection()) {
            boolean claimed;
            // IGNORE turns only the duplicate key into "not claimed": the values are ours and always fit
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT IGNORE INTO job_slot (job, slot_start," + " instance, claimed_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, job);
                insert.setTimestamp(2, Timestamp.from(slot));
                insert.setString(3, INSTANCE);
                insert.setTimestamp(4, Timestamp.from(now));
                claimed = insert.executeUpdate() == 1;
            }
            if (claimed) {
                try (PreparedStatement prune =
                        c.prepareStatement("DELETE FROM job_slot WHERE job = ? AND slot_start < ?")) {
                    prune.setString(1, job);
                    prune.setTimestamp(2, Timestamp.from(slot.minus(KEPT)));
                    prune.executeUpdate();
                }
            }
            return claimed;
        } catch (SQLException e) {
            LOG.log(Level.WARNING, () -> "Job " + job + " not started, its slot could not be claimed: " + Traces.of(e));
            return false;
        }
    }

    /** The start of the period the instant falls into, periods counted from the epoch. */
    static Instant slotOf(Instant instant, Duration period) {
        long millis = period.toMillis();
        if (millis <= 0) {
            throw new IllegalArgumentException("a job's period must be positive");
        }
        return Instant.ofEpochMilli(Math.floorDiv(instant.toEpochMilli(), millis) * millis);
    }
}
