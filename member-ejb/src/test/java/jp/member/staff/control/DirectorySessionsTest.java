package jp.member.staff.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.member.security.Roles;
import jp.member.staff.control.DirectoryAnswer.Kind;
import jp.member.staff.rules.DirectoryConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The session check's use of the directory: 5 s of reuse, 60 s of grace while it cannot be reached, then closed. */
class DirectorySessionsTest {

    private static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");
    private static final DirectoryAnswer ACTIVE = DirectoryAnswer.active("田中", Set.of(Roles.AGENT));
    private static final DirectoryAnswer DISABLED = DirectoryAnswer.refused(Kind.DISABLED);
    private static final DirectoryAnswer DOWN = DirectoryAnswer.refused(Kind.UNAVAILABLE);

    /** A directory that gives the queued answers, one per question, and counts the questions. */
    private static final class Scripted extends Directory {

        final Deque<DirectoryAnswer> answers = new ArrayDeque<>();
        int asked;
        final DirectoryConfiguration configuration = DirectoryConfiguration.from(
                        name -> Optional.ofNullable(Map.of(
                                        "member.directory.url", "ldaps://ldap.example.jp",
                                        "member.directory.bind.dn", "cn=app,dc=example,dc=jp",
                                        "member.directory.bind.password", "x",
                                        "member.directory.user.base", "dc=example,dc=jp",
                                        "member.directory.roles", "AGENT:cn=agents,dc=example,dc=jp")
                                .get(name)),
                        false)
                .orElseThrow();

        @Override
        public DirectoryAnswer lookUp(String username) {
            asked++;
            return answers.isEmpty() ? DOWN : answers.removeFirst();
        }

        @Override
        public DirectoryConfiguration configuration() {
            return configuration;
        }
    }

    private final Scripted directory = new Scripted();
    private final DirectorySessions sessions = new DirectorySessions();

    {
        sessions.directory = directory;
    }

    @Test
    @DisplayName("an answer is reused for 5 seconds, then the directory is asked again and its new answer counts")
    void reusesForFiveSeconds() {
        directory.answers.add(ACTIVE);
        directory.answers.add(DISABLED);

        assertThat(sessions.current("tanaka", T0)).isEqualTo(ACTIVE);
        assertThat(sessions.current("TANAKA", T0.plusMillis(4_999))).isEqualTo(ACTIVE);
        assertThat(directory.asked).isEqualTo(1);
        assertThat(sessions.current("tanaka", T0.plusSeconds(5)).kind()).isEqualTo(Kind.DISABLED);
        assertThat(directory.asked).isEqualTo(2);
    }

    @Test
    @DisplayName("a sign-in's answer starts the reuse: the first request after it does not ask again")
    void signInStartsTheCache() {
        sessions.signedIn("tanaka", ACTIVE, T0);

        assertThat(sessions.current("tanaka", T0.plusSeconds(1))).isEqualTo(ACTIVE);
        assertThat(directory.asked).isZero();
    }

    @Test
    @DisplayName("while the directory cannot be reached, a person active within 60 s stays in; after that, out")
    void graceThenClosed() {
        directory.answers.add(ACTIVE);
        assertThat(sessions.current("tanaka", T0)).isEqualTo(ACTIVE);

        assertThat(sessions.current("tanaka", T0.plusSeconds(30)))
                .as("down, within grace")
                .isEqualTo(ACTIVE);
        assertThat(sessions.current("tanaka", T0.plusSeconds(33)))
                .as("asked at most every 5 s")
                .isEqualTo(ACTIVE);
        assertThat(directory.asked).isEqualTo(2);
        assertThat(sessions.current("tanaka", T0.plusSeconds(60))).isEqualTo(ACTIVE);
        assertThat(sessions.current("tanaka", T0.plusSeconds(66)).kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(sessions.current("tanaka", T0.plusSeconds(67)).kind()).isEqualTo(Kind.UNAVAILABLE);
    }

    @Test
    @DisplayName("no grace for someone the directory never called active, or last called disabled")
    void noGraceWithoutAnActiveAnswer() {
        assertThat(sessions.current("unseen", T0).kind()).isEqualTo(Kind.UNAVAILABLE);

        directory.answers.add(DISABLED);
        assertThat(sessions.current("leaver", T0).kind()).isEqualTo(Kind.DISABLED);
        assertThat(sessions.current("leaver", T0.plusSeconds(6)).kind()).isEqualTo(Kind.UNAVAILABLE);
    }

    @Test
    @DisplayName("the directory answering again ends the grace: its answer counts at once")
    void recovery() {
        directory.answers.add(ACTIVE);
        sessions.current("tanaka", T0);
        directory.answers.add(DOWN);
        directory.answers.add(DISABLED);

        assertThat(sessions.current("tanaka", T0.plusSeconds(10))).isEqualTo(ACTIVE);
        assertThat(sessions.current("tanaka", T0.plusSeconds(16)).kind()).isEqualTo(Kind.DISABLED);
    }
}
