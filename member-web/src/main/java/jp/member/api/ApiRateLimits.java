package jp.member.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
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
import jp.member.staff.boundary.ApiClientAuthentication.AuthenticatedClient;
import jp.member.staff.entity.ApiClient;
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
 *       the per-source allowance: configure {@code member.trusted.proxies}).
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
     * Reserves one wrong-secret allowance of this client id from this address, and one of the address, before the
     * secret is looked at: empty when both were there (then {@link #attemptSucceeded} gives them back), else the
     * seconds after which to try again. Reserving first means parallel guesses cannot all pass a check made before
     * any of them was counted.
     */
    public OptionalLong reserveAttempt(String clientId, String address) {
        long now = clock.getAsLong();
        String perClient = failuresOf(clientId, address);
        OptionalLong wait = take(perClient, FAILURES_PER_CLIENT, FAILURES_PER_CLIENT / TEN_MINUTES, now);
        if (wait.isPresent()) {
            return wait;
        }
        wait = take(failuresFrom(address), FAILURES_PER_ADDRESS, FAILURES_PER_ADDRESS / TEN_MINUTES, now);
        if (wait.isPresent()) {
            giveBack(perClient);
        }
        return wait;
    }

    /** The secret was right: what {@link #reserveAttempt} took is given back. */
    public void attemptSucceeded(String clientId, String address) {
        giveBack(failuresOf(clientId, address));
        giveBack(failuresFrom(address));
    }

    /** The secret was wrong: the reservation stays spent; the last one of an allowance is logged (one line). */
    public void attemptFailed(String clientId, String address) {
        long now = clock.getAsLong();
        for (String key : List.of(failuresOf(clientId, address), failuresFrom(address))) {
            TokenBucket bucket = buckets.get(key);
            if (bucket != null && !bucket.hasToken(now)) {
                LOG.info("Wrong API secrets beyond the allowance: the client id or the address is refused for a while");
                return;
            }
        }
    }

    /** The id as far as an id can be long (anything longer names no client); the address as {@link #sourceOf}. */
    private static String failuresOf(String clientId, String address) {
        String id = clientId == null ? "" : clientId;
        return "failures-of:" + id.substring(0, Math.min(id.length(), ApiClient.CLIENT_ID_MAX)) + "@"
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
