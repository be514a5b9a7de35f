package jp.member.testsupport;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.member.shared.Secrets;

/** An API client registered for one test, calling the application over HTTP with HTTP Basic. */
public final class ApiClient {

    private final WebClient http;
    private final String clientId;

    private ApiClient(WebClient http, String clientId) {
        this.http = http;
        this.clientId = clientId;
    }

    /** Registers a fresh client with the role (and a known secret) straight in the database. */
    public static ApiClient register(WebClient http, String role) throws Exception {
        String clientId = TestDatabase.uniqueUsername(role.toLowerCase(Locale.ROOT));
        TestDatabase.update(
                "INSERT INTO api_client (client_id, name, client_role, secret_hash, enabled, created_at)"
                        + " VALUES (?, 'IT client', ?, ?, TRUE, NOW())",
                clientId,
                role,
                Secrets.sha256Hex(secret(clientId)));
        return new ApiClient(http, clientId);
    }

    public String id() {
        return clientId;
    }

    /** Lets this client read these personal fields (column names) in full, as an administrator would. */
    public ApiClient grantFields(String... columns) throws Exception {
        for (String column : columns) {
            TestDatabase.update(
                    "INSERT INTO api_client_field (client_id, field) SELECT id, ? FROM api_client WHERE client_id = ?",
                    column,
                    clientId);
        }
        return this;
    }

    /** Sets this client's request rate, burst and enrolments an hour, as an administrator would. */
    public ApiClient limit(int requestsPerMinute, int requestBurst, int enrolmentsPerHour) throws Exception {
        TestDatabase.update(
                "UPDATE api_client SET requests_per_minute = ?, request_burst = ?, enrolments_per_hour = ?"
                        + " WHERE client_id = ?",
                requestsPerMinute,
                requestBurst,
                enrolmentsPerHour,
                clientId);
        return this;
    }

    /** The same client calling with a wrong secret. */
    public HttpResponse<String> getWithWrongSecret(String path) throws Exception {
        String token = Base64.getEncoder()
                .encodeToString((clientId + ":wrong-" + secret(clientId)).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(http.uri(path))
                .header("Authorization", "Basic " + token)
                .GET()
                .build());
    }

    public HttpResponse<String> get(String path) throws Exception {
        return send("GET", path, null);
    }

    public HttpResponse<String> post(String path, String json) throws Exception {
        return send("POST", path, json);
    }

    public HttpResponse<String> send(String method, String path, String json) throws Exception {
        return http.send(request(method, path, json).build());
    }

    /** The request {@link #send} sends, for a test that adds to it. */
    public HttpRequest.Builder request(String method, String path, String json) {
        String token = Base64.getEncoder()
                .encodeToString((clientId + ":" + secret(clientId)).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(path)).header("Authorization", "Basic " + token);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return request.method(
                method,
                json == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }

    /** A string property of a flat JSON answer. */
    public static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        if (!matcher.find()) {
            throw new AssertionError("no " + name + " in the response");
        }
        return matcher.group(1);
    }

    /** A number property of a flat JSON answer. */
    public static long number(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":(-?\\d+)").matcher(json);
        if (!matcher.find()) {
            throw new AssertionError("no number " + name + " in the response");
        }
        return Long.parseLong(matcher.group(1));
    }

    private static String secret(String clientId) {
        return "it-secret-for-" + clientId;
    }
}
