package jp.member.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The name tables: family names weighted by how common they are, and given names by gender and by the birth years
 * in which they were fashionable, so that a generated member's name suits their age.
 */
final class Names {

    static final Names STANDARD = new Names(DataFile.rows("family-names.tsv", 3), DataFile.rows("given-names.tsv", 6));

    private final Weighted<Name> family;
    private final Generations female;
    private final Generations male;
    private final Generations anyGender;

    private Names(List<String[]> familyRows, List<String[]> givenRows) {
        List<Name> families = new ArrayList<>();
        int[] familyWeights = new int[familyRows.size()];
        for (int i = 0; i < familyRows.size(); i++) {
            String[] row = familyRows.get(i);
            families.add(name(row[0], row[1]));
            familyWeights[i] = Integer.parseInt(row[2]);
        }
        this.family = new Weighted<>(families, familyWeights);
        List<GivenName> all = new ArrayList<>();
        for (String[] row : givenRows) {
            if (!row[2].equals("F") && !row[2].equals("M")) {
                throw new IllegalStateException("given name " + row[0] + ": gender must be F or M");
            }
            all.add(new GivenName(
                    name(row[0], row[1]),
                    row[2],
                    year(row[3], Integer.MIN_VALUE),
                    year(row[4], Integer.MAX_VALUE),
                    Integer.parseInt(row[5])));
        }
        this.female =
                new Generations(all.stream().filter(n -> n.gender.equals("F")).toList());
        this.male =
                new Generations(all.stream().filter(n -> n.gender.equals("M")).toList());
        this.anyGender = new Generations(all);
    }

    Name family(Draw draw) {
        return family.pick(draw);
    }

    /** A given name suiting the gender ("F", "M", or null for either) and the year of birth. */
    Name given(Draw draw, String gender, int birthYear) {
        Generations generations = gender == null ? anyGender : gender.equals("F") ? female : male;
        return generations.forYear(birthYear).pick(draw);
    }

    List<Name> familyNames() {
        return family.items();
    }

    private static Name name(String kanji, String kana) {
        if (kanji.isEmpty() || kanji.indexOf('\u3000') >= 0 || kanji.indexOf(' ') >= 0) {
            throw new IllegalStateException("name without spaces expected: " + kanji);
        }
        for (int i = 0; i < kana.length(); i++) {
            char c = kana.charAt(i);
            if (!(c >= '\u30A1' && c <= '\u30FA') && c != 'ー') {
                throw new IllegalStateException("reading of " + kanji + " is not full-width katakana");
            }
        }
        return new Name(kanji, kana, Romaji.of(kana));
    }

    private static int year(String field, int open) {
        return field.equals("*") ? open : Integer.parseInt(field);
    }

    private record GivenName(Name name, String gender, int fromYear, int toYear, int weight) {}

    /**
     * Given names cut into the periods between the first and last years of any name, so that each period has one
     * fixed weighted table and the hot path only finds its period.
     */
    private static final class Generations {

        private final int[] starts;
        private final List<Weighted<Name>> tables = new ArrayList<>();

        Generations(List<GivenName> names) {
            TreeSet<Integer> bounds = new TreeSet<>();
            for (GivenName n : names) {
                if (n.fromYear != Integer.MIN_VALUE) {
                    bounds.add(n.fromYear);
                }
                if (n.toYear != Integer.MAX_VALUE) {
                    bounds.add(n.toYear + 1);
                }
            }
            starts = bounds.stream().mapToInt(Integer::intValue).toArray();
            for (int period = 0; period <= starts.length; period++) {
                int year = period == 0 ? Integer.MIN_VALUE : starts[period - 1];
                List<Name> fitting = new ArrayList<>();
                List<Integer> weights = new ArrayList<>();
                for (GivenName n : names) {
                    if (n.fromYear <= year && year <= n.toYear) {
                        fitting.add(n.name);
                        weights.add(n.weight);
                    }
                }
                if (fitting.isEmpty()) {
                    throw new IllegalStateException("no given name for births from " + year);
                }
                tables.add(new Weighted<>(
                        fitting, weights.stream().mapToInt(Integer::intValue).toArray()));
            }
        }

        Weighted<Name> forYear(int year) {
            int period = 0;
            while (period < starts.length && starts[period] <= year) {
                period++;
            }
            return tables.get(period);
        }
    }
}
