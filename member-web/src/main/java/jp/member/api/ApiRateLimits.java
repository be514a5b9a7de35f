package jp.member.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import jp.member.shared.TokenBucket;
import jp.member.staff.boundary.ApiClientAuthentication;
import jp.member.staff.boundary.ApiClientAuthentication.AuthenticatedClient;
import jp.member.staff.rules.Cidr;

/**
 * The API's limits, one token bucket per key, in this server instance's memory (behind a load balancer each instance
 * admits its share):
 *
 * <ul>
 *   <li>each client's requests: its requests a minute, bursts up to its burst;
 *   <li>each client's enrolments: its enrolments an hour, bursts up to a tenth of them (at least one);
 *   <li>wrong secrets: a burst of {@value #FAILURES_PER_CLIENT} for a client id from one source, and of
 *       {@value #FAILURES_PER_ADDRESS} for any ids from one source, each allowance coming back in full over ten
 *       minutes; beyond that the requests are refused without the secret being looked at until a token is back. A
 *       source is an IPv4 address or an IPv6 /64. Per id <em>and source</em>: counting per id alone would let anyone
 *       lock a real till out by sending its id with wrong secrets (tills behind one NAT without a trusted proxy share
 *       the per-source allowance: configure {@code member.trusted.proxies}). A secret once proven right for an id from
 *       a source passes without taking an allowance, so a store's many tills calling at once are not refused.
 * </ul>
 *
 * Buckets that are full again are dropped, so keys an attacker invents do not pile up.
 */
@ApplicationScoped
public class ApiRateLimits {

    static final int FAILURES_PER_CLIENT = 10;
    static final int FAILURES_PER_ADDRESS = 30;
    private static final double TEN_MINUTES = 600;
    private static final int SWEEP_AT = 10_000;
    private static final long SWEEP_EVERY_NANOS = 10_000_000_000L;
    private static final Logger LOG = Logger.getLogger(ApiRateLimits.class.getName());

    /** The request attribute under which the authentication mechanism leaves the authenticated client. */
    public static final String CLIENT = AuthenticatedClient.class.getName();

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    /** Per client id and source, the digest of the secret last proven right from there. */
    private final Map<String, byte[]> proven = new ConcurrentHashMap<>();

    private final AtomicLong lastSweep = new AtomicLong(Long.MIN_VALUE / 2);
    /** Nanoseconds, as {@link System#nanoTime()}; a test gives its own. */
    LongSupplier clock = System::nanoTime;

    /** Empty when the client's request may pass, else the seconds after which it may try again. */
    public OptionalLong admitRequest(AuthenticatedClient client) {
        return take("request:" + client.clientId(), client.requestBurst(), client.requestsPerMinute() / 60d);
    }

    /** Refuses ({@link RateLimitedException}) an enrolment beyond the client's enrolments an hour. */
    public void admitEnrolment(HttpServletRequest request) {
        AuthenticatedClient client = (AuthenticatedClient) request.getAttribute(CLIENT);
        int perHour = client.enrolmentsPerHour();
        OptionalLong wait = perHour == 0
                ? OptionalLong.of(3600)
                : take("enrol:" + client.clientId(), Math.max(1, perHour / 10), perHour / 3600d);
        if (wait.isPresent()) {
            throw new RateLimitedException(wait.getAsLong());
        }
    }

    /**
     * Admits an attempt to authenticate before the secret is looked at. A secret already proven right for this client id
     * from this source passes without touching the allowances, so a store system's parallel tills are never refused
     * for being busy. Any other secret reserves one wrong-secret allowance of the id from this source and one of the
     * source; reserving first means parallel guesses cannot all pass a check made before any of them was counted. The
     * attempt says whether it may go on, else after how many seconds to try again.
     */
    public Attempt reserveAttempt(String clientId, String secret, String address) {
        long now = clock.getAsLong();
        String perClient = failuresOf(clientId, address);
        byte[] digest = digest(secret);
        byte[] known = proven.get(perClient);
        if (known != null && MessageDigest.isEqual(known, digest)) {
            return new Attempt(perClient, address, digest, false, OptionalLong.empty());
        }
        OptionalLong wait = take(perClient, FAILURES_PER_CLIENT, FAILURES_PER_CLIENT / TEN_MINUTES, now);
        if (wait.isEmpty()) {
            wait = take(failuresFrom(address), FAILURES_PER_ADDRESS, FAILURES_PER_ADDRESS / TEN_MINUTES, now);
            if (wait.isPresent()) {
                giveBack(perClient);
            }
        }
        return new Attempt(perClient, address, digest, true, wait);
    }

