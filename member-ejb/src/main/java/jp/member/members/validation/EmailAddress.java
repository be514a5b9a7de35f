package jp.member.members.validation;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * E-mail addresses, stored in lower case so that one member cannot register twice by changing the case, and checked
 * pragmatically: the dot-atom form of RFC 5322 that real mailboxes use, not quoted local parts, comments or IP
 * literals, which members do not have and which mail systems handle badly.
 */
public final class EmailAddress {

    private static final int LOCAL_PART_MAX = 64;
    private static final char IDEOGRAPHIC_FULL_STOP = '\u3002';
    private static final Pattern LOCAL_PART =
            Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern DOMAIN = Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

    private EmailAddress() {}

    /**
     * The stored form of an e-mail address, or empty when it is not a usable one. NFKC folds full-width letters and
     * the full-width ＠ and ． that a Japanese IME produces; the IME's 。 (typed for the full stop key in Japanese mode)
     * becomes a dot and any dash look-alike (ー for the hyphen key) a hyphen, neither being allowed in an address as
     * they are; the whole address is lower-cased. Valid is one @; a local part
     * of 1 to 64 characters from the RFC 5322 atom set, dots only between characters; a domain of at least two
     * labels of letters, digits and inner hyphens (at most 63 each, as DNS allows), the last one at least two
     * letters; at most 254 characters in all.
     */
    public static Optional<String> normalize(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String address =
                Dashes.folded(input).replace(IDEOGRAPHIC_FULL_STOP, '.').strip().toLowerCase(Locale.ROOT);
        if (address.length() > Limits.EMAIL_MAX) {
            return Optional.empty();
        }
        int at = address.indexOf('@');
        if (at < 0 || at != address.lastIndexOf('@')) {
            return Optional.empty();
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        boolean valid = local.length() <= LOCAL_PART_MAX
                && LOCAL_PART.matcher(local).matches()
                && DOMAIN.matcher(domain).matches();
        return valid ? Optional.of(address) : Optional.empty();
    }
}
