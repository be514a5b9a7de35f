package jp.member.bench;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import jp.member.demo.SyntheticMembers;
import jp.member.security.crypto.FieldCipher;
import jp.member.security.crypto.KeyRing;
import jp.member.staff.rules.Totp;
import org.openqa.selenium.By;

/**
 * (f) Speed for people (issue 13): an agent's call replayed in headless Chromium through the real pages, on members
 * of the seed picked at random — start an inquiry on the search page, search by the caller's phone, open the member,
 * the identity check (one reveal of the identifying fields), the points tab, close the inquiry with its outcome — by
 * one agent signed in with password and one-time code. Each step's server time is read from the browser's Resource
 * Timing (the step's Ajax request) or Navigation Timing (the member page): request sent → first byte of the answer,
 * without network or drawing. Beside it, what the agent waits: click → result shown. A warm-up is not counted.
 */
final class WorkspaceBenchmark {

    /** The steps of a call, in the order the agent takes them. */
    enum Step {
        START_INQUIRY("start inquiry"),
        SEARCH("search by phone"),
        OPEN_MEMBER("open member (page)"),
        IDENTITY_CHECK("identity check (reveal)"),
        POINTS_TAB("points tab (first open)"),
        CLOSE_INQUIRY("close inquiry");

        final String label;

        Step(String label) {
            this.label = label;
        }
    }

    /** One step over the measured calls, and the most requests it made in one call. */
    record StepFigures(Step step, Latencies server, Latencies lastByte, Latencies endToEnd, int requests) {}

    /** The figures, and the machine's load average (1 minute) before and after the calls, and its cores. */
    record Result(
            int calls,
            List<StepFigures> steps,
            Latencies wholeCallServer,
            Latencies wholeCallEndToEnd,
            double loadBefore,
            double loadAfter,
            int cores) {}

    static final double TARGET_P95_MILLIS = 300;
    /** Calls before the measured ones (JIT, pools, caches, the browser's cache), not counted. */
    static final int WARM_UP = 20;

    private static final String AGENT = "bench-desk-agent";
    private static final String PASSWORD = "bench-desk-password-2026";
    private static final String REVEALED_CELLS = "[id='detail:tabs:fields'] .revealed";

    private WorkspaceBenchmark() {}

    /** One step's samples over the measured calls, in nanoseconds. */
    private static final class Samples {
        final long[] server;
        final long[] lastByte;
        final long[] endToEnd;
        int requests;

        Samples(int calls) {
            server = new long[calls];
            lastByte = new long[calls];
            endToEnd = new long[calls];
        }

        void put(int call, AgentBrowser.Timing timing) {
            server[call] = nanos(timing.serverMillis());
            lastByte[call] = nanos(timing.lastByteMillis());
            endToEnd[call] = nanos(timing.endToEndMillis());
            requests = Math.max(requests, timing.requests());
        }
    }

