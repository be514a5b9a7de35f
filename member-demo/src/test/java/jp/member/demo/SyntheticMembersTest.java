package jp.member.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The generated values stay synthetic, so assertions below count rule breakers rather than compare values: a failure
 * then reports how many members broke a rule, never a name, phone number or address.
 */
class SyntheticMembersTest {

    private static final LocalDate REFERENCE = LocalDate.of(2025, 4, 1);
    private static final long SEED = 20250401L;
    private static final Set<String> EXAMPLE_DOMAINS =
            Set.of("example.com", "example.jp", "example.net", "example.org");

    private static Stream<SyntheticMember> members(long seed, long count) {
        SyntheticMembers generator = new SyntheticMembers(seed, REFERENCE);
        return LongStream.range(0, count).mapToObj(generator::member);
    }

    @Test
    @DisplayName("the same seed and index give the same member, whatever was generated before")
    void sameSeedAndIndexGiveSameMember() {
        SyntheticMembers forwards = new SyntheticMembers(SEED, REFERENCE);
        SyntheticMembers backwards = new SyntheticMembers(SEED, REFERENCE);
        long[] indexes = {0, 1, 2, 12_345, 9_999_999, SyntheticMembers.CAPACITY - 1};

        List<SyntheticMember> first =
                LongStream.of(indexes).mapToObj(forwards::member).toList();
        List<SyntheticMember> second = LongStream.range(0, indexes.length)
                .map(i -> indexes[indexes.length - 1 - (int) i])
                .mapToObj(backwards::member)
                .toList();

        long differing = LongStream.range(0, indexes.length)
                .filter(i -> !first.get((int) i).equals(second.get(indexes.length - 1 - (int) i)))
                .count();
        assertThat(differing).isZero();
    }

    @Test
    @DisplayName("next() returns member 0, 1, 2 … in turn")
    void nextFollowsTheIndexes() {
        SyntheticMembers sequential = new SyntheticMembers(SEED, REFERENCE);
        SyntheticMembers indexed = new SyntheticMembers(SEED, REFERENCE);

        long differing = LongStream.range(0, 1_000)
                .filter(i -> !sequential.next().equals(indexed.member(i)))
                .count();

        assertThat(differing).isZero();
    }

    @Test
    @DisplayName("different seeds give different members at the same index")
    void differentSeedsDiffer() {
        SyntheticMembers one = new SyntheticMembers(1, REFERENCE);
        SyntheticMembers two = new SyntheticMembers(2, REFERENCE);

        long sameMember = LongStream.range(0, 1_000)
                .filter(i -> one.member(i).equals(two.member(i)))
                .count();
        long sameName = LongStream.range(0, 1_000)
                .filter(i -> one.member(i).nameKanji().equals(two.member(i).nameKanji()))
                .count();

        assertThat(sameMember).isZero();
        assertThat(sameName).isLessThan(50);
    }

    @Test
    @DisplayName("readings contain only full-width katakana, the long-vowel mark and the ideographic space")
    void kanaIsFullWidthKatakana() {
        long offending = members(SEED, 100_000)
                .filter(m ->
                        !m.nameKana().chars().allMatch(c -> (c >= 0x30A1 && c <= 0x30FA) || c == 'ー' || c == 0x3000))
                .count();

        assertThat(offending).isZero();
    }

    @Test
    @DisplayName("kanji name and reading each have exactly one U+3000 between non-empty family and given name")
    void oneIdeographicSpaceInEachName() {
        long offending = members(SEED, 100_000)
                .filter(m -> !oneInnerIdeographicSpace(m.nameKanji()) || !oneInnerIdeographicSpace(m.nameKana()))
                .count();

        assertThat(offending).isZero();
    }

    private static boolean oneInnerIdeographicSpace(String name) {
        int space = name.indexOf('\u3000');
        return space > 0 && space == name.lastIndexOf('\u3000') && space < name.length() - 1 && name.indexOf(' ') < 0;
    }

    @Test
    @DisplayName("names with characters outside the BMP (𠮷, 𡈽) occur, as surrogate pairs")
    void supplementaryCharactersOccur() {
        long withSurrogates = members(SEED, 100_000)
                .filter(m -> m.nameKanji().codePoints().anyMatch(Character::isSupplementaryCodePoint))
                .count();

        assertThat(withSurrogates).isPositive();
    }

    @Test
    @DisplayName("phone numbers and e-mail addresses are unique over 200,000 consecutive members")
    void contactDataIsUnique() {
        Set<String> phones = new HashSet<>();
        Set<String> emails = new HashSet<>();

        members(SEED, 200_000).forEach(m -> {
            phones.add(m.phone());
            emails.add(m.email());
        });

        assertThat(phones.size()).isEqualTo(200_000);
        assertThat(emails.size()).isEqualTo(200_000);
    }

    @Test
    @DisplayName("phone numbers are 11-digit mobile numbers starting 070, 080 or 090, never the 0800 free dial")
    void phonesAreMobileNumbers() {
        long offending = members(SEED, 100_000)
                .map(SyntheticMember::phone)
                .filter(p -> p.length() != 11
                        || !p.chars().allMatch(c -> c >= '0' && c <= '9')
                        || !(p.startsWith("070") || p.startsWith("080") || p.startsWith("090"))
                        || p.startsWith("0800"))
                .count();

        assertThat(offending).isZero();
    }

