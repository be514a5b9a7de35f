package jp.member.members.validation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Japanese postal codes (郵便番号): seven digits, written 100-0001. Stored as the seven digits alone so that search and
 * the postal-code lookup do not depend on how the hyphen was typed.
 */
public final class PostalCode {

    private static final Pattern WRITTEN = Pattern.compile("〒?\\s*([0-9]{3})(?:-|\\s)?([0-9]{4})");
    private static final Pattern SEVEN_DIGITS = Pattern.compile("[0-9]{7}");

    private PostalCode() {}

    /**
     * The seven ASCII digits of a postal code as people write it: with or without the hyphen (any dash look-alike) or
     * a space between the groups, in full-width digits, after a 〒 mark, with spaces around; empty when it is not a
     * postal code.
     */
    public static Optional<String> normalize(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String text = Dashes.folded(input).strip();
        Matcher matcher = WRITTEN.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(matcher.group(1) + matcher.group(2));
    }

    /** The printed form, 100-0001, of a normalised postal code. */
    public static String format(String sevenDigits) {
        if (!isSevenDigits(sevenDigits)) {
            throw new IllegalArgumentException("a postal code must be 7 ASCII digits");
        }
        return sevenDigits.substring(0, 3) + "-" + sevenDigits.substring(3);
    }

    /** Whether the value is a normalised postal code. */
    static boolean isSevenDigits(String value) {
        return value != null && SEVEN_DIGITS.matcher(value).matches();
    }
}
