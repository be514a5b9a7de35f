package jp.member.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Addresses in real municipalities with made-up streets: the city is real so that prefecture and city filters,
 * sorting and postal-code lookups meet realistic values, while town, numbers and building are combined at random so
 * that the address as a whole need not exist and points to nobody.
 */
final class Addresses {

    static final Addresses STANDARD = new Addresses(
            DataFile.rows("prefectures.tsv", 4), DataFile.rows("places.tsv", 3), DataFile.rows("towns.txt", 1));

    /** About one store per 150,000 inhabitants of the listed cities, at least two per prefecture. */
    private static final int INHABITANTS_PER_STORE_IN_THOUSANDS = 150;

    private static final String[] BUILDING_KINDS_BEFORE = {
        "メゾン", "コーポ", "ハイツ", "レジデンス", "パレス", "ヴィラ", "カーサ", "グランデ", "ドミール", "シャトー"
    };
    private static final String[] BUILDING_NAMES = {
        "桜", "青葉", "若葉", "欅", "楓", "朝日", "ひまわり", "白樺", "藤", "橘", "松風", "清流", "緑風", "陽光", "柊", "椿"
    };
    private static final String[] BUILDING_KINDS_AFTER = {"ハイツ", "コーポ", "荘", "マンション", "レジデンス", "ハウス", "コート", "テラス"};

    private final Weighted<Place> places;
    private final String[] towns;

    private Addresses(List<String[]> prefectureRows, List<String[]> placeRows, List<String[]> townRows) {
        Map<String, int[]> postalRanges = new HashMap<>();
        for (String[] row : prefectureRows) {
            postalRanges.put(row[0], new int[] {Integer.parseInt(row[2]), Integer.parseInt(row[3])});
        }
        if (postalRanges.size() != 47) {
            throw new IllegalStateException("expected the 47 prefectures, found " + postalRanges.size());
        }
        Map<String, Integer> inhabitants = new HashMap<>();
        for (String[] row : placeRows) {
            if (!postalRanges.containsKey(row[0])) {
                throw new IllegalStateException("unknown prefecture code " + row[0] + " for " + row[1]);
            }
            inhabitants.merge(row[0], Integer.parseInt(row[2]), Integer::sum);
        }
        if (inhabitants.size() != postalRanges.size()) {
            throw new IllegalStateException("every prefecture needs at least one place");
        }
        Map<String, List<String>> stores = new HashMap<>();
        inhabitants.forEach((code, thousands) -> stores.put(code, storeCodes(code, thousands)));
        List<Place> list = new ArrayList<>();
        int[] weights = new int[placeRows.size()];
        for (int i = 0; i < placeRows.size(); i++) {
            String[] row = placeRows.get(i);
            int[] postal = postalRanges.get(row[0]);
            list.add(new Place(row[0], row[1], postal[0], postal[1], stores.get(row[0])));
            weights[i] = Integer.parseInt(row[2]);
        }
        this.places = new Weighted<>(list, weights);
        this.towns = townRows.stream().map(row -> row[0]).toArray(String[]::new);
    }

    Place place(Draw draw) {
        return places.pick(draw);
    }

    List<Place> places() {
        return places.items();
    }

    /** Two digits from the prefecture's range, five at random. */
    String postalCode(Draw draw, Place place) {
        int prefix = place.postalFrom() + draw.below(place.postalTo() - place.postalFrom() + 1);
        int rest = draw.below(100_000);
        char[] digits = new char[7];
        digits[0] = (char) ('0' + prefix / 10);
        digits[1] = (char) ('0' + prefix % 10);
        for (int i = 6; i >= 2; i--) {
            digits[i] = (char) ('0' + rest % 10);
            rest /= 10;
        }
        return new String(digits);
    }

    /** Mostly "town N丁目 ban-go"; one in five without chome, as in many smaller towns ("栄町1234-5"). */
    String street(Draw draw) {
        String town = towns[draw.below(towns.length)];
        if (draw.chance(800)) {
            return town + (1 + draw.below(5)) + "丁目" + (1 + draw.below(30)) + "-" + (1 + draw.below(25));
        }
        return town + (1 + draw.below(2000)) + "-" + (1 + draw.below(30));
    }

    /** The town a street of {@link #street} starts with: everything before its first digit. */
    static String townOf(String street) {
        int end = 0;
        while (end < street.length() && (street.charAt(end) < '0' || street.charAt(end) > '9')) {
            end++;
        }
        return street.substring(0, end);
    }

    /** "メゾン桜 203" or "青葉ハイツ 105". */
    String building(Draw draw) {
        String name = BUILDING_NAMES[draw.below(BUILDING_NAMES.length)];
        String building = draw.chance(500)
                ? BUILDING_KINDS_BEFORE[draw.below(BUILDING_KINDS_BEFORE.length)] + name
                : name + BUILDING_KINDS_AFTER[draw.below(BUILDING_KINDS_AFTER.length)];
        return building + " " + (1 + draw.below(8)) + "0" + (1 + draw.below(8));
    }

    String storeCode(Draw draw, Place place) {
        List<String> codes = place.storeCodes();
        return codes.get(draw.below(codes.size()));
    }

    /** "S" + prefecture code + two-digit store number: "S1307" is store 7 in Tokyo. */
    private static List<String> storeCodes(String prefectureCode, int thousands) {
        int count = Math.max(2, Math.min(99, thousands / INHABITANTS_PER_STORE_IN_THOUSANDS));
        List<String> codes = new ArrayList<>();
        for (int number = 1; number <= count; number++) {
            codes.add("S" + prefectureCode + (number < 10 ? "0" : "") + number);
        }
        return List.copyOf(codes);
    }
}
