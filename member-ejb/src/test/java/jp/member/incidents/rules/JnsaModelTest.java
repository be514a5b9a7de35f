package jp.member.incidents.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.member.incidents.rules.JnsaModel.Level;
import jp.member.incidents.rules.JnsaModel.ResponseRating;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The JNSA JO model against values computed by hand. */
class JnsaModelTest {

    /** The member record as a leak of the whole row exposes it. */
    private static final Set<String> MEMBER_ROW =
            Set.of("name_kanji", "name_kana", "birth_date", "prefecture", "city", "street", "phone", "email");

    private static final JnsaModel DEFAULTS = JnsaModel.defaults();

    private static JnsaModel configured(Map<String, String> values) {
        return JnsaModel.from(key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    @DisplayName("name, kana, birth date, address, phone, e-mail: 500 × 2 × 6 = ¥6,000 per member")
    void memberRow() {
        assertThat(DEFAULTS.sensitivity(MEMBER_ROW)).isEqualTo(2);
        assertThat(DEFAULTS.identifiability(MEMBER_ROW)).isEqualTo(6);
        assertThat(DEFAULTS.perMember(MEMBER_ROW, ResponseRating.APPROPRIATE)).isEqualTo(6_000);
    }

    @Test
    @DisplayName("with the points history, a purchase history at (1,2): 500 × 6 × 6 = ¥18,000")
    void withPointsHistory() {
        Set<String> items = new HashSet<>(MEMBER_ROW);
        items.add("points_history");

        assertThat(DEFAULTS.sensitivity(items)).isEqualTo(6);
        assertThat(DEFAULTS.perMember(items, ResponseRating.APPROPRIATE)).isEqualTo(18_000);
    }

    @Test
    @DisplayName("social responsibility 2 and an inappropriate response multiply by 4: ¥24,000 and ¥72,000")
    void responsibilityAndResponse() {
        JnsaModel model = configured(Map.of("incident.jnsa.socialResponsibility", "2"));
        Set<String> withHistory = new HashSet<>(MEMBER_ROW);
        withHistory.add("points_history");

        assertThat(model.socialResponsibility()).isEqualTo(2);
        assertThat(model.perMember(MEMBER_ROW, ResponseRating.INAPPROPRIATE)).isEqualTo(24_000);
        assertThat(model.perMember(withHistory, ResponseRating.INAPPROPRIATE)).isEqualTo(72_000);
        assertThat(model.perMember(MEMBER_ROW, ResponseRating.APPROPRIATE)).isEqualTo(12_000);
        assertThat(DEFAULTS.perMember(MEMBER_ROW, ResponseRating.INAPPROPRIATE)).isEqualTo(12_000);
        assertThat(DEFAULTS.perMember(MEMBER_ROW, ResponseRating.UNKNOWN)).isEqualTo(6_000);
    }

    @ParameterizedTest(name = "{0} → identifiability {1}, ¥{2}")
    @CsvSource(
            delimiter = ';',
            value = {
                "name_kanji; 3; 3000",
                "name_kana; 3; 3000",
                "phone; 1; 1000",
                "email; 1; 1000",
                "street, phone; 3; 3000",
                "building, phone; 3; 3000",
                "street; 1; 1000",
                "prefecture, city, postal_code, phone; 1; 1000",
                "name_kana, building; 6; 6000",
                "name_kanji, street; 6; 6000",
                "name_kanji, phone; 3; 3000",
                "member_number, points_balance; 1; 1000"
            })
    @DisplayName("a name and an address (street or building) make 6; a name, or an address with a phone, 3; else 1")
    void identifiability(String items, int identifiability, long yen) {
        Set<String> set = Set.of(items.split(",\\s*"));

        assertThat(DEFAULTS.identifiability(set)).isEqualTo(identifiability);
        assertThat(DEFAULTS.perMember(set, ResponseRating.APPROPRIATE)).isEqualTo(yen);
    }

    @ParameterizedTest(name = "({0},{1}) → {2}")
    @CsvSource({"1,1,2", "1,2,6", "1,3,26", "2,1,11", "2,2,15", "2,3,35", "3,1,101", "3,2,105", "3,3,125"})
    @DisplayName("sensitivity is 10^(x−1) + 5^(y−1) over the EP map")
    void sensitivityTable(int distress, int economic, int sensitivity) {
        assertThat(new Level(distress, economic).sensitivity()).isEqualTo(sensitivity);
    }

    @Test
    @DisplayName("an item configured 3,3 has sensitivity 125: alone, 500 × 125 × 1 = ¥62,500; the highest item counts")
    void configuredLevel() {
        JnsaModel model = configured(Map.of("incident.jnsa.level.custom_religion", "3,3"));

        assertThat(model.level("custom_religion")).isEqualTo(new Level(3, 3));
        assertThat(model.sensitivity(Set.of("custom_religion"))).isEqualTo(125);
        assertThat(model.perMember(Set.of("custom_religion"), ResponseRating.APPROPRIATE))
                .isEqualTo(62_500);
        assertThat(model.perMember(Set.of("custom_religion", "name_kanji", "street"), ResponseRating.APPROPRIATE))
                .isEqualTo(500L * 125 * 6);
    }

    @Test
    @DisplayName("configuration overrides a built-in level; an item neither built in nor configured is (1,1)")
    void overridesAndUnknown() {
        JnsaModel model = configured(Map.of("incident.jnsa.level.points_history", " 1 , 3 "));

        assertThat(model.level("points_history")).isEqualTo(new Level(1, 3));
        assertThat(model.sensitivity(Set.of("points_history"))).isEqualTo(26);
        assertThat(DEFAULTS.level("points_history")).isEqualTo(new Level(1, 2));
        assertThat(DEFAULTS.level("custom_favourite_colour")).isEqualTo(Level.LOWEST);
    }

    @Test
    @DisplayName("every personal field of the member record is built in at (1,1)")
    void builtInPersonalFields() {
        for (String item : Set.of(
                "name_kanji",
                "name_kana",
                "birth_date",
                "gender",
                "postal_code",
                "prefecture",
                "city",
                "street",
                "building",
                "phone",
                "email",
                "member_number")) {
            assertThat(DEFAULTS.level(item)).as(item).isEqualTo(Level.LOWEST);
        }
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "4,1", "1,0", "1", "a,b", "1,2,3", "1;2", "-1,1"})
    @DisplayName("an unreadable level takes the built-in one, without an exception")
    void badLevel(String bad) {
        JnsaModel model = configured(Map.of("incident.jnsa.level.points_history", bad));

        assertThat(model.level("points_history")).isEqualTo(new Level(1, 2));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"0", "3", "-1", "high", "1.5"})
    @DisplayName("a social responsibility other than 1 or 2 is 1")
    void badResponsibility(String bad) {
        assertThat(configured(Map.of("incident.jnsa.socialResponsibility", bad)).socialResponsibility())
                .isEqualTo(1);
    }

