package jp.member.members.validation;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Names in katakana (フリガナ), as they are sorted and searched. People type them in hiragana, in half-width katakana
 * from older systems, or with a mix of spaces; all of these are stored the same way: full-width katakana, family
 * and given name separated by one ideographic space.
 */
public final class Kana {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");
    private static final char IDEOGRAPHIC_SPACE = '\u3000';
    private static final char HIRAGANA_FIRST = '\u3041';
    private static final char HIRAGANA_LAST = '\u3096';
    private static final int HIRAGANA_TO_KATAKANA = 0x60;
    private static final char KATAKANA_FIRST = '\u30A1';
    private static final char PROLONGED_SOUND_MARK = '\u30FC';

    private Kana() {}

    /**
     * The stored form of a kana name: NFKC (half-width ｶﾞ becomes ガ with its voiced mark composed), hiragana
     * ぁ..ゖ turned into katakana, a dash look-alike after a kana (the hyphen key, －, ― typed for a long vowel: ｲﾁﾛ-)
     * turned into the prolonged sound mark ー, every run of spaces turned into one ideographic space, no spaces at
     * either end. The result is not checked; {@link #isKatakana} does that.
     */
    public static String normalize(String input) {
        if (input == null) {
            return null;
        }
        String nfkc = Normalizer.normalize(input, Normalizer.Form.NFKC);
        String spaced = WHITESPACE.matcher(nfkc).replaceAll(" ").strip();
        StringBuilder result = new StringBuilder(spaced.length());
        for (int i = 0; i < spaced.length(); i++) {
            char c = spaced.charAt(i);
            if (c == ' ') {
                result.append(IDEOGRAPHIC_SPACE);
            } else if (c >= HIRAGANA_FIRST && c <= HIRAGANA_LAST) {
                result.append((char) (c + HIRAGANA_TO_KATAKANA));
            } else if (Dashes.isDash(c) && followsKatakana(result)) {
                result.append(PROLONGED_SOUND_MARK);
            } else {
                result.append(c);
            }
        }
        return result.toString();
    }

    private static boolean followsKatakana(StringBuilder text) {
        if (text.length() == 0) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return last >= KATAKANA_FIRST && last <= PROLONGED_SOUND_MARK;
    }

    /**
     * Whether a normalised name is written in full-width katakana only: ァ..ヺ, the middle dot ・ (foreign names),
     * the prolonged sound mark ー, and the ideographic space between the parts. Kanji, Latin letters, digits and
     * leftover hiragana iteration marks are refused.
     */
    public static boolean isKatakana(String normalized) {
        if (normalized == null || normalized.isEmpty()) {
            return false;
        }
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            boolean allowed = (c >= KATAKANA_FIRST && c <= PROLONGED_SOUND_MARK) || c == IDEOGRAPHIC_SPACE;
            if (!allowed) {
                return false;
            }
        }
        return true;
    }
}
