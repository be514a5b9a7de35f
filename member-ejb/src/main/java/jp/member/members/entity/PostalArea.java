package jp.member.members.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import jp.member.members.validation.Limits;
import jp.member.members.validation.PostalCode;
import jp.member.members.validation.Prefecture;

/**
 * One town (町域) a postal code stands for, as Japan Post's postal-code file lists it after its quirks are dealt with
 * ({@code control.KenAllFile}): the prefecture, the city (市区町村) and the town, with their readings. The town is
 * empty where the code stands for the whole city, or for every town of it the file does not list. A code may stand
 * for several towns. Written only by the import, which replaces all rows at once ({@code control.PostalAreaTable}).
 */
@Entity
@Table(name = "postal_area")
@NamedQuery(
        name = PostalArea.FIND_BY_CODE,
        query = "SELECT a FROM PostalArea a WHERE a.postalCode = :postalCode ORDER BY a.id")
public class PostalArea {

    public static final String FIND_BY_CODE = "PostalArea.findByCode";

    /** A town goes into the street field (町名・番地), so it is never longer than a street. */
    public static final int TOWN_MAX = Limits.STREET_MAX;

    public static final int CITY_KANA_MAX = 100;
    public static final int TOWN_KANA_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "postal_code", nullable = false, updatable = false, length = 7)
    private String postalCode;

    @Convert(converter = PrefectureConverter.class)
    @Column(name = "prefecture_code", nullable = false, updatable = false, length = 2)
    private Prefecture prefecture;

    @Column(nullable = false, updatable = false, length = Limits.CITY_MAX)
    private String city;

    @Column(nullable = false, updatable = false, length = TOWN_MAX)
    private String town;

    @Column(name = "city_kana", nullable = false, updatable = false, length = CITY_KANA_MAX)
    private String cityKana;

    @Column(name = "town_kana", nullable = false, updatable = false, length = TOWN_KANA_MAX)
    private String townKana;

    protected PostalArea() {}

    /**
     * @param postalCode seven ASCII digits
     * @param town the town, empty for none
     * @throws IllegalArgumentException when a value breaks the column's rules (the import checks them first and
     *     reports the row instead)
     */
    public PostalArea(
            String postalCode, Prefecture prefecture, String city, String town, String cityKana, String townKana) {
        if (postalCode == null || !PostalCode.normalize(postalCode).orElse("").equals(postalCode)) {
            throw new IllegalArgumentException("a postal code is seven ASCII digits");
        }
        if (city == null || city.isBlank() || !Limits.within(city, Limits.CITY_MAX)) {
            throw new IllegalArgumentException("a city is 1 to " + Limits.CITY_MAX + " characters");
        }
        if (!Limits.within(Objects.requireNonNull(town, "town"), TOWN_MAX)
                || !Limits.within(Objects.requireNonNull(cityKana, "cityKana"), CITY_KANA_MAX)
                || !Limits.within(Objects.requireNonNull(townKana, "townKana"), TOWN_KANA_MAX)) {
            throw new IllegalArgumentException("a town or reading is longer than its column");
        }
        this.postalCode = postalCode;
        this.prefecture = Objects.requireNonNull(prefecture, "prefecture");
        this.city = city;
        this.town = town;
        this.cityKana = cityKana;
        this.townKana = townKana;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public Prefecture getPrefecture() {
        return prefecture;
    }

    public String getCity() {
        return city;
    }

    public String getTown() {
        return town;
    }

    public String getCityKana() {
        return cityKana;
    }

    public String getTownKana() {
        return townKana;
    }

    @Override
    public String toString() {
        return "PostalArea[" + postalCode + "]";
    }
}