    static Result run(MysqlDataSource db, Path dir, int members, long seed, LocalDate reference) throws SQLException {
        long agent = BenchServer.createStaff(db, AGENT, PASSWORD, "AGENT");
        byte[] secret = enrolSecondFactor(db, agent);
        int calls = Integer.getInteger("bench.calls", 200);
        SyntheticMembers generator = new SyntheticMembers(seed, reference);
        Random random = new Random(seed);
        Map<Step, Samples> samples = new EnumMap<>(Step.class);
        for (Step step : Step.values()) {
            samples.put(step, new Samples(calls));
        }
        long[] wholeServer = new long[calls];
        long[] wholeEndToEnd = new long[calls];
        OperatingSystemMXBean system = ManagementFactory.getOperatingSystemMXBean();
        double loadBefore = system.getSystemLoadAverage();
        try (AgentBrowser browser = new AgentBrowser(dir, BenchServer.base())) {
            // each 30-second code is accepted once: one sign-in for the whole run
            String landed = browser.signIn(AGENT, PASSWORD, Totp.code(secret, Totp.step(Instant.now())));
            if (!landed.endsWith("/agent/home.xhtml")) {
                throw new IllegalStateException("the agent's sign-in ended on " + landed);
            }
            for (int i = 0; i < WARM_UP + calls; i++) {
                String phone = generator.member(random.nextInt(members)).phone();
                Map<Step, AgentBrowser.Timing> call = call(browser, phone);
                int n = i - WARM_UP;
                if (n >= 0) {
                    for (Map.Entry<Step, AgentBrowser.Timing> t : call.entrySet()) {
                        samples.get(t.getKey()).put(n, t.getValue());
                        wholeServer[n] += nanos(t.getValue().serverMillis());
                        wholeEndToEnd[n] += nanos(t.getValue().endToEndMillis());
                    }
                }
                if ((i + 1) % 50 == 0) {
                    System.out.printf("Workspace: %d of %d calls%n", i + 1, WARM_UP + calls);
                }
            }
        }
        double loadAfter = system.getSystemLoadAverage();
        requireRecorded(db, WARM_UP + calls);
        List<StepFigures> steps = new ArrayList<>();
        for (Step step : Step.values()) {
            Samples s = samples.get(step);
            steps.add(new StepFigures(
                    step, new Latencies(s.server), new Latencies(s.lastByte), new Latencies(s.endToEnd), s.requests));
        }
        return new Result(
                calls,
                steps,
                new Latencies(wholeServer),
                new Latencies(wholeEndToEnd),
                loadBefore,
                loadAfter,
                system.getAvailableProcessors());
    }

