package jp.member.members.control;

import java.text.Normalizer;

/**
 * The town (町域) of a row of Japan Post's postal-code file, as it goes into an address. The file's town name is
 * sometimes not a town: 「以下に掲載がない場合」 stands for every town of the city the file does not list, 「○○の次に番地
 * がくる場合」 for a city whose addresses go straight on with the block number, 「○○一円」 for the whole of ○○ — each of
 * these gives no town. Remarks in parentheses say which blocks, floors or buildings a code covers (「（次のビルを除く）」,
 * 「（１～１９丁目）」, 「（地階・階層不明）」, 「（その他）」); people do not write them in an address, so they are dropped.
 * A place called 一円 (滋賀県犬上郡多賀町一円) keeps its name.
 */
final class TownNames {

    static final String NOT_LISTED = "以下に掲載がない場合";
    static final String NUMBER_FOLLOWS = "の次に番地がくる場合";
    static final String WHOLE_AREA = "一円";

    private TownNames() {}

    /** The town of a file's (joined) town name: empty for none, without remarks in full-width parentheses. */
    static String town(String name) {
        String text = name.strip();
        if (text.equals(NOT_LISTED)
                || text.endsWith(NUMBER_FOLLOWS)
                || (text.endsWith(WHOLE_AREA) && text.length() > WHOLE_AREA.length())) {
            return "";
        }
        return withoutRemarks(text, '（', '）');
    }

    /**
     * The reading of the town in full-width katakana (the file has half-width): empty when the town is, and without
     * the remark, which the reading has in ASCII parentheses.
     */
    static String reading(String kana, String town) {
        if (town.isEmpty()) {
            return "";
        }
        return withoutRemarks(Normalizer.normalize(kana, Normalizer.Form.NFKC), '(', ')');
    }

    /** The readings of a city, in full-width katakana. */
    static String cityReading(String kana) {
        return Normalizer.normalize(kana, Normalizer.Form.NFKC).strip();
    }

    /** Whether a town name opens a parenthesis it does not close: the file continues it on the next row. */
    static boolean continues(String name) {
        return depth(name) > 0;
    }

    /** The text without any parenthesised part (nested ones included; an unclosed one runs to the end). */
    private static String withoutRemarks(String text, char open, char close) {
        StringBuilder kept = new StringBuilder(text.length());
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == open) {
                depth++;
            } else if (c == close && depth > 0) {
                depth--;
            } else if (depth == 0) {
                kept.append(c);
            }
        }
        return kept.toString().strip();
    }

    private static int depth(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '（') {
                depth++;
            } else if (c == '）' && depth > 0) {
                depth--;
            }
        }
        return depth;
    }
}
