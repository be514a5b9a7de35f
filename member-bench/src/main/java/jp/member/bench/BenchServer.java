package jp.member.bench;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import jp.member.security.Roles;
import jp.member.staff.control.PasswordHash;

/**
 * One Payara Micro with the benchmark WAR against the benchmark database, started once for every in-server
 * measurement, and the staff accounts those measurements sign in with.
 */
final class BenchServer implements AutoCloseable {

    private final Process micro;
    private final URI base;
    private final Path log;
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private BenchServer(Process micro, URI base, Path log) {
        this.micro = micro;
        this.base = base;
        this.log = log;
    }

    /** Starts the server with the given environment (database, keys) and waits until it answers. */
    static BenchServer start(Map<String, String> environment, Path dir) throws IOException, InterruptedException {
        // Payara Micro 7 needs a JDK 21+: the one the build found (config/micro/micro-java.groovy)
        List<String> command = new ArrayList<>(List.of(System.getProperty("bench.micro.java", "java"), "-Xmx2g"));
        if (Boolean.getBoolean("bench.jfr")) {
            command.add("-XX:StartFlightRecording=settings=profile,filename="
                    + dir.resolve("server.jfr").toAbsolutePath());
        }
        command.addAll(List.of(
                "-jar",
                System.getProperty("bench.micro"),
                "--nohazelcast",
                "--prebootcommandfile",
                System.getProperty("bench.preboot"),
                "--port",
                String.valueOf(port()),
                "--addLibs",
                System.getProperty("bench.driver"),
                "--postbootcommandfile",
                System.getProperty("bench.postboot"),
                "--deploy",
                System.getProperty("bench.war"),
                "--contextroot",
                "/"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("payara-micro.log").toFile());
        Path log = dir.resolve("payara-micro.log");
        builder.environment().putAll(environment);
        BenchServer server = new BenchServer(builder.start(), base(), log);
        server.awaitReady();
        return server;
    }

    /** The server's process, for its CPU time. */
    ProcessHandle process() {
        return micro.toHandle();
    }

    static int port() {
        return Integer.getInteger("bench.http.port", 8091);
    }

    static URI base() {
        return URI.create("http://127.0.0.1:" + port() + "/");
    }

    /** Posts a form to a benchmark servlet and returns its one-line answer. */
    String post(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .timeout(Duration.ofMinutes(60))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    path + " answered " + response.statusCode() + " (see target/bench/payara-micro.log)");
        }
        return response.body().trim();
    }

    /** Waits until the server log gains a line containing {@code text} that was not there when the wait began. */
    void awaitLog(String text, Duration atMost) throws IOException, InterruptedException {
        long seen = occurrences(text);
        Instant deadline = Instant.now().plus(atMost);
        while (occurrences(text) == seen) {
            if (Instant.now().isAfter(deadline) || !micro.isAlive()) {
                throw new IllegalStateException("no '" + text + "' in target/bench/payara-micro.log");
            }
            Thread.sleep(250);
        }
    }

    /** The lines of the server log containing {@code text}, oldest first. */
    List<String> logLines(String text) throws IOException {
        try (var lines = java.nio.file.Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.contains(text)).toList();
        }
    }

    private long occurrences(String text) throws IOException {
        try (var lines = java.nio.file.Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.contains(text)).count();
        }
    }

    /**
     * Every staff role may sign in from this machine, where the benchmarks' browser and clients run: a role without
     * an approved network lets nobody in (issue 11). Before the server starts, which keeps what it read for a while.
     */
    static void allowLoopback(MysqlDataSource db) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("INSERT INTO allowed_network (role, cidr, label, created_at, created_by)"
                                + " VALUES (?, '127.0.0.1/32', 'benchmark: this machine', ?, 'bench')")) {
            for (String role : Roles.STAFF) {
                ps.setString(1, role);
                ps.setTimestamp(2, Timestamp.from(Instant.now()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** A staff account with one role, for the benchmark only (replaced if it exists); returns its id. */
    static long createStaff(MysqlDataSource db, String username, String password, String role) throws SQLException {
        try (Connection c = db.getConnection()) {
            try (PreparedStatement roles = c.prepareStatement(
                            "DELETE r FROM staff_role r JOIN staff_account a ON a.id = r.staff_id WHERE a.username = ?");
                    PreparedStatement account = c.prepareStatement("DELETE FROM staff_account WHERE username = ?")) {
                roles.setString(1, username);
                roles.executeUpdate();
                account.setString(1, username);
                account.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO staff_account (username, display_name, password_hash, enabled, must_change_password,"
                            + " created_at, agreement_signed_on, trained_on, policy_version)"
                            + " VALUES (?, 'Bench', ?, TRUE, FALSE, ?, CURRENT_DATE, CURRENT_DATE, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, username);
                ps.setString(2, new PasswordHash().hash(password));
                ps.setTimestamp(3, Timestamp.from(Instant.now()));
                // attested, as every person who reads personal data must be
                ps.setString(4, jp.member.staff.control.Attestations.DEFAULT_POLICY_VERSION);
                ps.executeUpdate();
                try (var keys = ps.getGeneratedKeys();
                        PreparedStatement grant = c.prepareStatement("INSERT INTO staff_role VALUES (?, ?)")) {
                    keys.next();
                    long id = keys.getLong(1);
                    grant.setLong(1, id);
                    grant.setString(2, role);
                    grant.executeUpdate();
                    return id;
                }
            }
        }
    }

    private void awaitReady() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            if (!micro.isAlive()) {
                throw new IllegalStateException("Payara Micro stopped; see target/bench/payara-micro.log");
            }
            try {
                HttpResponse<Void> r = http.send(
                        HttpRequest.newBuilder(base.resolve("login.xhtml")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("Payara Micro did not start in time");
    }

    @Override
    public void close() {
        micro.destroy();
        try {
            if (!micro.waitFor(60, TimeUnit.SECONDS)) {
                micro.destroyForcibly();
            }
        } catch (InterruptedException e) {
            micro.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits until the trail's chaining queue is empty (the server links it every 5 s): a measured phase then carries
     * the background linking of its own entries only, never the backlog of the phase before — without this, the
     * lookup's service path paid for the 16,000 entries the raw baseline had just queued.
     */
    static void drainChainingQueue(MysqlDataSource db) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        try (Connection c = db.getConnection();
                PreparedStatement waiting = c.prepareStatement("SELECT COUNT(*) FROM audit_pending")) {
            while (true) {
                try (ResultSet rs = waiting.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the audit chaining queue did not drain in 5 minutes");
                }
                Thread.sleep(200);
            }
        }
    }
}
