package jp.member.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import jp.member.security.Roles;
import jp.member.testsupport.InBrowser;
import jp.member.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * The cluster as the README starts it ({@code config/cluster/run.sh}): two Payara Micro instances in one data grid
 * behind HAProxy, here in production mode on the test database. An agent works through HAProxy; the instance that
 * served them is killed ({@code kill -9}); the next ajax postback — on a view whose state was changed on the dead
 * instance — and the next page are served by the other instance to the same signed-in agent, without a second
 * sign-in; and the scheduled jobs go on there, once per slot.
 */
class ClusterFailoverIT extends InBrowser {

    private static final String PASSWORD = "futari-no-server-2026";
    private static final int PORT = 18080;
    private static Process cluster;
    private static Path output;
    private static URL base;

    @BeforeAll
    static void startCluster() throws Exception {
        Path logs = Path.of(System.getProperty("member.cluster.dir"));
        Files.createDirectories(logs);
        output = logs.resolve("run.out");
        ProcessBuilder run = new ProcessBuilder("bash", System.getProperty("member.cluster.script"));
        run.environment().put("MEMBER_JAVA", System.getProperty("member.cluster.java"));
        run.environment().put("MEMBER_MICRO_JAR", System.getProperty("payara.microJar"));
        run.environment().put("MEMBER_WAR", System.getProperty("member.war"));
        run.environment().put("MEMBER_JDBC_DRIVER", System.getProperty("member.cluster.driver"));
        run.environment().put("MEMBER_PREBOOT", System.getProperty("member.cluster.preboot"));
        run.environment().put("MEMBER_POSTBOOT", System.getProperty("member.cluster.postboot"));
        run.environment().put("MEMBER_DATA", logs.toString());
        run.environment().put("MEMBER_CLUSTER_PORT", String.valueOf(PORT));
        // the database, keys, mode and networks come from the environment the build gives the tests
        cluster = run.redirectErrorStream(true).redirectOutput(output.toFile()).start();
        long deadline = System.nanoTime() + Duration.ofMinutes(8).toNanos();
        while (!log().contains("Cluster ready")) {
            assertThat(cluster.isAlive())
                    .as("the cluster script is running: %s", log())
                    .isTrue();
            assertThat(System.nanoTime())
                    .as("the cluster came up within 8 minutes")
                    .isLessThan(deadline);
            Thread.sleep(1000);
        }
        base = new URL("http://127.0.0.1:" + PORT + "/");
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.destroy(); // TERM: the script stops HAProxy and both instances
            if (!cluster.waitFor(90, java.util.concurrent.TimeUnit.SECONDS)) {
                cluster.descendants().forEach(ProcessHandle::destroyForcibly);
                cluster.destroyForcibly();
            }
        }
    }

    @Test
    @DisplayName("kill -9 of the agent's instance: the same view and the same sign-in go on on the other one")
    void sessionAndViewFailOver() throws Exception {
        signIn(base, Roles.AGENT, "/agent/home.xhtml", PASSWORD);
        browser.open(base, "/members/search.xhtml");
        // a search on this instance: the view and its view-scoped bean now hold its term and (empty) result
        browser.type("search:term", "03-0000-0001");
        browser.click("search:submit");
        browser.waitForText(By.id("messages"), "該当する会員はいません");
        String first = node();

        long slotsBefore = linkedSlots();
        Object lastSlotBefore = TestDatabase.scalar("SELECT MAX(slot_start) FROM job_slot WHERE job = 'audit.link'");
        kill(first);

        // the same view posted back (ajax) to the other instance: restored from the data grid, not expired, and
        // answered there (a different message: the answer is new)
        browser.type("search:term", "03-0000-000X");
        browser.click("search:submit");
        browser.waitForText(By.id("messages"), "電話番号の形式が正しくありません");
        assertThat(node()).as("HAProxy moved the agent to the other instance").isNotEqualTo(first);

        browser.open(base, "/agent/home.xhtml");
        browser.waitForUrlEnding("/agent/home.xhtml"); // signed in still: no way back to the sign-in page

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (linkedSlots() < slotsBefore + 3 && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertThat(linkedSlots())
                .as("the survivor links the trail slot after slot")
                .isGreaterThanOrEqualTo(slotsBefore + 3);
        // from the last slot before the kill on, every gap is bounded: 5 s, or up to two slots missed when the
        // survivor's firing comes late on a loaded machine (the data grid drops the dead member meanwhile)
        List<Object[]> gaps = TestDatabase.rows(
                "SELECT TIMESTAMPDIFF(SECOND, s, next_s) FROM (SELECT slot_start AS s, LEAD(slot_start) OVER (ORDER BY"
                        + " slot_start) AS next_s FROM job_slot WHERE job = 'audit.link' AND slot_start >= ?) AS slots"
                        + " WHERE next_s IS NOT NULL",
                lastSlotBefore);
        assertThat(gaps).as("slots after the kill").hasSizeGreaterThanOrEqualTo(3);
        assertThat(gaps).allSatisfy(gap -> assertThat(((Number) gap[0]).longValue())
                .as("seconds between two linked slots")
                .isBetween(5L, 15L));
    }

    private static long linkedSlots() throws Exception {
        return ((Number) TestDatabase.scalar("SELECT COUNT(*) FROM job_slot WHERE job = 'audit.link'")).longValue();
    }

    /** The instance HAProxy's sticky cookie names. */
    private static String node() {
        Cookie cookie = browser.driver().manage().getCookieNamed("MEMBER_NODE");
        assertThat(cookie).as("HAProxy's sticky cookie").isNotNull();
        return cookie.getValue();
    }

    private static void kill(String node) {
        Optional<ProcessHandle> instance = cluster.descendants()
                .filter(p -> p.info()
                        .commandLine()
                        .filter(c -> c.contains("payara-micro") && c.contains("--name " + node + " "))
                        .isPresent())
                .findFirst();
        assertThat(instance).as("the process of instance %s", node).isPresent();
        instance.get().destroyForcibly(); // SIGKILL: no goodbye to the data grid
    }

    private static String log() throws IOException {
        return Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
    }
}
