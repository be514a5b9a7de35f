package jp.member.audit.chain;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The link rule: {@code hash(n) = SHA-256(hash(n-1) ‖ n ‖ canonical(entry n))}, starting from {@link #GENESIS}. The
 * canonical form writes every field with its length (or a null marker), so no two different entries encode alike;
 * times are microseconds since the epoch, as the database keeps them. Anyone can recompute it from an export (see
 * docs/audit-and-monitoring.md, "Tamper evidence").
 */
public final class HashChain {

    /** The hash before the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final HexFormat HEX = HexFormat.of();

    private HashChain() {}

    public static String link(String previousHash, long seq, AuditRecord entry) {
        MessageDigest sha256 = sha256();
        sha256.update(HEX.parseHex(previousHash));
        sha256.update(canonical(seq, entry));
        return HEX.formatHex(sha256.digest());
    }

    static byte[] canonical(long seq, AuditRecord e) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeLong(seq);
            out.writeLong(e.id());
            out.writeLong(ChronoUnit.MICROS.between(java.time.Instant.EPOCH, e.occurredAt()));
            for (String field : new String[] {
                e.eventType(),
                e.outcome(),
                e.actor(),
                e.actorKind(),
                e.clientAddress(),
                e.memberId() == null ? null : e.memberId().toString(),
                e.target(),
                e.fields(),
                e.purpose(),
                e.reason(),
                e.inquiryNumber()
            }) {
                if (field == null) {
                    out.writeInt(-1);
                } else {
                    byte[] utf8 = field.getBytes(StandardCharsets.UTF_8);
                    out.writeInt(utf8.length);
                    out.write(utf8);
                }
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