    /**
     * What was timed is what an agent's call does: every call left its inquiry closed with the member identified,
     * and the identity check's reveals were recorded under an inquiry number.
     */
    private static void requireRecorded(MysqlDataSource db, int calls) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement inquiries = c.prepareStatement("SELECT COUNT(*) FROM inquiry WHERE staff = ?"
                        + " AND ended_at IS NOT NULL AND outcome IS NOT NULL AND member_id IS NOT NULL");
                PreparedStatement reveals = c.prepareStatement("SELECT COUNT(DISTINCT inquiry_number) FROM audit_entry"
                        + " WHERE actor = ? AND purpose = 'REVEAL' AND inquiry_number IS NOT NULL")) {
            inquiries.setString(1, AGENT);
            reveals.setString(1, AGENT);
            long closed = count(inquiries);
            long revealed = count(reveals);
            if (closed != calls || revealed != calls) {
                throw new IllegalStateException(String.format(
                        Locale.ROOT,
                        "%d calls, but %d inquiries closed with their member and %d with reveals recorded",
                        calls,
                        closed,
                        revealed));
            }
        }
    }

    private static long count(PreparedStatement query) throws SQLException {
        try (ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** One call, as the agent makes it; the page a call starts on is opened before the clock runs. */
    private static Map<Step, AgentBrowser.Timing> call(AgentBrowser browser, String phone) {
        Map<Step, AgentBrowser.Timing> timings = new EnumMap<>(Step.class);
        browser.open("members/search.xhtml", By.id("search:term"));

        browser.showDialog("inquiry:open-start", "inquiry:start-dialog");
        browser.choose("inquiry:category", 1);
        timings.put(Step.START_INQUIRY, browser.ajax(By.id("inquiry:start"), ".inquiry-bar .inquiry-number"));

        browser.type("search:term", phone);
        timings.put(Step.SEARCH, browser.ajax(By.id("search:submit"), "[id='search:results:0:open']"));

        timings.put(
                Step.OPEN_MEMBER,
                browser.navigate(By.id("search:results:0:open"), "[id='detail:tabs:identity-check']"));

        browser.showDialog("detail:tabs:identity-check", "identity-form:identity-dialog");
        timings.put(Step.IDENTITY_CHECK, browser.ajax(By.id("identity-form:confirm-identity"), REVEALED_CELLS));

        timings.put(
                Step.POINTS_TAB,
                browser.ajax(By.xpath("(//*[@id='detail:tabs']//*[@role='tab'])[2]"), "[id='detail:tabs:lots']"));

        browser.showDialog("inquiry:open-close", "inquiry:close-dialog");
        browser.choose("inquiry:outcome", 1);
        timings.put(Step.CLOSE_INQUIRY, browser.ajax(By.id("inquiry:close"), ".inquiry-bar .inquiry-none"));
        return timings;
    }

    /**
     * A second factor as a person would have set it up: a secret sealed as the application seals it, with the
     * bench's key ring.
     */
    private static byte[] enrolSecondFactor(MysqlDataSource db, long staffId) throws SQLException {
        byte[] secret = new byte[Totp.SECRET_BYTES];
        new SecureRandom().nextBytes(secret);
        byte[] sealed = new FieldCipher(KeyRing.parse(Benchmarks.DATA_KEYS, Benchmarks.INDEX_KEY))
                .seal(Totp.base32(secret), "staff_account.totp:" + staffId);
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("UPDATE staff_account SET totp_secret = ? WHERE id = ?")) {
            ps.setBytes(1, sealed);
            ps.setLong(2, staffId);
            ps.executeUpdate();
        }
        return secret;
    }

    private static long nanos(double millis) {
        return Math.round(millis * 1_000_000);
    }

    static String report(Result result, int members) {
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT,
                "%n## Workspace: an agent's call in the browser%n%n%,d calls after %d not counted, one agent, headless"
                        + " Chromium 1366×768 in Japanese, members picked at random from %,d. Server time: request"
                        + " sent → first byte of the answer (last byte: → end of the answer), from the browser's"
                        + " Resource/Navigation Timing. Load average (1 min) %.1f before, %.1f after, %d cores.%n%n",
                result.calls(),
                WARM_UP,
                members,
                result.loadBefore(),
                result.loadAfter(),
                result.cores()));
        out.append("| (f) step, server time | p50 ms | p95 ms | p99 ms | p95 to last byte | target | met? |\n");
        out.append("| --- | --- | --- | --- | --- | --- | --- |\n");
        List<String> missed = new ArrayList<>();
        for (StepFigures s : result.steps()) {
            boolean met = s.server().percentileMillis(95) <= TARGET_P95_MILLIS;
            if (!met) {
                missed.add(s.step().label);
            }
            out.append(row(s.step().label, s.server()))
                    .append(String.format(
                            Locale.ROOT,
                            " %.1f | p95 ≤ %.0f ms | %s |%n",
                            s.lastByte().percentileMillis(95),
                            TARGET_P95_MILLIS,
                            met ? "yes" : "**no**"));
        }
        out.append(row("whole call (sum of the six)", result.wholeCallServer())).append(" | | |\n");
        out.append("\n| (f) step, end to end (click → result shown) | p50 ms | p95 ms | p99 ms |\n");
        out.append("| --- | --- | --- | --- |\n");
        for (StepFigures s : result.steps()) {
            out.append(row(s.step().label, s.endToEnd())).append('\n');
        }
        out.append(row("whole call (sum of the six)", result.wholeCallEndToEnd()))
                .append("\n\n");
        String extraRequests = result.steps().stream()
                .filter(s -> s.requests() != 1)
                .map(s -> s.step().label + ": " + s.requests())
                .collect(Collectors.joining(", "));
        if (!extraRequests.isEmpty()) {
            out.append("Steps with more than one request (most in one call): ")
                    .append(extraRequests)
                    .append("\n\n");
        }
        out.append(
                missed.isEmpty()
                        ? "Every step's p95 is within the target.\n"
                        : "**Target not met** for: " + String.join(", ", missed) + ".\n");
        return out.toString();
    }

    private static String row(String label, Latencies latencies) {
        return String.format(
                Locale.ROOT,
                "| %s | %.1f | %.1f | %.1f |",
                label,
                latencies.percentileMillis(50),
                latencies.percentileMillis(95),
                latencies.percentileMillis(99));
    }
}
