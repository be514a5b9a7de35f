package jp.member.members.validation;

/**
 * Length limits of member data, in one place so that the {@code @Column} lengths, the validation and the input
 * fields agree. Lengths are Unicode code points: a name with 𠮷 counts it once, as the person sees it.
 */
public final class Limits {

    public static final int NAME_KANJI_MAX = 50;
    public static final int NAME_KANA_MAX = 100;
    public static final int CITY_MAX = 50;
    public static final int STREET_MAX = 100;
    public static final int BUILDING_MAX = 100;

    /** The longest address SMTP can carry (RFC 5321 path limit minus the angle brackets). */
    public static final int EMAIL_MAX = 254;

    /**
     * The longest store code (letters, digits and hyphens): the store a member enrolled at, and the store of a points
     * transaction at the till.
     */
    public static final int STORE_CODE_MAX = 16;

    /** The longest rank code ({@code REGULAR}, {@code GOLD}, ...): a member's rank and each change of it. */
    public static final int RANK_MAX = 16;

    private Limits() {}

    /** Whether the value has at most {@code max} code points; a missing value is within any limit. */
    public static boolean within(String value, int max) {
        return value == null || value.codePointCount(0, value.length()) <= max;
    }
}
