package jp.member.events.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import jp.member.events.rules.WebhookSignature;

/**
 * Sends one signed event over HTTP(S) (Standard Webhooks): {@code webhook-id}, {@code webhook-timestamp} (unix
 * seconds) and {@code webhook-signature} headers, the JSON body. Redirects are never followed (a redirect could lead
 * past the endpoint rule), the connection and the whole request have timeouts, the answer's body is discarded unread.
 * The result is the HTTP status, or {@link #NO_ANSWER} when none came (timeout, refused connection, TLS failure).
 */
@ApplicationScoped
public class WebhookSender {

    /** The status recorded when no HTTP answer came. */
    public static final int NO_ANSWER = 0;

    @Inject
    WebhookSettings settings;

    private HttpClient client;

    @PostConstruct
    void open() {
        client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** Sends without waiting; the future completes with the status (never exceptionally). */
    public CompletableFuture<Integer> send(URI endpoint, String secret, String eventId, long timestamp, String body) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "member-webhooks/1")
                .header("webhook-id", eventId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(secret, eventId, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(HttpResponse::statusCode)
                .exceptionally(failure -> NO_ANSWER)
                // the request's own timeout covers the answer; this covers a connection that never ends
                .completeOnTimeout(NO_ANSWER, settings.timeout().toSeconds() + 10, TimeUnit.SECONDS);
    }
}
