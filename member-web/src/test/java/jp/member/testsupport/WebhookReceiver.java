package jp.member.testsupport;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver for tests: an HTTP server on 127.0.0.1 at a free port that records every request (its
 * {@code webhook-*} headers and body) and answers with the status the test chooses per event id and attempt. It
 * verifies signatures the way a receiver would, with its own HMAC-SHA256 over {@code id.timestamp.body}.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived, with the status it was answered with. */
    public record Received(String id, long timestamp, String signature, String body, int answered, int attempt) {}

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    /** How a test answers: the status for this attempt (from 1) of the event with this id and body. */
    @FunctionalInterface
    public interface Answer {
        int status(String id, int attempt, String body);
    }

    private volatile Answer answer = (id, attempt, body) -> 200;

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    public static WebhookReceiver start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        WebhookReceiver receiver = new WebhookReceiver(server);
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
            int attempt = receiver.attempts
                    .computeIfAbsent(String.valueOf(id), k -> new AtomicInteger())
                    .incrementAndGet();
            int status = receiver.answer.status(id, attempt, body);
            receiver.received.add(new Received(
                    id,
                    timestamp == null ? -1 : Long.parseLong(timestamp),
                    exchange.getRequestHeaders().getFirst("webhook-signature"),
                    body,
                    status,
                    attempt));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return receiver;
    }

    /** The URL to subscribe: plain HTTP to loopback (the tests' setting allows it). */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** How to answer each attempt from now on. */
    public void answer(Answer answer) {
        this.answer = answer;
    }

    public List<Received> received() {
        return new ArrayList<>(received);
    }

    /** The requests whose body names the member number, in the order they arrived. */
    public List<Received> about(String memberNumber) {
        return received.stream()
                .filter(r -> r.body().contains("\"memberNumber\":\"" + memberNumber + "\""))
                .toList();
    }

    /** The requests answered 2xx whose body names the member number, in order. */
    public List<Received> deliveredAbout(String memberNumber) {
        return about(memberNumber).stream()
                .filter(r -> r.answered() >= 200 && r.answered() < 300)
                .toList();
    }

    /** Whether the signature header holds a v1 signature of this request made with the secret. */
    public static boolean verifies(Received request, String secret) throws Exception {
        byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        String expected = "v1,"
                + Base64.getEncoder()
                        .encodeToString(mac.doFinal((request.id() + "." + request.timestamp() + "." + request.body())
                                .getBytes(StandardCharsets.UTF_8)));
        for (String signature : request.signature().split(" ")) {
            if (java.security.MessageDigest.isEqual(
                    signature.getBytes(StandardCharsets.US_ASCII), expected.getBytes(StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }

    /** Polls until the condition holds; fails with the description when the deadline passes first. */
    public static void await(String what, Duration within, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + within.toSeconds() + " s: " + what);
            }
            Thread.sleep(200);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
