package jp.member.web.failure;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.member.shared.OneLine;
import jp.member.shared.Traces;

/**
 * Writes failures to the server log so that they can be diagnosed and cannot flood it. An expected refusal (an
 * expired or forged form, a missing role, a malformed request) is one line and a count; an unexpected failure is
 * its incident id with the stack frames of the exception and its causes, never a message (see {@link Traces}). The
 * path is logged without its query, with member and card numbers hidden however they were written (see {@link
 * #withoutNumbers}).
 */
public final class FailureLog {

    private static final Logger LOG = Logger.getLogger(FailureLog.class.getName());
    private static final int PATH_MAX = 200;
    private static final int METHOD_MAX = 16;
    private static final Pattern DIGITS = Pattern.compile("\\p{Nd}+");
    /** The API version segment ({@code v1}) is the only number a path of ours has. */
    private static final Pattern VERSION = Pattern.compile("v\\d");

    private static final Pattern SESSION_ID = Pattern.compile("(?i);jsessionid=[^/;]*");
    private static final Map<String, LongAdder> REFUSALS = new ConcurrentHashMap<>();

    private FailureLog() {}

    public static void record(Failure failure, HttpServletRequest request, Throwable cause) {
        String where = OneLine.fit(request.getMethod(), METHOD_MAX) + " " + path(request);
        if (failure.kind() == Failure.Kind.FORBIDDEN) {
            CDI.current().select(AccessDenials.class).get().record(request);
        }
        if (failure.kind().expected()) {
            LongAdder count = REFUSALS.computeIfAbsent(failure.kind() + " " + failure.status(), k -> new LongAdder());
            count.increment();
            LOG.info(() -> "Refused " + failure.kind() + " (" + failure.status() + ") " + where + ", " + count.sum()
                    + " since start");
        } else {
            LOG.log(
                    Level.SEVERE,
                    () -> "Incident " + failure.incident() + " at " + where
                            + (cause == null ? ": status " + failure.status() : ": " + Traces.of(cause)));
        }
    }

    /** Refusals by kind and status since the server started (for monitoring). */
    public static Map<String, Long> refusals() {
        Map<String, Long> counts = new TreeMap<>();
        REFUSALS.forEach((key, count) -> counts.put(key, count.sum()));
        return counts;
    }

    /** The path the client asked for (on an error dispatch the original one), without query, numbers hidden. */
    static String path(HttpServletRequest request) {
        String uri = AccessDenials.original(request);
        return OneLine.fit(uri == null ? "?" : withoutNumbers(uri), PATH_MAX);
    }

    /**
     * The path percent-decoded and NFKC-normalised (full-width digits become digits), without a session id, and every
     * run of digits replaced by "#" (but the API's {@code v1}): a member number with separators ({@code
     * 1234-5678-9012}), encoded or in full width is hidden as surely as a plain one. Control characters the decoding
     * brings back are left to {@link OneLine}.
     */
    static String withoutNumbers(String uri) {
        String decoded =
                Normalizer.normalize(percentDecoded(SESSION_ID.matcher(uri).replaceAll("")), Normalizer.Form.NFKC);
        return Arrays.stream(decoded.split("/", -1))
                .map(segment -> VERSION.matcher(segment).matches()
                        ? segment
                        : DIGITS.matcher(segment).replaceAll("#"))
                .collect(Collectors.joining("/"));
    }

    private static String percentDecoded(String uri) {
        try {
            return URLDecoder.decode(uri.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return uri;
        }
    }
}
