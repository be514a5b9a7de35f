package jp.member.demo;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.member.members.validation.Prefecture;

/**
 * The format of Japan Post's postal-code file (KEN_ALL.CSV): one row per town, 15 columns (全国地方公共団体コード,
 * 旧郵便番号, 郵便番号, the readings of prefecture, city and town, 都道府県名, 市区町村名, 町域名, six flags), names in
 * double quotes, CRLF, Shift_JIS (as Windows writes it, Windows-31J). Written for the demo — the towns the synthetic
 * members live in, so that in demo mode a demo member's postal code fills in the address — and for tests that need
 * a file of their own.
 */
public final class KenAllCsv {

    public static final Charset CHARSET = Charset.forName("windows-31j");

    private static final String LINE_END = "\r\n";

    private KenAllCsv() {}

    /**
     * One row. The local government code is made up from the prefecture's code (its first two digits are the
     * prefecture's, as in the real file); the readings may be empty.
     */
    public record Row(
            String postalCode, Prefecture prefecture, String city, String town, String cityKana, String townKana) {

        /** A row without readings. */
        public static Row of(String postalCode, Prefecture prefecture, String city, String town) {
            return new Row(postalCode, prefecture, city, town, "", "");
        }
    }

    /** The rows as the file's bytes; a code with several towns gets the file's flag for that on each of its rows. */
    public static byte[] bytes(List<Row> rows) {
        Map<String, Integer> towns = new HashMap<>();
        rows.forEach(r -> towns.merge(r.postalCode(), 1, Integer::sum));
        StringBuilder file = new StringBuilder(rows.size() * 96);
        for (Row r : rows) {
            file.append(line(r, towns.get(r.postalCode()) > 1)).append(LINE_END);
        }
        return file.toString().getBytes(CHARSET);
    }

    /** The town of each of the first {@code count} members of the generator: their postal code, city and town. */
    public static List<Row> ofMembers(SyntheticMembers generator, int count) {
        List<Row> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            SyntheticMember m = generator.member(i);
            Prefecture prefecture = Prefecture.of(m.prefectureCode()).orElseThrow();
            rows.add(Row.of(m.postalCode(), prefecture, m.city(), Addresses.townOf(m.street())));
        }
        return rows;
    }

    private static String line(Row r, boolean severalTowns) {
        String local = r.prefecture().code() + "000";
        return String.join(
                ",",
                local,
                quoted(r.postalCode().substring(0, 3) + "  "),
                quoted(r.postalCode()),
                quoted(""),
                quoted(r.cityKana()),
                quoted(r.townKana()),
                quoted(r.prefecture().japanese()),
                quoted(r.city()),
                quoted(r.town()),
                "0",
                "0",
                "0",
                severalTowns ? "1" : "0",
                "0",
                "0");
    }

    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
