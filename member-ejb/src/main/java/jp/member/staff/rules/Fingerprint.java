package jp.member.staff.rules;

import java.util.Locale;
import java.util.Optional;

/** A device certificate's SHA-256 fingerprint as a proxy sends it (hex, colons allowed). */
public final class Fingerprint {

    private Fingerprint() {}

    /** The fingerprint normalised (64 lower-case hex digits); empty when the header is not one. */
    public static Optional<String> of(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String hex = header.strip().replace(":", "").toLowerCase(Locale.ROOT);
        return hex.matches("[0-9a-f]{64}") ? Optional.of(hex) : Optional.empty();
    }
}
