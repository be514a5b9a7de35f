package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import javax.naming.InitialContext;
import jp.member.shared.JobSlots;
import jp.member.testsupport.Deployments;
import jp.member.testsupport.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scheduled jobs run once per slot across the instances (decision 0017): of several claims of one job's slot — from
 * timers of several instances firing together — exactly one wins, on the real database; and the server's own timers
 * claim their slots.
 */
@ExtendWith(ArquillianExtension.class)
class JobSlotsIT {

    /** Long enough that two claims a moment apart never straddle two slots. */
    private static final Duration LONG_PERIOD = Duration.ofDays(3650);

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Inject
    JobSlots slots;

    @Test
    @DisplayName("the first claim of a slot wins, a second one does not; another job's slot is its own")
    void firstClaimWins() throws Exception {
        String job = job();
        assertThat(slots.claim(job, LONG_PERIOD)).isTrue();
        assertThat(slots.claim(job, LONG_PERIOD)).isFalse();
        assertThat(slots.claim(job + ".other", LONG_PERIOD)).isTrue();
        assertThat(((Number) TestDatabase.scalar("SELECT COUNT(*) FROM job_slot WHERE job = ?", job)).longValue())
                .isEqualTo(1L);
        assertThat((String) TestDatabase.scalar("SELECT instance FROM job_slot WHERE job = ?", job))
                .as("the record says which instance runs it")
                .isNotBlank();
    }

    @Test
    @DisplayName("eight claims of one slot at the same moment: exactly one runs the job")
    void concurrentClaimsOneWinner() throws Exception {
        String job = job();
        ExecutorService pool = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> claims = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Callable<Boolean> claim = () -> {
                start.await();
                return slots.claim(job, LONG_PERIOD);
            };
            claims.add(pool.submit(claim));
        }
        start.countDown();
        int won = 0;
        for (Future<Boolean> claim : claims) {
            won += claim.get() ? 1 : 0;
        }
        assertThat(won).isEqualTo(1);
    }

    @Test
    @DisplayName("a won claim clears the job's slots older than two days; newer ones and other jobs' stay")
    void oldSlotsCleared() throws Exception {
        String job = job();
        Instant now = Instant.now();
        insertSlot(job, now.minus(Duration.ofDays(3)));
        insertSlot(job, now.minus(Duration.ofHours(1)));
        insertSlot(job + ".other", now.minus(Duration.ofDays(3)));
        assertThat(slots.claim(job, Duration.ofMinutes(1))).isTrue();
        assertThat(((Number) TestDatabase.scalar("SELECT COUNT(*) FROM job_slot WHERE job = ?", job)).longValue())
                .as("the new slot and the hour-old one")
                .isEqualTo(2L);
        assertThat(((Number) TestDatabase.scalar("SELECT COUNT(*) FROM job_slot WHERE job = ?", job + ".other"))
                        .longValue())
                .isEqualTo(1L);
    }

    @Test
    @DisplayName("the server's own timers claim their slots: the trail is linked once in each 5-second slot")
    void timersClaimTheirSlots() throws Exception {
        long before = count("SELECT COUNT(*) FROM job_slot WHERE job = 'audit.link'");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (count("SELECT COUNT(*) FROM job_slot WHERE job = 'audit.link'") < before + 2
                && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertThat(count("SELECT COUNT(*) FROM job_slot WHERE job = 'audit.link'"))
                .as("audit.link slots claimed while the test waited")
                .isGreaterThanOrEqualTo(before + 2);
        long apart = count("SELECT TIMESTAMPDIFF(MICROSECOND, MIN(s), MAX(s)) FROM (SELECT slot_start AS s FROM"
                + " job_slot WHERE job = 'audit.link' ORDER BY slot_start DESC LIMIT 2) AS last_two");
        assertThat(apart % 5_000_000).as("slots lie on the 5-second grid").isZero();
        assertThat(apart).isPositive();
    }

    private static long count(String sql) throws Exception {
        return ((Number) TestDatabase.scalar(sql)).longValue();
    }

    private static String job() {
        return "it." + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void insertSlot(String job, Instant slot) throws Exception {
        TestDatabase.update(
                "INSERT INTO job_slot (job, slot_start, instance, claimed_at) VALUES (?, ?, 'it', ?)",
                job,
                Timestamp.from(slot),
                Timestamp.from(slot));
    }
}
