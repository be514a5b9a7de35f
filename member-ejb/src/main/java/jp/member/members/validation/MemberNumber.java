package jp.member.members.validation;

import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A member number: the 12 ASCII digits printed on the card, the last the Luhn check digit of the first 11 (the rules
 * are {@link MemberNumbers}'). Only a valid number can be made, so a member number that travels as this type was
 * checked once, where it came in — by {@link #parse} from what a person or a till typed, or by {@link #of} from what
 * the application itself stored.
 *
 * <p>The refusals never repeat the value: they end up in logs.
 *
 * @param digits the 12 digits, check digit included
 */
public record MemberNumber(String digits) {

    /**
     * @throws IllegalArgumentException if {@code digits} is not 12 ASCII digits with a valid check digit (null
     *     included)
     */
    public MemberNumber {
        if (!MemberNumbers.isValid(digits)) {
            throw new IllegalArgumentException("a member number is 12 ASCII digits with a valid check digit");
        }
    }

    /**
     * The member number in exactly its 12 digits (as stored and as the API gives it).
     *
     * @throws IllegalArgumentException if {@code digits} is not a valid member number in that form
     */
    public static MemberNumber of(String digits) {
        return new MemberNumber(digits);
    }

    /**
     * The member number as typed or read from the card — spaces and hyphens between the groups, full-width digits —
     * or empty when it is none, check digit included. Each caller decides what a bad number means to it (not found
     * at the till, a message on the search page).
     */
    public static Optional<MemberNumber> parse(String input) {
        return MemberNumbers.normalize(input).map(MemberNumber::new);
    }

    /** A new member number with a random body (see {@link MemberNumbers#random}); uniqueness is the caller's. */
    public static MemberNumber random(RandomGenerator random) {
        return new MemberNumber(MemberNumbers.random(random));
    }

    /** As printed on the card, in groups of four: {@code 1234 5678 9012}. */
    public String formatted() {
        return MemberNumbers.format(digits);
    }

    /** The 12 digits. */
    @Override
    public String toString() {
        return digits;
    }
}
