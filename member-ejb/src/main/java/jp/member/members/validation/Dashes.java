package jp.member.members.validation;

import java.util.regex.Pattern;

/**
 * The dashes people type between digit groups. A Japanese IME offers many look-alikes (‐ – — ― − and the katakana
 * prolonged sound mark ー), and all of them mean the same hyphen in a postal code, phone number or member number.
 */
final class Dashes {

    /** Applied after NFKC, which has already folded the full-width － and the half-width ｰ. */
    private static final Pattern ANY = Pattern.compile("[\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30FC\uFF0D]");

    private Dashes() {}

    /** The text with every dash look-alike replaced by an ASCII hyphen-minus. */
    static String toHyphen(String text) {
        return ANY.matcher(text).replaceAll("-");
    }
}
