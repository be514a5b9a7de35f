package jp.member.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A reproducible source of synthetic members for demo data and the bulk-import benchmark.
 *
 * <p>Member number {@code i} depends only on the seed, the reference date and {@code i}: each member draws from its
 * own random stream, keyed by the seed and the index. The same call therefore gives the same member on any machine
 * and in any order, so a benchmark can split the index range across threads and still import exactly the members a
 * single thread would, and a surprising member can be regenerated from its index.
 *
 * <p>Phone numbers and e-mail addresses are unique among the first {@link #CAPACITY} members of a seed without any
 * bookkeeping: both come from a keyed permutation of the index (see {@link Scramble}). E-mail addresses use only the
 * reserved example domains, and the names, towns and numbers are drawn at random from common values, so no member is
 * a real person and no contact detail reaches anyone.
 *
 * <p>{@link #member(long)} may be called from any thread; {@link #next()} keeps a position and is for one thread.
 */
public final class SyntheticMembers {

    /** How many members a seed can produce before phone numbers and e-mail addresses would repeat. */
    public static final long CAPACITY = Scramble.SIZE;

    private static final int MIN_AGE = 16;
    private static final int MAX_AGE = 90;
    private static final int ENROLMENT_YEARS = 10;

    /** Member share by age in thousandths, linear in between: few teenagers, most in their 40s and 50s. */
    private static final int[][] AGE_SHAPE = {
        {16, 40}, {20, 70}, {30, 85}, {40, 95}, {50, 110}, {55, 100}, {65, 85}, {75, 80}, {80, 50}, {85, 25}, {90, 10}
    };

    private static final Weighted<Integer> AGES = ages();
    private static final Weighted<String> CHANNELS =
            new Weighted<>(List.of("STORE", "WEB", "APP", "CALL_CENTRE"), new int[] {700, 140, 130, 30});
    private static final Weighted<String> MOBILE_PREFIXES =
            new Weighted<>(List.of("090", "080", "070"), new int[] {50, 35, 15});
    private static final String[] DOMAINS = {"example.jp", "example.com", "example.net", "example.org"};
    private static final char[] BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();
    /** 21 × 10^8 still fits six base-36 characters (36^6 ≈ 2.18 × 10^9). */
    private static final int TOKEN_SPREAD = 21;

    private static final long INDEX_STEP = 0xBF58476D1CE4E5B9L;
    private static final long PHONE_KEY = 0x243F6A8885A308D3L;
    private static final long EMAIL_KEY = 0x13198A2E03707344L;
    private static final int FREE_DIAL_SUBSCRIBERS = 10_000_000;

    private final long seedKey;

    private final Scramble phones;
    private final Scramble emails;
    private final long[] earliestBirth = new long[MAX_AGE + 1];
    private final long[] latestBirth = new long[MAX_AGE + 1];
    private final long enrolmentStart;
    private final long referenceDay;
    private long nextIndex;

    /**
     * @param seed selects one population; the same seed gives the same members
     * @param referenceDate "today" for the generated data: ages are counted and enrolment dates end here, so that
     *     a test's expectations do not drift with the calendar
     */
    public SyntheticMembers(long seed, LocalDate referenceDate) {
        Objects.requireNonNull(referenceDate, "referenceDate");
        this.seedKey = Draw.mix(seed);
        this.phones = new Scramble(Draw.mix(seedKey ^ PHONE_KEY));
        this.emails = new Scramble(Draw.mix(seedKey ^ EMAIL_KEY));
        for (int age = MIN_AGE; age <= MAX_AGE; age++) {
            latestBirth[age] = referenceDate.minusYears(age).toEpochDay();
            earliestBirth[age] = referenceDate.minusYears(age + 1L).plusDays(1).toEpochDay();
        }
        this.enrolmentStart = referenceDate.minusYears(ENROLMENT_YEARS).toEpochDay();
        this.referenceDay = referenceDate.toEpochDay();
    }

    /** The member after the one {@code next()} returned last, starting with member 0. */
    public SyntheticMember next() {
        return member(nextIndex++);
    }

    /**
     * The member with this index, 0 to {@link #CAPACITY} - 1.
     *
     * @throws IllegalArgumentException outside that range, where contact data would no longer be unique
     */
    public SyntheticMember member(long index) {
        if (index < 0 || index >= CAPACITY) {
            throw new IllegalArgumentException("index outside 0.." + (CAPACITY - 1) + ": " + index);
        }
        Draw draw = new Draw(Draw.mix(seedKey + index * INDEX_STEP));
        String gender = gender(draw);
        LocalDate birthDate = birthDate(draw);
        Name family = Names.STANDARD.family(draw);
        Name given = Names.STANDARD.given(draw, gender, birthDate.getYear());
        Place place = Addresses.STANDARD.place(draw);
        String postalCode = Addresses.STANDARD.postalCode(draw, place);
        String street = Addresses.STANDARD.street(draw);
        String building = draw.chance(400) ? Addresses.STANDARD.building(draw) : null;
        String phone = phone(draw, (int) index);
        String email = email(draw, family, given, (int) index);
        LocalDate enrolledOn = enrolledOn(draw, birthDate);
        String channel = CHANNELS.pick(draw);
        String storeCode =
                channel.equals("WEB") || channel.equals("APP") ? null : Addresses.STANDARD.storeCode(draw, place);
        return new SyntheticMember(
                family.kanji() + '\u3000' + given.kanji(),
                family.kana() + '\u3000' + given.kana(),
                birthDate,
                gender,
                postalCode,
                place.prefectureCode(),
                place.city(),
                street,
                building,
                phone,
                email,
                enrolledOn,
                channel,
                storeCode,
                draw.chance(400),
                draw.chance(550),
                draw.chance(100),
                draw.chance(250));
    }

    /** Loyalty schemes skew female; a few members leave the question open. */
    private static String gender(Draw draw) {
        int roll = draw.below(1000);
        if (roll < 30) {
            return null;
        }
        return roll < 580 ? "F" : "M";
    }

    private LocalDate birthDate(Draw draw) {
        int age = AGES.pick(draw);
        long earliest = earliestBirth[age];
        return LocalDate.ofEpochDay(earliest + draw.below((int) (latestBirth[age] - earliest + 1)));
    }

    /** Within the last ten years, and not before the member turned 16. */
    private LocalDate enrolledOn(Draw draw, LocalDate birthDate) {
        long earliest = Math.max(enrolmentStart, birthDate.plusYears(MIN_AGE).toEpochDay());
        return LocalDate.ofEpochDay(earliest + draw.below((int) (referenceDay - earliest + 1)));
    }

    /**
     * A mobile prefix and the eight scrambled digits of the index. 080 followed by 0 would read as the 0800 free dial,
     * which mobile numbers never do, so those take 090; the eight digits alone keep the numbers unique.
     */
    private String phone(Draw draw, int index) {
        int subscriber = phones.apply(index);
        String prefix = MOBILE_PREFIXES.pick(draw);
        if (prefix.equals("080") && subscriber < FREE_DIAL_SUBSCRIBERS) {
            prefix = "090";
        }
        char[] digits = new char[11];
        prefix.getChars(0, 3, digits, 0);
        for (int i = 10; i >= 3; i--) {
            digits[i] = (char) ('0' + subscriber % 10);
            subscriber /= 10;
        }
        return new String(digits);
    }

    /**
     * The name in Latin letters in one of a few common shapes, ending in a six-character base-36 token. The token is
     * the scrambled index plus a random multiple of 10^8 (which spreads the first character over the alphabet
     * instead of leaving it at 0 or 1); the token modulo 10^8 gives the scrambled index back, and every local part
     * ends in the fixed-width token, so two members can only share an address if they share an index, whatever
     * shape, multiple and domain they drew.
     */
    private String email(Draw draw, Name family, Name given, int index) {
        long value = emails.apply(index) + (long) draw.below(TOKEN_SPREAD) * Scramble.SIZE;
        char[] token = new char[6];
        for (int i = 5; i >= 0; i--) {
            token[i] = BASE36[(int) (value % 36)];
            value /= 36;
        }
        String tag = new String(token);
        String local =
                switch (draw.below(4)) {
                    case 0 -> given.latin() + "." + family.latin() + "." + tag;
                    case 1 -> family.latin() + "." + given.latin() + tag;
                    case 2 -> given.latin() + "_" + tag;
                    default -> family.latin() + given.latin().charAt(0) + "-" + tag;
                };
        return local + "@" + DOMAINS[draw.below(DOMAINS.length)];
    }

    private static Weighted<Integer> ages() {
        List<Integer> ages = new ArrayList<>();
        int[] weights = new int[MAX_AGE - MIN_AGE + 1];
        for (int age = MIN_AGE; age <= MAX_AGE; age++) {
            ages.add(age);
            weights[age - MIN_AGE] = ageWeight(age);
        }
        return new Weighted<>(ages, weights);
    }

    private static int ageWeight(int age) {
        for (int i = 1; i < AGE_SHAPE.length; i++) {
            int[] from = AGE_SHAPE[i - 1];
            int[] to = AGE_SHAPE[i];
            if (age <= to[0]) {
                return from[1] + (to[1] - from[1]) * (age - from[0]) / (to[0] - from[0]);
            }
        }
        throw new IllegalArgumentException("no weight for age " + age);
    }
}