    @Test
    @DisplayName("e-mail addresses are lower-case ASCII on the reserved example domains only")
    void emailsUseExampleDomainsOnly() {
        long offending = members(SEED, 100_000)
                .map(SyntheticMember::email)
                .filter(e -> {
                    int at = e.indexOf('@');
                    return at < 1
                            || at != e.lastIndexOf('@')
                            || !EXAMPLE_DOMAINS.contains(e.substring(at + 1))
                            || !e.substring(0, at).chars().allMatch(SyntheticMembersTest::localPartCharacter);
                })
                .count();

        assertThat(offending).isZero();
    }

    private static boolean localPartCharacter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    }

    @Test
    @DisplayName("prefecture codes are 01 to 47 and every prefecture appears among 100,000 members")
    void everyPrefectureAppears() {
        Set<String> expected = LongStream.rangeClosed(1, 47)
                .mapToObj(code -> (code < 10 ? "0" : "") + code)
                .collect(Collectors.toCollection(TreeSet::new));

        Set<String> seen = members(SEED, 100_000)
                .map(SyntheticMember::prefectureCode)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(seen).isEqualTo(expected);
    }

    @Test
    @DisplayName("every member is 16 to 90 years old at the reference date")
    void agesWithinRange() {
        long offending = members(SEED, 100_000)
                .mapToInt(m -> Period.between(m.birthDate(), REFERENCE).getYears())
                .filter(age -> age < 16 || age > 90)
                .count();

        assertThat(offending).isZero();
    }

    @Test
    @DisplayName("enrolment lies in the ten years up to the reference date and not before the member turned 16")
    void enrolmentWithinTenYears() {
        LocalDate tenYearsBefore = REFERENCE.minusYears(10);

        long offending = members(SEED, 100_000)
                .filter(m -> m.enrolledOn().isBefore(tenYearsBefore)
                        || m.enrolledOn().isAfter(REFERENCE)
                        || m.enrolledOn().isBefore(m.birthDate().plusYears(16)))
                .count();

        assertThat(offending).isZero();
    }

    @Test
    @DisplayName(
            "web and app enrolments have no store; store and call-centre enrolments a store of the member's prefecture")
    void storeCodeFollowsChannel() {
        long offending = members(SEED, 100_000)
                .filter(m -> switch (m.channel()) {
                    case "WEB", "APP" -> m.storeCode() != null;
                    case "STORE", "CALL_CENTRE" ->
                        m.storeCode() == null
                                || m.storeCode().length() != 5
                                || !m.storeCode().startsWith("S" + m.prefectureCode());
                    default -> true;
                })
                .count();

        assertThat(offending).isZero();
    }

    @Test
    @DisplayName("postal codes are seven ASCII digits")
    void postalCodesAreSevenDigits() {
        long offending = members(SEED, 100_000)
                .map(SyntheticMember::postalCode)
                .filter(p -> p.length() != 7 || !p.chars().allMatch(c -> c >= '0' && c <= '9'))
                .count();

        assertThat(offending).isZero();
    }

    @Test
    @DisplayName("optional values are missing at realistic rates: building about 60 %, gender about 3 %")
    void missingValuesAtRealisticRates() {
        List<SyntheticMember> sample = members(SEED, 100_000).toList();

        long withoutBuilding = sample.stream().filter(m -> m.building() == null).count();
        long withoutGender = sample.stream().filter(m -> m.gender() == null).count();

        assertThat(withoutBuilding).isBetween(57_000L, 63_000L);
        assertThat(withoutGender).isBetween(2_500L, 3_500L);
    }

    @Test
    @DisplayName("consents are given at realistic rates: e-mail 55 %, post 40 %, SMS 25 %, phone 10 %")
    void consentRates() {
        List<SyntheticMember> sample = members(SEED, 100_000).toList();

        assertThat(sample.stream().filter(SyntheticMember::consentEmail).count())
                .isBetween(53_000L, 57_000L);
        assertThat(sample.stream().filter(SyntheticMember::consentPost).count()).isBetween(38_000L, 42_000L);
        assertThat(sample.stream().filter(SyntheticMember::consentSms).count()).isBetween(23_000L, 27_000L);
        assertThat(sample.stream().filter(SyntheticMember::consentPhone).count())
                .isBetween(9_000L, 11_000L);
    }

    @Test
    @DisplayName("the tables hold at least 100 family names and 150 places covering all 47 prefectures")
    void tablesAreLargeEnough() {
        List<Place> places = Addresses.STANDARD.places();

        assertThat(Names.STANDARD.familyNames().size()).isGreaterThanOrEqualTo(100);
        assertThat(places.size()).isGreaterThanOrEqualTo(150);
        assertThat(places.stream().map(Place::prefectureCode).distinct()).hasSize(47);
    }

    @Test
    @DisplayName("an index outside the capacity is refused rather than repeating contact data")
    void indexOutsideCapacityRefused() {
        SyntheticMembers generator = new SyntheticMembers(SEED, REFERENCE);

        assertThatIllegalArgumentException().isThrownBy(() -> generator.member(-1));
        assertThatIllegalArgumentException().isThrownBy(() -> generator.member(SyntheticMembers.CAPACITY));
    }

    @Test
    @DisplayName("100,000 members can be generated in one go (a sanity check, not a timing)")
    void generatesManyMembers() {
        SyntheticMembers generator = new SyntheticMembers(SEED, REFERENCE);

        long generated = Stream.generate(generator::next)
                .limit(100_000)
                .filter(Objects::nonNull)
                .count();

        assertThat(generated).isEqualTo(100_000);
    }
}
