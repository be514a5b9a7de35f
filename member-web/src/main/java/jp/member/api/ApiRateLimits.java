package jp.member.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import jp.member.shared.TokenBucket;
import jp.member.staff.boundary.ApiClientAuthentication.AuthenticatedClient;

/**
 * The API's limits, one token bucket per key, in this server instance's memory (behind a load balancer each instance
 * admits its share):
 *
 * <ul>
 *   <li>each client's requests: its requests a minute, bursts up to its burst;
 *   <li>each client's enrolments: its enrolments an hour, bursts up to a tenth of them (at least one);
 *   <li>wrong secrets: {@value #FAILURES_PER_CLIENT} for a client id from one source address, and
 *       {@value #FAILURES_PER_ADDRESS} for any ids from one address, within ten minutes; beyond that the requests are
 *       refused without the secret being looked at until the allowance comes back. Per id <em>and address</em>:
 *       counting per id alone would let anyone lock a real till out by sending its id with wrong secrets.
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
    private static final Logger LOG = Logger.getLogger(ApiRateLimits.class.getName());

    /** The request attribute under which the authentication mechanism leaves the authenticated client. */
    public static final String CLIENT = AuthenticatedClient.class.getName();

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

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

    /** Empty when wrong secrets for this client id and from this address are still within their allowance. */
    public OptionalLong admitCredentials(String clientId, String address) {
        long now = System.nanoTime();
        for (String key : new String[] {failuresOf(clientId, address), "failures-from:" + address}) {
            TokenBucket bucket = buckets.get(key);
            if (bucket != null && !bucket.hasToken(now)) {
                return OptionalLong.of(bucket.secondsUntilToken(now));
            }
        }
        return OptionalLong.empty();
    }

    /** Counts a wrong secret against the client id and the address. */
    public void failedCredentials(String clientId, String address) {
        if (take(failuresOf(clientId, address), FAILURES_PER_CLIENT, FAILURES_PER_CLIENT / TEN_MINUTES)
                        .isPresent()
                | take("failures-from:" + address, FAILURES_PER_ADDRESS, FAILURES_PER_ADDRESS / TEN_MINUTES)
                        .isPresent()) {
            LOG.info("Wrong API secrets beyond the allowance: the client id or the address is refused for a while");
        }
    }

    private static String failuresOf(String clientId, String address) {
        return "failures-of:" + (clientId == null ? "" : clientId) + "@" + address;
    }

    private OptionalLong take(String key, int capacity, double perSecond) {
        long now = System.nanoTime();
        if (buckets.size() > SWEEP_AT) {
            buckets.values().removeIf(b -> b.isFull(now));
        }
        TokenBucket bucket = buckets.compute(
                key,
                (k, existing) -> existing != null && existing.sameLimits(capacity, perSecond)
                        ? existing
                        : new TokenBucket(capacity, perSecond, now));
        return bucket.tryTake(now) ? OptionalLong.empty() : OptionalLong.of(bucket.secondsUntilToken(now));
    }
}
