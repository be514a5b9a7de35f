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
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.member.staff.control.PasswordHash;

/**
 * (b) The agent lookup by phone through the application's service path, at 1 and 8 concurrent callers, against a
 * raw indexed lookup, both inside one Payara Micro on the same database (see {@link LookupBenchServlet}).
 */
final class LookupBenchmark implements AutoCloseable {

    record Result(int threads, String mode, int count, double perSecond, double p50, double p95, double p99) {}

    private static final String AGENT = "bench-agent";
    private static final String PASSWORD = "bench-agent-password-2026";

    private final Process micro;
    private final URI base;
    private final HttpClient http = HttpClient.newHttpClient();

    private LookupBenchmark(Process micro, URI base) {
        this.micro = micro;
        this.base = base;
    }

    /** Starts Payara Micro with the benchmark WAR against the benchmark database, and waits until it answers. */
    static LookupBenchmark start(MysqlDataSource db, Map<String, String> environment, Path dir)
            throws IOException, InterruptedException, SQLException {
        createAgent(db);
        int port = Integer.getInteger("bench.http.port", 8091);
        ProcessBuilder builder = new ProcessBuilder(
                        "java",
                        "-Xmx2g",
                        "-jar",
                        System.getProperty("bench.micro"),
                        "--nocluster",
                        "--port",
                        String.valueOf(port),
                        "--addLibs",
                        System.getProperty("bench.driver"),
                        "--postbootcommandfile",
                        System.getProperty("bench.postboot"),
                        "--deploy",
                        System.getProperty("bench.war"),
                        "--contextroot",
                        "/")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("payara-micro.log").toFile());
        builder.environment().putAll(environment);
        Process micro = builder.start();
        LookupBenchmark bench = new LookupBenchmark(micro, URI.create("http://127.0.0.1:" + port + "/"));
        bench.awaitReady();
        return bench;
    }

    Result run(int threads, int lookups, int members, long seed, String reference, boolean raw)
            throws IOException, InterruptedException {
        Map<String, String> form = Map.of(
                "username",
                AGENT,
                "password",
                PASSWORD,
                "threads",
                String.valueOf(threads),
                "lookups",
                String.valueOf(lookups),
                "members",
                String.valueOf(members),
                "seed",
                String.valueOf(seed),
                "reference",
                reference,
                "mode",
                raw ? "raw" : "service");
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(base.resolve("bench/lookup"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .timeout(Duration.ofMinutes(30))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "lookup benchmark answered " + response.statusCode() + " (see target/bench/payara-micro.log)");
        }
        String[] f = response.body().trim().split(" ");
        int count = Integer.parseInt(f[0]);
        double seconds = Long.parseLong(f[1]) / 1e9;
        return new Result(
                threads,
                raw ? "raw JDBC indexed SELECT" : "application service path",
                count,
                count / seconds,
                Double.parseDouble(f[2]),
                Double.parseDouble(f[3]),
                Double.parseDouble(f[4]));
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

    private static void createAgent(MysqlDataSource db) throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            s.execute("DELETE r FROM staff_role r JOIN staff_account a ON a.id = r.staff_id WHERE a.username = '"
                    + AGENT + "'");
            s.execute("DELETE FROM staff_account WHERE username = '" + AGENT + "'");
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO staff_account (username, display_name,"
                            + " password_hash, enabled, must_change_password, created_at) VALUES (?, 'Bench', ?, TRUE, FALSE, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, AGENT);
                ps.setString(2, new PasswordHash().hash(PASSWORD));
                ps.setTimestamp(3, Timestamp.from(Instant.now()));
                ps.executeUpdate();
                try (var keys = ps.getGeneratedKeys()) {
                    keys.next();
                    s.execute("INSERT INTO staff_role VALUES (" + keys.getLong(1) + ", 'AGENT')");
                }
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        micro.destroy();
        if (!micro.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            micro.destroyForcibly();
        }
    }

    static List<Result> all(LookupBenchmark bench, int members, long seed, String reference)
            throws IOException, InterruptedException {
        int lookups = Integer.getInteger("bench.lookups", 4000);
        bench.run(8, lookups, members, seed, reference, false); // warm-up: JIT, pools, caches
        bench.run(8, lookups, members, seed, reference, true);
        List<Result> results = new ArrayList<>();
        for (int threads : new int[] {1, 8}) {
            results.add(bench.run(threads, lookups, members, seed, reference, false));
            results.add(bench.run(threads, lookups, members, seed, reference, true));
        }
        return results;
    }
}
