package jp.member.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A cookie-keeping HTTP client for the application's pages: it posts forms as a browser does (with the ViewState
 * and the CSP nonce that PrimeFaces' script adds). It does not follow redirects, so tests see them.
 */
public final class WebClient {

    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    /** The session cookie's name over plain HTTP, as the tests run (production over HTTPS: __Host-member). */
    public static final String SESSION_COOKIE = "member-session";

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public WebClient(URI base) {
        this.base = base;
        // HTTP/1.1 as browsers send it to a plain-HTTP server; otherwise the JDK client asks for an h2c upgrade
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public URI uri(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Posts a form as the browser would (URL-encoded, UTF-8), with extra headers as name, value, ... */
    public HttpResponse<String> post(String path, Map<String, String> fields, String... headers)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    /** Opens the login page and submits the form; returns the answer to the POST. */
    public HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        return signIn(username, password, new String[0]);
    }

    /** Signs in as {@link #signIn(String, String)}, the POST carrying extra headers (name, value, ...). */
    public HttpResponse<String> signIn(String username, String password, String... headers)
            throws IOException, InterruptedException {
        HttpResponse<String> page = get("/login.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", username);
        form.put("login:password", password);
        String code = TestDatabase.oneTimeCode(username);
        form.put("login:code", code == null ? "" : code);
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", viewState(page.body()));
        form.put("primefaces.nonce", nonce(page.body()));
        return post("/login.xhtml", form, headers);
    }

    /** Presses a non-ajax command button of a form on the given page. */
    public HttpResponse<String> press(String path, String formId, String buttonId, Map<String, String> inputs)
            throws IOException, InterruptedException {
        HttpResponse<String> page = get(path);
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        inputs.forEach((name, value) -> form.put(formId + ":" + name, value));
        form.put(formId + ":" + buttonId, "");
        form.put("jakarta.faces.ViewState", viewState(page.body()));
        form.put("primefaces.nonce", nonce(page.body()));
        return post(path, form);
    }

    /**
     * Presses an ajax command button (PrimeFaces' {@code p:commandButton}) of a form in the view of a page already
     * fetched, as PrimeFaces' script posts it; returns the partial response.
     */
    public HttpResponse<String> pressAjax(
            String path, String pageHtml, String formId, String buttonId, Map<String, String> inputs)
            throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", formId + ":" + buttonId);
        form.put("jakarta.faces.partial.execute", "@all");
        form.put("jakarta.faces.partial.render", formId);
        form.put(formId + ":" + buttonId, formId + ":" + buttonId);
        form.put(formId, formId);
        inputs.forEach((name, value) -> form.put(formId + ":" + name, value));
        form.put("jakarta.faces.ViewState", viewState(pageHtml));
        form.put("primefaces.nonce", nonce(pageHtml));
        return post(path, form, "Faces-Request", "partial/ajax");
    }

    public static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no ViewState in the page");
        }
        return m.group(1);
    }

    /** The CSP nonce PrimeFaces' script would add to each form post. */
    public static String nonce(String html) {
        Matcher m = NONCE.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSP nonce in the page");
        }
        return m.group(1);
    }

    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(SESSION_COOKIE))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    /** Replaces the session cookie, e.g. to replay an old one. */
    public void useSessionId(String id) {
        cookies.getCookieStore().removeAll();
        HttpCookie cookie = new HttpCookie(SESSION_COOKIE, id);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base, cookie);
    }

    /** Where a redirect points, relative to the server. */
    public static String location(HttpResponse<?> response) {
        return response.headers()
                .firstValue("Location")
                .map(l -> URI.create(l).getPath())
                .orElse("");
    }
}
