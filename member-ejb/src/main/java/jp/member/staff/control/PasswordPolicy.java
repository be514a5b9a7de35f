package jp.member.staff.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a new staff password must satisfy (OWASP ASVS 6.2): at least 12 characters, at most 128 (Unicode code
 * points, so a 64-character Japanese passphrase is fine), not a commonly used password, not the username, not one
 * character repeated.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** Common passwords and their stems (ours), and 12,039 passwords from breach corpora (see the file's header). */
    private static final Set<String> COMMON = union(load("common-passwords.txt"), load("breached-passwords.txt"));

    private PasswordPolicy() {}

    /** The message key of the first rule the password breaks, or empty when it is acceptable. */
    public static Optional<String> violation(String password, String username) {
        if (password == null || password.isBlank()) {
            return Optional.of("password.required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        String folded = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(folded) || COMMON.contains(stripTrailingDigitsAndSymbols(folded))) {
            return Optional.of("password.common");
        }
        if (username != null && !username.isBlank() && folded.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.containsUsername");
        }
        if (password.codePoints().distinct().count() <= 2) {
            return Optional.of("password.repetitive");
        }
        return Optional.empty();
    }

    private static String stripTrailingDigitsAndSymbols(String s) {
        int end = s.length();
        while (end > 0 && !Character.isLetter(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private static Set<String> load(String resource) {
        InputStream in = PasswordPolicy.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
