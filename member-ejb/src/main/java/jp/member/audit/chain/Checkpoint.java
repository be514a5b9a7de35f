package jp.member.audit.chain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.SecretKey;

/**
 * A signed statement "the chain had {@code seq} entries and its head hash was {@code headHash} at {@code
 * createdAt}". Written periodically and kept outside the system as well (one line of text each): whoever rewrites
 * or shortens the chain in the database cannot produce a matching checkpoint without the key, and cannot reach the
 * copies kept elsewhere.
 */
public record Checkpoint(long seq, String headHash, Instant createdAt, String mac) {

    private static final HexFormat HEX = HexFormat.of();
    private static final Pattern LINE =
            Pattern.compile("member-audit-checkpoint v1 seq=(\\d+) head=([0-9a-f]{64}) at=(\\S+) mac=([0-9a-f]{64})");

    public static Checkpoint sign(long seq, String headHash, Instant createdAt, SecretKey key) {
        return new Checkpoint(seq, headHash, createdAt, mac(seq, headHash, createdAt, key));
    }

    /** Whether the signature is the one the key makes; compared in constant time. */
    public boolean signedBy(SecretKey key) {
        return MessageDigest.isEqual(HEX.parseHex(mac), HEX.parseHex(mac(seq, headHash, createdAt, key)));
    }

    /** The one-line form to keep outside the system, and to paste back for verification. */
    public String line() {
        return "member-audit-checkpoint v1 seq=" + seq + " head=" + headHash + " at=" + createdAt + " mac=" + mac;
    }

    /** Reads {@link #line()}; throws IllegalArgumentException for anything else. */
    public static Checkpoint parse(String line) {
        Matcher m = LINE.matcher(line == null ? "" : line.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a checkpoint line");
        }
        try {
            return new Checkpoint(Long.parseLong(m.group(1)), m.group(2), Instant.parse(m.group(3)), m.group(4));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a checkpoint line", e);
        }
    }

    private static String mac(long seq, String headHash, Instant createdAt, SecretKey key) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            String statement = "member-audit-checkpoint|v1|" + seq + "|" + headHash + "|" + createdAt;
            return HEX.formatHex(hmac.doFinal(statement.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every Java runtime", e);
        }
    }
}
