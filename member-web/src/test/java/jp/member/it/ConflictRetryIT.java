package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import jp.member.shared.Conflicts;
import jp.member.testsupport.TestDatabase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A real deadlock on the test database (MariaDB, Connector/J): the error the driver raises is what
 * {@link Conflicts} runs again, and the transaction that lost goes through at its second try.
 */
class ConflictRetryIT {

    @Test
    @DisplayName("a transaction that lost a deadlock is run again and commits")
    void deadlockLoserRunAgain() throws Exception {
        String a = "a-" + UUID.randomUUID();
        String b = "b-" + UUID.randomUUID();
        // a table of its own: this test may run before any application has created the schema
        TestDatabase.update("CREATE TABLE IF NOT EXISTS it_conflict (id VARCHAR(80) NOT NULL PRIMARY KEY,"
                + " holder VARCHAR(20) NOT NULL) ENGINE = InnoDB");
        for (String row : new String[] {a, b}) {
            TestDatabase.update("INSERT INTO it_conflict (id, holder) VALUES (?, 'nobody')", row);
        }
        CountDownLatch bothHoldOne = new CountDownLatch(2);
        AtomicInteger tries = new AtomicInteger();

        // two transactions take the rows in opposite orders: the database rolls one of them back (1213)
        ExecutorService two = Executors.newFixedThreadPool(2); // both at once, whatever the number of cores
        Future<String> first =
                two.submit(() -> Conflicts.retried(() -> transaction(a, b, bothHoldOne, tries, "first")));
        Future<String> second =
                two.submit(() -> Conflicts.retried(() -> transaction(b, a, bothHoldOne, tries, "second")));
        two.shutdown();

        assertThat(first.get(60, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(second.get(60, TimeUnit.SECONDS)).isEqualTo("second");
        assertThat(tries).as("two transactions, one of them run again").hasValue(3);
        assertThat(TestDatabase.scalar("SELECT COUNT(DISTINCT holder) FROM it_conflict WHERE id IN (?, ?)", a, b))
                .as("the one that committed last holds both rows")
                .isEqualTo(1L);
        TestDatabase.update("DELETE FROM it_conflict WHERE id IN (?, ?)", a, b);
    }

    private static String transaction(
            String one, String other, CountDownLatch bothHoldOne, AtomicInteger tries, String name) {
        tries.incrementAndGet();
        try (Connection c = TestDatabase.connect()) {
            c.setAutoCommit(false);
            try {
                update(c, one, name);
                bothHoldOne.countDown();
                if (!bothHoldOne.await(30, TimeUnit.SECONDS)) { // on the second try it is open already
                    throw new AssertionError("the other transaction never took its first row");
                }
                update(c, other, name);
                c.commit();
                return name;
            } catch (SQLException e) {
                c.rollback();
                throw new IllegalStateException("rolled back", e);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void update(Connection c, String id, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE it_conflict SET holder = ? WHERE id = ?")) {
            s.setString(1, name);
            s.setString(2, id);
            s.executeUpdate();
        }
    }
}
