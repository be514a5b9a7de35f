package jp.member.web.security.openid;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a session signed in through the OpenID provider keeps about it, on the server only (an HTTP session attribute,
 * never sent to the browser): the person's subject and roles as the provider vouched for them, the refresh token to
 * ask it again with, and when to ask. Without a refresh token the session lasts as long as the ID token did.
 * Thread-safe: a page's parallel requests ask the provider once, and a rotated refresh token is never used twice.
 */
public final class ProviderSession implements Serializable {

    /** Session attribute name. */
    public static final String ATTRIBUTE = ProviderSession.class.getName();

    /** After the provider could not be asked: the next try, not at every request. */
    static final Duration RETRY = Duration.ofSeconds(5);

    private static final long serialVersionUID = 1L;

    private final String subject;
    private final TreeSet<String> roles;
    private final Instant idTokenExpiry;
    private String refreshToken;
    private Instant nextCheckAt;
    private Instant unreachableSince;
    private boolean ended;

    public ProviderSession(OpenIdProvider.SignedIn signedIn, Instant now, Duration recheck) {
        this.subject = signedIn.identity().subject();
        this.roles = new TreeSet<>(signedIn.identity().roles());
        this.idTokenExpiry = signedIn.idTokenExpiry();
        this.refreshToken = signedIn.refreshToken();
        this.nextCheckAt = now.plus(recheck);
    }

    /**
     * Whether the session may go on: asks the provider when the check is due ({@code recheck} after the last
     * confirmation); a refused grant ends it; while the provider cannot be asked, it goes on for {@code grace} from the
     * first failed try, then ends.
     */
    public synchronized boolean keeps(OpenIdProvider provider, Instant now, Duration recheck, Duration grace) {
        if (ended) {
            return false;
        }
        if (refreshToken == null) {
            return now.isBefore(idTokenExpiry);
        }
        if (now.isBefore(nextCheckAt)) {
            return true;
        }
        OpenIdProvider.Refreshed answer = provider.refresh(refreshToken, subject, Set.copyOf(roles));
        switch (answer.answer()) {
            case CONFIRMED -> {
                refreshToken = answer.refreshToken();
                unreachableSince = null;
                nextCheckAt = now.plus(recheck);
                return true;
            }
            case UNREACHABLE -> {
                if (unreachableSince == null) {
                    unreachableSince = now;
                }
                nextCheckAt = now.plus(RETRY);
                ended = now.isAfter(unreachableSince.plus(grace));
                return !ended;
            }
            default -> {
                refreshToken = null;
                ended = true;
                return false;
            }
        }
    }

    /** Whether the provider issued a refresh token (else the ID token's lifetime bounds the session). */
    public synchronized boolean refreshes() {
        return refreshToken != null;
    }

    /** Written into logs: never the token or the subject. */
    @Override
    public String toString() {
        return "ProviderSession";
    }
}
