package jp.member.staff.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import jp.member.shared.Secrets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class KnownClientsTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(42 * SECOND);
    private final KnownClients known = new KnownClients();

    @BeforeEach
    void clock() {
        known.clock = now::get;
        known.proven("till-1", Secrets.sha256Hex("right secret"), "the client");
    }

    @Test
    @DisplayName("a client proven with a secret is known by that secret, and only for a few seconds")
    void freshOnlyWithTheSameSecret() {
        assertThat(known.recent("till-1", "right secret", String.class)).contains("the client");
        assertThat(known.recent("till-1", "wrong secret", String.class)).isEmpty();
        assertThat(known.recent("till-2", "right secret", String.class)).isEmpty();
        assertThat(known.recent(null, "right secret", String.class)).isEmpty();
        assertThat(known.recent("till-1", null, String.class)).isEmpty();

        now.addAndGet(KnownClients.FRESH_SECONDS * SECOND - 1);
        assertThat(known.recent("till-1", "right secret", String.class)).isPresent();
        now.addAndGet(1);
        assertThat(known.recent("till-1", "right secret", String.class))
                .as("after %d seconds the database is asked again", KnownClients.FRESH_SECONDS)
                .isEmpty();
    }

    @Test
    @DisplayName("a change of the client forgets it at once")
    void changeForgets() {
        known.changed("till-1");

        assertThat(known.recent("till-1", "right secret", String.class)).isEmpty();
    }
}
