package jp.member.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The cluster as the README starts it ({@code config/cluster/run.sh}): two Payara Micro instances, m1 and m2, in one
 * data grid behind HAProxy — here in production mode on the test database. Started once for all the cluster tests
 * (a test class asks for it as a parameter of its {@code @BeforeAll}) and stopped after the last one. Tests kill an
 * instance, stop it cleanly, or start it again; {@link #bothServing()} brings back what a test left dead.
 */
public final class LocalCluster implements AutoCloseable {

    /** HAProxy's port; the instances listen on the next two. */
    static final int PORT = 18080;

    private static final Duration START = Duration.ofMinutes(8);

    /**
     * The database as the instances see it: ids step by 2, as on a Galera cluster that spreads them over its nodes
     * ({@code wsrep_auto_increment_control}), so that code assuming successive ids fails here.
     */
    private static final Map<String, String> DATABASE = Map.of(
            "MEMBER_DB_URL",
            System.getenv("MEMBER_DB_URL") + (System.getenv("MEMBER_DB_URL").contains("?") ? "&" : "?")
                    + "sessionVariables=auto_increment_increment=2");

    private static final String COOKIE = "MEMBER_NODE=";

    private final Process script;
    private final Path logs;
    private final Path output;
    /** Instances started again by a test, by name: not the script's children, so stopped here. */
    private final Map<String, Process> restarted = new ConcurrentHashMap<>();
    /** The command line of each instance as the script started it, to start it again the same way. */
    private final Map<String, List<String>> commands = new ConcurrentHashMap<>();

    private final HttpClient probe = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private LocalCluster(Process script, Path logs, Path output) {
        this.script = script;
        this.logs = logs;
        this.output = output;
    }

    /** Lets a test class receive the one cluster: {@code @BeforeAll static void cluster(LocalCluster c)}. */
    public static final class Extension implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == LocalCluster.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot()
                    .getStore(ExtensionContext.Namespace.create(LocalCluster.class))
                    .getOrComputeIfAbsent("cluster", key -> start(), LocalCluster.class);
        }
    }

    static LocalCluster start() {
        try {
            Path logs = Path.of(System.getProperty("member.cluster.dir"));
            Files.createDirectories(logs);
            Path output = logs.resolve("run.out");
            ProcessBuilder run = new ProcessBuilder("bash", System.getProperty("member.cluster.script"));
            run.environment().put("MEMBER_JAVA", System.getProperty("member.cluster.java"));
            run.environment().put("MEMBER_MICRO_JAR", System.getProperty("payara.microJar"));
            run.environment().put("MEMBER_WAR", System.getProperty("member.war"));
            run.environment().put("MEMBER_JDBC_DRIVER", System.getProperty("member.cluster.driver"));
            run.environment().put("MEMBER_PREBOOT", System.getProperty("member.cluster.preboot"));
            run.environment().put("MEMBER_POSTBOOT", System.getProperty("member.cluster.postboot"));
            run.environment().put("MEMBER_DATA", logs.toString());
            run.environment().put("MEMBER_CLUSTER_PORT", String.valueOf(PORT));
            run.environment().putAll(DATABASE);
            // the database, keys, mode and networks come from the environment the build gives the tests
            LocalCluster cluster = new LocalCluster(
                    run.redirectErrorStream(true)
                            .redirectOutput(output.toFile())
                            .start(),
                    logs,
                    output);
            cluster.awaitReady();
            return cluster;
        } catch (IOException e) {
            throw new IllegalStateException("the cluster script could not be started", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitReady() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START.toNanos();
        while (!log().contains("Cluster ready")) {
            assertThat(script.isAlive())
                    .as("the cluster script is running: %s", log())
                    .isTrue();
            assertThat(System.nanoTime())
                    .as("the cluster came up within %s", START)
                    .isLessThan(deadline);
            Thread.sleep(1000);
        }
        // started at the same moment, they must still have found each other: one data grid, not two
        for (String node : List.of("m1", "m2")) {
            Path log = logs.resolve("cluster").resolve(node + ".out");
            while (!(Files.exists(log)
                    && Files.readString(log, StandardCharsets.UTF_8).contains("DG Size: 2"))) {
                assertThat(System.nanoTime())
                        .as("instance %s saw a data grid of two members (%s)", node, log)
                        .isLessThan(deadline);
                Thread.sleep(1000);
            }
        }
        for (String node : List.of("m1", "m2")) {
            System.out.printf("instance %s: %s; resident memory %s%n", node, readyLine(node), resident(node));
        }
        // an instance that hung at start was started again by the script (as a start-up probe would): say so
        log().lines()
                .filter(line -> line.contains("started again after hanging"))
                .forEach(System.out::println);
        for (String node : List.of("m1", "m2")) {
            ProcessHandle.Info started = scriptInstance(node).orElseThrow().info();
            List<String> command = new ArrayList<>();
            command.add(started.command().orElseThrow());
            command.addAll(List.of(started.arguments().orElseThrow()));
            commands.put(node, List.copyOf(command));
        }
    }

    /** Payara's own line saying how long the instance took to start (for the README's figures). */
    private String readyLine(String node) throws IOException {
        return Files.readAllLines(logs.resolve("cluster").resolve(node + ".out"), StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains("ready in"))
                .map(line -> line.substring(line.indexOf("Payara Micro") < 0 ? 0 : line.indexOf("Payara Micro")))
                .reduce((first, last) -> last)
                .orElse("no ready line");
    }

    /** The instance's resident memory, as the kernel counts it. */
    private String resident(String node) throws IOException {
        Path status = Path.of("/proc", String.valueOf(instance(node).pid()), "status");
        return Files.readAllLines(status).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .map(line -> line.substring("VmRSS:".length()).trim())
                .findFirst()
                .orElse("unknown");
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + PORT + "/");
    }

    /** Ends the instance with {@code kill -9}: no goodbye to the data grid, requests in flight cut. */
    public void kill(String node) {
        ProcessHandle instance = instance(node);
        instance.destroyForcibly();
        instance.onExit().join();
    }

    /** Stops the instance as an operator would (TERM: Payara shuts down and leaves the data grid) and waits. */
    public void stop(String node) {
        ProcessHandle instance = instance(node);
        instance.destroy();
        assertThat(instance.onExit()
                        .completeOnTimeout(null, 90, TimeUnit.SECONDS)
                        .join())
                .as("instance %s stopped within 90 s of TERM", node)
                .isNotNull();
    }

    /**
     * Starts the instance again with the command line the script gave it, and waits until HAProxy sends requests to
     * it (it joins the data grid while it starts).
     */
    public void startAgain(String node) throws IOException, InterruptedException {
        assertThat(running(node)).as("instance %s is not running", node).isFalse();
        Path out = logs.resolve("cluster").resolve(node + "-again-" + System.currentTimeMillis() + ".out");
        ProcessBuilder again = new ProcessBuilder(commands.get(node));
        again.environment().putAll(DATABASE);
        Process process =
                again.redirectErrorStream(true).redirectOutput(out.toFile()).start();
        restarted.put(node, process);
        long deadline = System.nanoTime() + START.toNanos();
        while (!serving(node)) {
            assertThat(process.isAlive())
                    .as("instance %s, started again (%s)", node, out)
                    .isTrue();
            assertThat(System.nanoTime())
                    .as("instance %s served through HAProxy within %s of starting again", node, START)
                    .isLessThan(deadline);
            Thread.sleep(1000);
        }
    }

    /** Starts again whichever instance a test left dead, so that the next test finds both serving. */
    public void bothServing() throws IOException, InterruptedException {
        for (String node : List.of("m1", "m2")) {
            if (!running(node)) {
                startAgain(node);
            }
        }
    }

    /** Whether HAProxy sends requests to the instance: some of ten cookieless requests come back with its cookie. */
    private boolean serving(String node) throws InterruptedException {
        for (int i = 0; i < 10; i++) {
            try {
                HttpResponse<Void> response = probe.send(
                        HttpRequest.newBuilder(base().resolve("ready"))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200 && node.equals(node(response).orElse(null))) {
                    return true;
                }
            } catch (IOException e) {
                // HAProxy itself answers while an instance is down; a cut connection is worth another try
            }
        }
        return false;
    }

    /** The instance that served a response, from the sticky cookie HAProxy sets on a request that had none. */
    public static Optional<String> node(HttpResponse<?> response) {
        return response.headers().allValues("set-cookie").stream()
                .filter(c -> c.startsWith(COOKIE))
                .map(c -> c.substring(COOKIE.length(), c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst();
    }

    public boolean running(String node) {
        return find(node).isPresent();
    }

    private ProcessHandle instance(String node) {
        Optional<ProcessHandle> instance = find(node);
        assertThat(instance).as("the process of instance %s", node).isPresent();
        return instance.get();
    }

    private Optional<ProcessHandle> find(String node) {
        Process again = restarted.get(node);
        if (again != null && again.isAlive()) {
            return Optional.of(again.toHandle());
        }
        return scriptInstance(node);
    }

    private Optional<ProcessHandle> scriptInstance(String node) {
        return script.descendants()
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info()
                        .arguments()
                        .map(List::of)
                        .filter(a -> a.contains("--deploy")
                                && a.indexOf(node) > 0
                                && a.get(a.indexOf(node) - 1).equals("--name"))
                        .isPresent())
                .findFirst();
    }

    private String log() throws IOException {
        return Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
    }

    @Override
    public void close() throws InterruptedException {
        for (Process again : restarted.values()) {
            again.destroy();
        }
        for (Process again : restarted.values()) {
            if (!again.waitFor(90, TimeUnit.SECONDS)) {
                again.destroyForcibly();
            }
        }
        script.destroy(); // TERM: the script stops HAProxy and its instances
        if (!script.waitFor(90, TimeUnit.SECONDS)) {
            script.descendants().forEach(ProcessHandle::destroyForcibly);
            script.destroyForcibly();
        }
    }
}
