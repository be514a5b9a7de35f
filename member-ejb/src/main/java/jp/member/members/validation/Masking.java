package jp.member.members.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a call-centre agent sees of a member by default: enough to confirm they speak with the right person (the
 * first character of each name, the last digits of the phone, the birth year, the area), not enough to write the
 * data down. Whether and when an agent may see the full value is decided elsewhere.
 *
 * <p>Every method accepts a missing value (shown as an empty string) and never throws on a malformed one: a stored
 * value that is not in normalised form is hidden entirely as {@value #HIDDEN}, so a bad record neither shows its
 * content nor breaks the agent's screen.
 */
public final class Masking {

    static final String HIDDEN = "****";

    private static final Pattern NAME_SEPARATOR = Pattern.compile("[ \u3000]+");
    private static final String FULL_WIDTH_ASTERISK = "\uFF0A";
    private static final String IDEOGRAPHIC_SPACE = "\u3000";

    private Masking() {}

    /** The printed phone number with its middle group hidden: 090-****-5678, 03-****-5678, 0120-***-456. */
    public static String phone(String digits) {
        if (digits == null) {
            return "";
        }
        if (!PhoneNumber.isNormalized(digits)) {
            return HIDDEN;
        }
        List<String> groups = PhoneNumber.groups(digits);
        return groups.get(0) + "-" + "*".repeat(groups.get(1).length()) + "-" + groups.get(2);
    }

    /**
     * The first character of the local part and the domain: s****@example.jp. Always four asterisks, so the length
     * of the local part is not revealed either.
     */
    public static String email(String email) {
        if (email == null) {
            return "";
        }
        int at = email.lastIndexOf('@');
        if (at < 0) {
            return HIDDEN;
        }
        String local = email.substring(0, at);
        String first = local.isEmpty() ? "" : local.substring(0, local.offsetByCodePoints(0, 1));
        return first + HIDDEN + email.substring(at);
    }

    /**
     * Each part of the name (separated by an ideographic or ASCII space) reduced to its first character, every
     * further character shown as ＊ (a one-character part gets one ＊, so that 森 茂 is not shown whole), parts joined
     * by an ideographic space: 山田 太郎 → 山＊　太＊. A character is a
     * code point with the combining marks that follow it, so 𠮷 (a surrogate pair) and a kanji with an ideographic
     * variation selector (葛󠄀, common in registered names) each count once.
     */
    public static String name(String name) {
        if (name == null) {
            return "";
        }
        String trimmed = NAME_SEPARATOR.matcher(name).replaceAll(" ").strip();
        if (trimmed.isEmpty()) {
            return "";
        }
        List<String> masked = new ArrayList<>();
        for (String part : trimmed.split(" ")) {
            masked.add(maskPart(part));
        }
        return String.join(IDEOGRAPHIC_SPACE, masked);
    }

    /** The birth year alone: 1985-**-**. */
    public static String birthDate(LocalDate date) {
        if (date == null) {
            return "";
        }
        String year = Integer.toString(date.getYear());
        return "0".repeat(Math.max(0, 4 - year.length())) + year + "-**-**"; // String.format cost a search 6 %
    }

    /** The first three digits, which name the area: 100-****. */
    public static String postalCode(String sevenDigits) {
        if (sevenDigits == null) {
            return "";
        }
        if (!PostalCode.isSevenDigits(sevenDigits)) {
            return HIDDEN;
        }
        return sevenDigits.substring(0, 3) + "-****";
    }

    /**
     * The address down to the city, never the street or building: 東京都 千代田区. Either part may be missing; the
     * other is shown alone.
     */
    public static String address(Prefecture prefecture, String city) {
        String prefectureName = prefecture == null ? "" : prefecture.japanese();
        String cityName = city == null ? "" : city.strip();
        if (prefectureName.isEmpty() || cityName.isEmpty()) {
            return prefectureName + cityName;
        }
        return prefectureName + " " + cityName;
    }

    private static String maskPart(String part) {
        StringBuilder masked = new StringBuilder();
        int firstEnd = endOfCharacter(part, 0);
        masked.append(part, 0, firstEnd);
        for (int i = firstEnd; i < part.length(); i = endOfCharacter(part, i)) {
            masked.append(FULL_WIDTH_ASTERISK);
        }
        if (firstEnd == part.length()) {
            // a one-character part (森　茂) would otherwise be shown whole
            masked.append(FULL_WIDTH_ASTERISK);
        }
        return masked.toString();
    }

    /** The index after the character at {@code start}: its code point and any combining marks that follow. */
    private static int endOfCharacter(String text, int start) {
        int end = text.offsetByCodePoints(start, 1);
        while (end < text.length() && isCombining(text.codePointAt(end))) {
            end = text.offsetByCodePoints(end, 1);
        }
        return end;
    }

    private static boolean isCombining(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
