package jp.member.members.validation;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The 47 prefectures in the order and with the codes of JIS X 0401, which government forms, postal-code data and
 * address APIs use; the code is what is stored. Each carries its Japanese name (with the 都/道/府/県 suffix, as
 * printed in an address) and its English name (for the English screens and letters).
 */
public enum Prefecture {
    HOKKAIDO("01", "北海道", "Hokkaido"),
    AOMORI("02", "青森県", "Aomori"),
    IWATE("03", "岩手県", "Iwate"),
    MIYAGI("04", "宮城県", "Miyagi"),
    AKITA("05", "秋田県", "Akita"),
    YAMAGATA("06", "山形県", "Yamagata"),
    FUKUSHIMA("07", "福島県", "Fukushima"),
    IBARAKI("08", "茨城県", "Ibaraki"),
    TOCHIGI("09", "栃木県", "Tochigi"),
    GUNMA("10", "群馬県", "Gunma"),
    SAITAMA("11", "埼玉県", "Saitama"),
    CHIBA("12", "千葉県", "Chiba"),
    TOKYO("13", "東京都", "Tokyo"),
    KANAGAWA("14", "神奈川県", "Kanagawa"),
    NIIGATA("15", "新潟県", "Niigata"),
    TOYAMA("16", "富山県", "Toyama"),
    ISHIKAWA("17", "石川県", "Ishikawa"),
    FUKUI("18", "福井県", "Fukui"),
    YAMANASHI("19", "山梨県", "Yamanashi"),
    NAGANO("20", "長野県", "Nagano"),
    GIFU("21", "岐阜県", "Gifu"),
    SHIZUOKA("22", "静岡県", "Shizuoka"),
    AICHI("23", "愛知県", "Aichi"),
    MIE("24", "三重県", "Mie"),
    SHIGA("25", "滋賀県", "Shiga"),
    KYOTO("26", "京都府", "Kyoto"),
    OSAKA("27", "大阪府", "Osaka"),
    HYOGO("28", "兵庫県", "Hyogo"),
    NARA("29", "奈良県", "Nara"),
    WAKAYAMA("30", "和歌山県", "Wakayama"),
    TOTTORI("31", "鳥取県", "Tottori"),
    SHIMANE("32", "島根県", "Shimane"),
    OKAYAMA("33", "岡山県", "Okayama"),
    HIROSHIMA("34", "広島県", "Hiroshima"),
    YAMAGUCHI("35", "山口県", "Yamaguchi"),
    TOKUSHIMA("36", "徳島県", "Tokushima"),
    KAGAWA("37", "香川県", "Kagawa"),
    EHIME("38", "愛媛県", "Ehime"),
    KOCHI("39", "高知県", "Kochi"),
    FUKUOKA("40", "福岡県", "Fukuoka"),
    SAGA("41", "佐賀県", "Saga"),
    NAGASAKI("42", "長崎県", "Nagasaki"),
    KUMAMOTO("43", "熊本県", "Kumamoto"),
    OITA("44", "大分県", "Oita"),
    MIYAZAKI("45", "宮崎県", "Miyazaki"),
    KAGOSHIMA("46", "鹿児島県", "Kagoshima"),
    OKINAWA("47", "沖縄県", "Okinawa");

    private static final Map<String, Prefecture> BY_KEY = index();

    private final String code;
    private final String japanese;
    private final String english;

    Prefecture(String code, String japanese, String english) {
        this.code = code;
        this.japanese = japanese;
        this.english = english;
    }

    /** The two-digit JIS X 0401 code, "01" (Hokkaido) to "47" (Okinawa). */
    public String code() {
        return code;
    }

    /** The Japanese name with its suffix, e.g. 東京都, 北海道, 大阪府, 青森県. */
    public String japanese() {
        return japanese;
    }

    /** The English name without suffix or macrons, e.g. Tokyo, Hyogo, Kochi. */
    public String english() {
        return english;
    }

    /**
     * The prefecture named by its two-digit code, its Japanese name with or without the 都/府/県 suffix (北海道 keeps
     * its name: 道 alone is not a shorter name people use), or its English name in any case; full-width digits and
     * letters are accepted. Empty when nothing matches.
     */
    public static Optional<Prefecture> of(String codeOrName) {
        if (codeOrName == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_KEY.get(key(codeOrName)));
    }

    private static String key(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Prefecture> index() {
        Map<String, Prefecture> byKey = new HashMap<>();
        for (Prefecture prefecture : values()) {
            byKey.put(prefecture.code, prefecture);
            byKey.put(prefecture.japanese, prefecture);
            byKey.put(key(prefecture.english), prefecture);
            if (prefecture != HOKKAIDO) {
                byKey.put(prefecture.japanese.substring(0, prefecture.japanese.length() - 1), prefecture);
            }
        }
        return Map.copyOf(byKey);
    }
}
