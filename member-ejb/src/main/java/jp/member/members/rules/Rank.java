package jp.member.members.rules;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;
import jp.member.members.validation.Limits;

/**
 * A member's rank, by its code: {@code REGULAR}, {@code SILVER}, {@code GOLD}, {@code PLATINUM}. A value rather than
 * an enum on purpose: which ranks exist, what each earns and what spend reaches it are programme rules
 * ({@code RankRule}, {@code EarnRule}, the programme settings), and a rank the programme has retired must still be
 * readable on the members and in the rank history that hold it. The type only guarantees a well-formed code: one to
 * {@value Limits#RANK_MAX} capital letters, digits or underscores — what the {@code member_rank} column and the export
 * filter take. Ranks have no order of their own; the thresholds of the rank rule give them one.
 *
 * @param code the rank code
 */
public record Rank(String code) implements Serializable {

    /** Declared first: the constants below are checked against it as they are made. */
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1," + Limits.RANK_MAX + "}");

    /** Every member's rank until their spend earns another; the rank whose earn rate applies to unknown ranks. */
    public static final Rank REGULAR = new Rank("REGULAR");

    public static final Rank SILVER = new Rank("SILVER");
    public static final Rank GOLD = new Rank("GOLD");
    public static final Rank PLATINUM = new Rank("PLATINUM");

    /**
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if {@code code} is not 1 to {@value Limits#RANK_MAX} capital letters, digits or
     *     {@code _} (the message does not repeat it)
     */
    public Rank {
        Objects.requireNonNull(code, "code");
        if (!isCode(code)) {
            throw new IllegalArgumentException(
                    "a rank code is 1 to " + Limits.RANK_MAX + " capital letters, digits or underscores");
        }
    }

    /**
     * The rank with this code.
     *
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if {@code code} is not a well-formed rank code
     */
    public static Rank of(String code) {
        return new Rank(code);
    }

    /** Whether {@code candidate} is a well-formed rank code (as typed into an export filter, say). */
    public static boolean isCode(String candidate) {
        return candidate != null && CODE.matcher(candidate).matches();
    }

    /** The code alone, {@code GOLD}, as pages, the API and the database show it. */
    @Override
    public String toString() {
        return code;
    }
}
