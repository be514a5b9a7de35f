package jp.member.members.validation;

import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * Member numbers: 12 ASCII digits printed on the card, an 11-digit body and a Luhn (mod 10) check digit. The check
 * digit catches every single mistyped digit and almost every swap of neighbouring digits (all but 09 ↔ 90), so an
 * agent who mistypes a number gets "no such number" instead of another member's record.
 */
public final class MemberNumbers {

    /** The digits of a member number, check digit included, as stored. */
    public static final int LENGTH = 12;

    private static final Pattern BODY = Pattern.compile("[0-9]{" + (LENGTH - 1) + "}");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{" + LENGTH + "}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-]");
    private static final long SMALLEST_BODY = 10_000_000_000L;
    private static final long BODY_BOUND = 100_000_000_000L;

    private MemberNumbers() {}

    /** The body followed by its Luhn check digit; the body must be 11 ASCII digits. */
    public static String withCheckDigit(String elevenDigits) {
        if (elevenDigits == null || !BODY.matcher(elevenDigits).matches()) {
            throw new IllegalArgumentException("the body of a member number must be 11 ASCII digits");
        }
        return elevenDigits + checkDigit(elevenDigits);
    }

    /** Whether the value is 12 ASCII digits whose last digit is the Luhn check digit of the first 11. */
    public static boolean isValid(String twelveDigits) {
        if (twelveDigits == null || !NUMBER.matcher(twelveDigits).matches()) {
            return false;
        }
        return checkDigit(twelveDigits.substring(0, 11)) == twelveDigits.charAt(11);
    }

    /**
     * The 12 digits of a member number as typed or read from the card (spaces and hyphens between the groups,
     * full-width digits), or empty when it is not a valid number, check digit included.
     */
    public static Optional<String> normalize(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String folded = Dashes.folded(input);
        String digits = SEPARATORS.matcher(folded).replaceAll("");
        return isValid(digits) ? Optional.of(digits) : Optional.empty();
    }

    /** The number as printed on the card, in groups of four: 1234 5678 9012. */
    public static String format(String twelveDigits) {
        if (twelveDigits == null || !NUMBER.matcher(twelveDigits).matches()) {
            throw new IllegalArgumentException("a member number must be 12 ASCII digits");
        }
        return twelveDigits.substring(0, 4) + " " + twelveDigits.substring(4, 8) + " " + twelveDigits.substring(8);
    }

    /**
     * A new member number with a uniformly random body. The first digit is never 0, so the number keeps its 12
     * digits wherever a spreadsheet or a system treats it as a number. Uniqueness is the caller's to check.
     */
    public static String random(RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        return withCheckDigit(Long.toString(random.nextLong(SMALLEST_BODY, BODY_BOUND)));
    }

    /** Luhn: from the rightmost body digit leftwards, every other digit is doubled (minus 9 above 9). */
    private static char checkDigit(String body) {
        int sum = 0;
        boolean doubled = true;
        for (int i = body.length() - 1; i >= 0; i--) {
            int digit = body.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }
}
