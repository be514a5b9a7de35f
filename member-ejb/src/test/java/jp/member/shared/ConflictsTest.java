package jp.member.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConflictsTest {

    @Test
    @DisplayName("a deadlock deep in the container's wrapping is run again, and the second try's result returned")
    void deadlockRunAgain() {
        AtomicInteger tries = new AtomicInteger();

        String result = Conflicts.retried(() -> {
            if (tries.incrementAndGet() == 1) {
                throw wrapped(new SQLTransactionRollbackException("Deadlock found", "40001", 1213));
            }
            return "receipt";
        });

        assertThat(result).isEqualTo("receipt");
        assertThat(tries).hasValue(2);
    }

    @Test
    @DisplayName("three conflicts in a row: the third failure goes to the caller")
    void givesUp() {
        AtomicInteger tries = new AtomicInteger();
        RuntimeException conflict = wrapped(new SQLException("Deadlock found", "40001", 1213));

        assertThatThrownBy(() -> Conflicts.retried(() -> {
                    tries.incrementAndGet();
                    throw conflict;
                }))
                .isSameAs(conflict);
        assertThat(tries).hasValue(Conflicts.ATTEMPTS);
    }

    @Test
    @DisplayName("refusals, lock wait timeouts and broken connections are not run again")
    void othersPassThrough() {
        for (RuntimeException failure : new RuntimeException[] {
            new BusinessException("points.insufficient"),
            wrapped(new SQLException("Lock wait timeout exceeded", "HY000", 1205)),
            wrapped(new SQLException("Communications link failure", "08S01", 0)),
            new IllegalStateException("no cause")
        }) {
            AtomicInteger tries = new AtomicInteger();

            assertThatThrownBy(() -> Conflicts.retried(() -> {
                        tries.incrementAndGet();
                        throw failure;
                    }))
                    .isSameAs(failure);
            assertThat(tries).as(failure.toString()).hasValue(1);
        }
    }

    @Test
    @DisplayName("a conflict is found in a chained SQL exception and past a cause cycle ends the search")
    void chainedAndCircular() {
        SQLException batch = new SQLException("batch failed", "HY000", 0);
        batch.setNextException(new SQLException("Deadlock found", "40001", 1213));
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);

        assertThat(Conflicts.isConflict(wrapped(batch))).isTrue();
        assertThat(Conflicts.isConflict(a)).isFalse();
    }

    private static RuntimeException wrapped(SQLException cause) {
        return new EJBTransactionRolledbackException("rolled back", new PersistenceException(cause));
    }
}
