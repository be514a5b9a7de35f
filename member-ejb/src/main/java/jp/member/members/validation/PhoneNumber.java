package jp.member.members.validation;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Japanese phone numbers, stored as the domestic digits alone (09012345678) so that a number typed with hyphens,
 * brackets, full-width digits or the +81 country code is found as the same number.
 *
 * <p>The rules follow the national numbering plan as far as a member's contact number needs: 11 digits for mobile
 * (070, 080, 090), IP phone (050), M2M (020) and the 11-digit free dial (0800); 10 digits for fixed lines and the
 * 10-digit service numbers (0120, 0570). The grouping of fixed lines depends on the length of the area code, which
 * only a table of area codes could tell; 2-4-4 for Tokyo and Osaka and 3-3-4 elsewhere is the common approximation.
 */
public final class PhoneNumber {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-().]");
    private static final Pattern ELEVEN_DIGITS = Pattern.compile("0(70|80|90|50|20)[0-9]{8}");
    private static final Pattern TEN_DIGITS = Pattern.compile("0[1-9][0-9]{8}");

    private PhoneNumber() {}

    /**
     * The domestic digits of a Japanese phone number, or empty when the input is not one. Accepts hyphens (any dash
     * look-alike), spaces, brackets and dots between the digits, full-width digits, and the international form
     * (+81 or 81, with or without the trunk 0 in brackets). Valid are 11 digits starting 070, 080, 090, 050 or 020,
     * and 10 digits starting 0 but not 00 (00 is the international call prefix).
     */
    public static Optional<String> normalize(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String folded = Dashes.folded(input);
        String compact = SEPARATORS.matcher(folded).replaceAll("");
        String digits = domestic(compact);
        return isNormalized(digits) ? Optional.of(digits) : Optional.empty();
    }

    /**
     * The printed form of a normalised number: 090-1234-5678 for 11 digits (0800-123-4567 for the 11-digit free
     * dial), 0120-123-456 for the 10-digit service numbers, 03-1234-5678 for Tokyo and Osaka, 045-123-4567 for the
     * other fixed lines.
     */
    public static String format(String digits) {
        return String.join("-", groups(digits));
    }

    /** The digit groups of a normalised number, as they are printed; the masking hides the middle one. */
    static List<String> groups(String digits) {
        if (!isNormalized(digits)) {
            throw new IllegalArgumentException("a phone number must be 10 or 11 digits as normalize returns them");
        }
        if (digits.length() == 11) {
            return digits.startsWith("0800") ? split(digits, 4, 7) : split(digits, 3, 7);
        }
        if (digits.startsWith("0120") || digits.startsWith("0800") || digits.startsWith("0570")) {
            return split(digits, 4, 7);
        }
        if (digits.startsWith("03") || digits.startsWith("06")) {
            return split(digits, 2, 6);
        }
        return split(digits, 3, 6);
    }

    /** Whether the value is what {@link #normalize} returns for some input. */
    static boolean isNormalized(String digits) {
        return digits != null
                && (ELEVEN_DIGITS.matcher(digits).matches()
                        || TEN_DIGITS.matcher(digits).matches());
    }

    private static String domestic(String compact) {
        String national;
        if (compact.startsWith("+81")) {
            national = compact.substring(3);
        } else if (compact.startsWith("81")) {
            national = compact.substring(2);
        } else {
            return compact;
        }
        return national.startsWith("0") ? national : "0" + national;
    }

    private static List<String> split(String digits, int firstEnd, int secondEnd) {
        return List.of(
                digits.substring(0, firstEnd), digits.substring(firstEnd, secondEnd), digits.substring(secondEnd));
    }
}