    @Test
    @DisplayName("no items exposed is worth nothing")
    void nothingExposed() {
        assertThat(DEFAULTS.sensitivity(Set.of())).isZero();
        assertThat(DEFAULTS.perMember(Set.of(), ResponseRating.INAPPROPRIATE)).isZero();
    }

    @Test
    @DisplayName("an incident sums each group of identical item sets: 1,000 × ¥6,000 + 10 × ¥3,000 + 5 × ¥0")
    void forIncident() {
        Map<Set<String>, Long> groups = new LinkedHashMap<>();
        groups.put(MEMBER_ROW, 1_000L);
        groups.put(Set.of("name_kanji"), 10L);
        groups.put(Set.of(), 5L);

        assertThat(DEFAULTS.forIncident(groups, ResponseRating.APPROPRIATE)).isEqualTo(6_030_000);
        assertThat(DEFAULTS.forIncident(groups, ResponseRating.INAPPROPRIATE)).isEqualTo(12_060_000);
        assertThat(DEFAULTS.forIncident(Map.of(), ResponseRating.APPROPRIATE)).isZero();
    }

    @Test
    @DisplayName("a million members with the whole row: ¥6,000,000,000, exact in long arithmetic")
    void aMillion() {
        assertThat(DEFAULTS.forIncident(Map.of(MEMBER_ROW, 1_000_000L), ResponseRating.APPROPRIATE))
                .isEqualTo(6_000_000_000L);
    }

    @Test
    @DisplayName("a negative count is refused; a total beyond a long is an error, not a wrong number")
    void refused() {
        assertThatThrownBy(() -> DEFAULTS.forIncident(Map.of(MEMBER_ROW, -1L), ResponseRating.APPROPRIATE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DEFAULTS.forIncident(Map.of(MEMBER_ROW, Long.MAX_VALUE), ResponseRating.APPROPRIATE))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> new Level(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Level(1, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("response ratings: appropriate 1, inappropriate 2, unknown 1")
    void ratings() {
        assertThat(ResponseRating.APPROPRIATE.factor()).isEqualTo(1);
        assertThat(ResponseRating.INAPPROPRIATE.factor()).isEqualTo(2);
        assertThat(ResponseRating.UNKNOWN.factor()).isEqualTo(1);
    }
}
