package jp.member.demo;

import java.util.HashMap;
import java.util.Map;

/**
 * Latin letters for a katakana reading, as people type their name into an e-mail address: kana by kana ("サトウ" →
 * "satou", "ショウタ" → "shouta", "ハットリ" → "hattori"), the way a Japanese keyboard's romaji input spells it. Derived
 * from the reading rather than kept as a third column in the name tables, so that spelling and reading can never disagree. Only
 * called while loading the tables; an unknown character there is a data error and fails the load.
 */
final class Romaji {

    private static final String SYLLABLES = "ア a イ i ウ u エ e オ o カ ka キ ki ク ku ケ ke コ ko ガ ga ギ gi グ gu ゲ ge ゴ go"
            + " サ sa シ shi ス su セ se ソ so ザ za ジ ji ズ zu ゼ ze ゾ zo タ ta チ chi ツ tsu テ te ト to"
            + " ダ da ヂ ji ヅ zu デ de ド do ナ na ニ ni ヌ nu ネ ne ノ no ハ ha ヒ hi フ fu ヘ he ホ ho"
            + " バ ba ビ bi ブ bu ベ be ボ bo パ pa ピ pi プ pu ペ pe ポ po マ ma ミ mi ム mu メ me モ mo"
            + " ヤ ya ユ yu ヨ yo ラ ra リ ri ル ru レ re ロ ro ワ wa ヲ wo ン n ヴ vu";

    private static final Map<Character, String> LATIN = latin();

    private Romaji() {}

    static String of(String katakana) {
        StringBuilder out = new StringBuilder(katakana.length() * 3);
        boolean doubleNext = false;
        for (int i = 0; i < katakana.length(); i++) {
            char c = katakana.charAt(i);
            switch (c) {
                case 'ッ' -> doubleNext = true;
                case 'ー' -> {
                    // an e-mail address has no letter for the long-vowel mark
                }
                case 'ャ', 'ュ', 'ョ' -> contract(out, "auo".charAt((c - 'ャ') / 2), katakana);
                case 'ァ', 'ィ', 'ゥ', 'ェ', 'ォ' -> replaceVowel(out, "aiueo".charAt((c - 'ァ') / 2), katakana);
                default -> {
                    String syllable = LATIN.get(c);
                    if (syllable == null) {
                        throw new IllegalArgumentException("not a katakana reading: " + katakana);
                    }
                    if (doubleNext) {
                        out.append(syllable.startsWith("ch") ? 't' : syllable.charAt(0));
                        doubleNext = false;
                    }
                    out.append(syllable);
                }
            }
        }
        return out.toString();
    }

    /** キ+ャ → kya, ヒ+ャ → hya, シ+ョ → sho, チ+ャ → cha, ジ+ュ → ju. */
    private static void contract(StringBuilder out, char vowel, String katakana) {
        int last = out.length() - 1;
        if (last < 1 || out.charAt(last) != 'i') {
            throw new IllegalArgumentException("small ya/yu/yo after a non-i syllable: " + katakana);
        }
        boolean shOrCh = last >= 2 && out.charAt(last - 1) == 'h' && "sc".indexOf(out.charAt(last - 2)) >= 0;
        if (shOrCh || out.charAt(last - 1) == 'j') {
            out.setLength(last);
        } else {
            out.setCharAt(last, 'y');
        }
        out.append(vowel);
    }

    /** フ+ァ → fa, テ+ィ → ti. */
    private static void replaceVowel(StringBuilder out, char vowel, String katakana) {
        int last = out.length() - 1;
        if (last < 0 || "aiueo".indexOf(out.charAt(last)) < 0) {
            throw new IllegalArgumentException("small vowel without a syllable before it: " + katakana);
        }
        out.setCharAt(last, vowel);
    }

    private static Map<Character, String> latin() {
        String[] parts = SYLLABLES.split(" ");
        Map<Character, String> map = new HashMap<>();
        for (int i = 0; i < parts.length; i += 2) {
            map.put(parts[i].charAt(0), parts[i + 1]);
        }
        return Map.copyOf(map);
    }
}
