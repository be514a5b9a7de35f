package jp.member.incidents.rules;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The expected compensation of a leak by the JNSA damage operation model (JO model), in whole yen, long arithmetic
 * only. Per member:
 *
 * <pre>
 * 500 (基礎情報価値) × 機微情報度 × 本人特定容易度 × 社会的責任度 × 事後対応評価
 * </pre>
 *
 * <ul>
 *   <li>機微情報度 ({@link #sensitivity}): the highest {@code 10^(x−1) + 5^(y−1)} over the exposed items, x the
 *       mental-distress and y the economic-loss level of an item (1 to 3 each; from 2 for (1,1) to 125 for (3,3));
 *   <li>本人特定容易度 ({@link #identifiability}): 6 with a name and an address, 3 with a name or an address and a
 *       phone number, else 1;
 *   <li>社会的責任度: 1, or 2 for an organisation held to more than the usual standard (setting);
 *   <li>事後対応評価 ({@link ResponseRating}): 2 for an inappropriate response, else 1.
 * </ul>
 *
 * <p>The model estimates compensation (慰謝料) only: no investigation, call centre, vouchers, lost sales or fines. A
 * page shows it as "JNSA-model expected damages", not as the cost of a leak.
 */
public final class JnsaModel {

    /** 基礎情報価値: the model's base value of one person's data, in yen. */
    public static final long BASE_VALUE = 500;

    public static final String SOCIAL_RESPONSIBILITY = "incident.jnsa.socialResponsibility";

    /** The prefix of an item's levels, e.g. {@code incident.jnsa.level.points_history=1,2}. */
    public static final String LEVEL_PREFIX = "incident.jnsa.level.";

    /** The items that make a person identifiable by name. */
    public static final Set<String> NAME_ITEMS = Set.of("name_kanji", "name_kana");

    /**
     * The items that count as an address: the street (町名・番地) or the building. Prefecture, city and postal code
     * alone point to an area of thousands of people, not to a person, so they do not.
     */
    public static final Set<String> ADDRESS_ITEMS = Set.of("street", "building");

    /** The item that is a phone number. */
    public static final String PHONE_ITEM = "phone";

    /**
     * The built-in levels: the member's own data is (1,1) as the JNSA examples have name, address, birth date, sex,
     * phone and e-mail; the points history is a purchase history, (1,2) in the 2003 table. Any item not listed and not
     * configured is (1,1).
     */
    static final Map<String, Level> DEFAULT_LEVELS = Map.ofEntries(
            Map.entry("name_kanji", Level.LOWEST),
            Map.entry("name_kana", Level.LOWEST),
            Map.entry("birth_date", Level.LOWEST),
            Map.entry("gender", Level.LOWEST),
            Map.entry("postal_code", Level.LOWEST),
            Map.entry("prefecture", Level.LOWEST),
            Map.entry("city", Level.LOWEST),
            Map.entry("street", Level.LOWEST),
            Map.entry("building", Level.LOWEST),
            Map.entry("phone", Level.LOWEST),
            Map.entry("email", Level.LOWEST),
            Map.entry("member_number", Level.LOWEST),
            Map.entry("points_history", new Level(1, 2)));

    private static final Pattern LEVEL = Pattern.compile("([1-3])\\s*,\\s*([1-3])");

    private final Function<String, Optional<String>> setting;
    private final int socialResponsibility;

    private JnsaModel(Function<String, Optional<String>> setting, int socialResponsibility) {
        this.setting = setting;
        this.socialResponsibility = socialResponsibility;
    }

    /** The model with the built-in levels and a usual social responsibility (1). */
    public static JnsaModel defaults() {
        return from(key -> Optional.empty());
    }

    /**
     * The model as configured: {@value #SOCIAL_RESPONSIBILITY} is 1 or 2 (default 1), and {@code
     * incident.jnsa.level.<item>} gives an item's levels as {@code x,y}, each 1 to 3 (e.g. {@code 3,3}). A missing or
     * unreadable value takes the built-in default, never an exception. Item levels are looked up when an item is
     * valued, so a custom field's levels can be configured by its key without a change here.
     *
     * @param setting the configuration, e.g. {@code settings::value}
     */
    public static JnsaModel from(Function<String, Optional<String>> setting) {
        Objects.requireNonNull(setting, "setting");
        int responsibility = (int) SettingValues.longIn(setting, SOCIAL_RESPONSIBILITY, 1, 2, 1);
        return new JnsaModel(setting, responsibility);
    }

    /** 社会的責任度 as configured: 1 or 2. */
    public int socialResponsibility() {
        return socialResponsibility;
    }

    /** An item's levels: configured, else built in, else (1,1). */
    public Level level(String item) {
        Objects.requireNonNull(item, "item");
        Optional<Level> configured = SettingValues.raw(setting, LEVEL_PREFIX + item)
                .map(LEVEL::matcher)
                .filter(Matcher::matches)
                .map(m -> new Level(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        return configured.orElseGet(() -> DEFAULT_LEVELS.getOrDefault(item, Level.LOWEST));
    }

    /** 機微情報度: the highest sensitivity of the items, 0 when there are none (nothing exposed has no value). */
    public int sensitivity(Set<String> exposedItems) {
        return exposedItems.stream()
                .mapToInt(item -> level(item).sensitivity())
                .max()
                .orElse(0);
    }

    /**
     * 本人特定容易度: 6 when a name ({@link #NAME_ITEMS}) and an address ({@link #ADDRESS_ITEMS}) are exposed; 3 with a
     * name alone, or an address with a phone number; otherwise 1.
     */
    public int identifiability(Set<String> exposedItems) {
        boolean name = exposedItems.stream().anyMatch(NAME_ITEMS::contains);
        boolean address = exposedItems.stream().anyMatch(ADDRESS_ITEMS::contains);
        boolean phone = exposedItems.contains(PHONE_ITEM);
        if (name && address) {
            return 6;
        }
        if (name || (address && phone)) {
            return 3;
        }
        return 1;
    }

    /**
     * The expected compensation for one member whose data items {@code exposedItems} were exposed, in yen.
     *
     * @throws ArithmeticException if it does not fit in a {@code long} (it cannot with the model's factors)
     */
    public long perMember(Set<String> exposedItems, ResponseRating r) {
        Objects.requireNonNull(r, "rating");
        long value = Math.multiplyExact(BASE_VALUE, sensitivity(exposedItems));
        value = Math.multiplyExact(value, identifiability(exposedItems));
        value = Math.multiplyExact(value, socialResponsibility);
        return Math.multiplyExact(value, r.factor());
    }

    /**
     * The expected compensation for an incident, in yen: for each group of members who had the same items exposed,
     * {@link #perMember} times the members, summed.
     *
     * @param membersByItemSet the members per set of exposed items
     * @throws IllegalArgumentException if a count is negative
     * @throws ArithmeticException if the total does not fit in a {@code long}
     */
    public long forIncident(Map<Set<String>, Long> membersByItemSet, ResponseRating r) {
        long total = 0;
        for (Map.Entry<Set<String>, Long> group : membersByItemSet.entrySet()) {
            long members = group.getValue();
            if (members < 0) {
                throw new IllegalArgumentException("member counts are zero or more");
            }
            total = Math.addExact(total, Math.multiplyExact(perMember(group.getKey(), r), members));
        }
        return total;
    }

    /**
     * An item's place on the JNSA EP map.
     *
     * @param distress 精神的苦痛レベル, 1 to 3
     * @param economic 経済的損失レベル, 1 to 3
     */
    public record Level(int distress, int economic) {

        /** (1,1): the level of a name, an address, a phone number. */
        public static final Level LOWEST = new Level(1, 1);

        /** @throws IllegalArgumentException unless both levels are 1 to 3 */
        public Level {
            if (distress < 1 || distress > 3 || economic < 1 || economic > 3) {
                throw new IllegalArgumentException("JNSA levels are 1 to 3");
            }
        }

        /** {@code 10^(x−1) + 5^(y−1)}: 2, 6, 26 / 11, 15, 35 / 101, 105, 125. */
        public int sensitivity() {
            return power(10, distress - 1) + power(5, economic - 1);
        }

        private static int power(int base, int exponent) {
            int result = 1;
            for (int i = 0; i < exponent; i++) {
                result *= base;
            }
            return result;
        }
    }

    /** 事後対応評価: how the business responded, as a factor. */
    public enum ResponseRating {
        /** 適切な対応: factor 1. */
        APPROPRIATE(1),
        /** 不適切な対応: factor 2. */
        INAPPROPRIATE(2),
        /** 不明・その他: factor 1. */
        UNKNOWN(1);

        private final int factor;

        ResponseRating(int factor) {
            this.factor = factor;
        }

        /** The factor in the formula. */
        public int factor() {
            return factor;
        }
    }
}