    /** The secret was right: what the attempt reserved is given back, and the secret is known to be right from here. */
    public void attemptSucceeded(Attempt attempt) {
        if (attempt.reserved()) {
            giveBack(attempt.key());
            giveBack(failuresFrom(attempt.address()));
        }
        if (proven.size() >= SWEEP_AT) {
            proven.clear();
        }
        proven.put(attempt.key(), attempt.digest());
    }

    /**
     * The secret was wrong (or its client is gone): a reservation stays spent, a secret proven before is forgotten
     * and this attempt counted; the last one of an allowance is logged (one line).
     */
    public void attemptFailed(Attempt attempt) {
        long now = clock.getAsLong();
        if (!attempt.reserved()) {
            proven.remove(attempt.key());
            take(attempt.key(), FAILURES_PER_CLIENT, FAILURES_PER_CLIENT / TEN_MINUTES, now);
            take(failuresFrom(attempt.address()), FAILURES_PER_ADDRESS, FAILURES_PER_ADDRESS / TEN_MINUTES, now);
        }
        for (String key : List.of(attempt.key(), failuresFrom(attempt.address()))) {
            TokenBucket bucket = buckets.get(key);
            if (bucket != null && !bucket.hasToken(now)) {
                LOG.info("Wrong API secrets beyond the allowance: the client id or the address is refused for a while");
                return;
            }
        }
    }

    /**
     * One attempt to authenticate: whether it took allowances ({@code reserved}) and, when it may not go on, the seconds
     * to wait. The secret is held only as its SHA-256 digest.
     */
    public record Attempt(String key, String address, byte[] digest, boolean reserved, OptionalLong retryAfter) {}

    private static byte[] digest(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest((secret == null ? "" : secret).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** The id as far as an id can be long (anything longer names no client); the address as {@link #sourceOf}. */
    private static String failuresOf(String clientId, String address) {
        String id = clientId == null ? "" : clientId;
        return "failures-of:" + id.substring(0, Math.min(id.length(), ApiClientAuthentication.CLIENT_ID_MAX)) + "@"
                + sourceOf(address);
    }

    private static String failuresFrom(String address) {
        return "failures-from:" + sourceOf(address);
    }

    /**
     * Where wrong secrets come from: an IPv4 address, or the /64 of an IPv6 one — a single IPv6 host usually holds a
     * whole /64, and counting its addresses one by one would give it 2^64 allowances.
     */
    static String sourceOf(String address) {
        Optional<byte[]> bytes = Cidr.address(address);
        if (bytes.isEmpty()) {
            return "?";
        }
        byte[] raw = bytes.get();
        return raw.length == 16 ? HexFormat.of().formatHex(raw, 0, 8) + "::/64" : address;
    }

    private void giveBack(String key) {
        TokenBucket bucket = buckets.get(key);
        if (bucket != null) {
            bucket.giveBack(clock.getAsLong());
        }
    }

    private OptionalLong take(String key, int capacity, double perSecond) {
        return take(key, capacity, perSecond, clock.getAsLong());
    }

    private OptionalLong take(String key, int capacity, double perSecond, long now) {
        sweepIfDue(now);
        TokenBucket bucket = buckets.compute(
                key,
                (k, existing) -> existing != null && existing.sameLimits(capacity, perSecond)
                        ? existing
                        : new TokenBucket(capacity, perSecond, now));
        return bucket.tryTake(now) ? OptionalLong.empty() : OptionalLong.of(bucket.secondsUntilToken(now));
    }

    /** Above {@value #SWEEP_AT} keys, drops the full buckets — at most every ten seconds, not on every request. */
    private void sweepIfDue(long now) {
        long last = lastSweep.get();
        if (buckets.size() > SWEEP_AT && now - last > SWEEP_EVERY_NANOS && lastSweep.compareAndSet(last, now)) {
            buckets.values().removeIf(b -> b.isFull(now));
        }
    }
}
