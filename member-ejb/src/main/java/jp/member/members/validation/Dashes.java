package jp.member.members.validation;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The dashes people type between digit groups. A Japanese IME offers many look-alikes (‐ – — ― − ─ and the katakana
 * prolonged sound mark ー, which the IME types for the hyphen key in Japanese mode), and all of them mean the same
 * hyphen in a postal code, phone number, member number, date or e-mail address.
 */
final class Dashes {

    /**
     * Applied after NFKC, which has already folded the full-width －, the small ﹣ and the half-width ｰ: hyphens
     * (U+2010..U+2015), the hyphen bullet ⁃, the minus signs − ˗ ➖, the two- and three-em dashes ⸺ ⸻, the box-drawing
     * lines ─ ━ that IMEs offer among the dashes, and ー.
     */
    private static final Pattern ANY = Pattern.compile(
            "[\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\u02D7\u2796\u2E3A\u2E3B\u2500\u2501\u30FC\uFF0D]");

    private Dashes() {}

    /** The text with every dash look-alike replaced by an ASCII hyphen-minus. */
    static String toHyphen(String text) {
        return ANY.matcher(text).replaceAll("-");
    }

    /**
     * What was typed, in the ASCII forms the rules read: NFKC folds full-width digits, letters and signs (＠, ．, ／)
     * and the ideographic space; every dash look-alike becomes an ASCII hyphen.
     */
    static String folded(String typed) {
        return toHyphen(Normalizer.normalize(typed, Normalizer.Form.NFKC));
    }

    /** Whether the character is one of the dash look-alikes, after NFKC. */
    static boolean isDash(char c) {
        return ANY.matcher(String.valueOf(c)).matches();
    }
}
