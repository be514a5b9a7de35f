package jp.member.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.member.staff.rules.Totp;

/**
 * Demo mode only: every demo staff account comes with a second factor whose secret is
 * derived from their public username, so a newcomer can sign in without an authenticator app — the sign-in page
 * shows their current codes in demo mode (docs/audit-and-monitoring.md gives the secrets for an app). Never used in production.
 */
public final class DemoSecondFactor {

    static final String[] ACCOUNTS = {"agent", "manager", "manager2", "auditor", "admin"};

    private DemoSecondFactor() {}

    public static byte[] secretFor(String username) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("member demo second factor " + username).getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(digest, Totp.SECRET_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The demo accounts' codes right now, by username. */
    public static Map<String, String> currentCodes(Instant now) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (String username : ACCOUNTS) {
            codes.put(username, Totp.code(secretFor(username), Totp.step(now)));
        }
        return codes;
    }
}
