package jp.member.points.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LotAllocatorTest {

    private static LotView lot(long id, String expiresOn, long remaining) {
        return new LotView(id, LocalDate.parse(expiresOn), remaining);
    }

    @Test
    @DisplayName("redeem: spends the lot that expires first, even when its id is higher")
    void redeemFifoByExpiryNotById() {
        List<LotView> lots = List.of(lot(1, "2027-06-30", 100), lot(2, "2026-12-31", 50));

        List<Take> takes = LotAllocator.redeem(lots, 70);

        assertThat(takes).containsExactly(new Take(2, 50), new Take(1, 20));
    }

    @Test
    @DisplayName("redeem: lots expiring on the same day are spent by ascending lot id, whatever the input order")
    void redeemTiesByLotId() {
        List<LotView> lots = List.of(lot(9, "2026-12-31", 10), lot(4, "2026-12-31", 10), lot(6, "2026-12-31", 10));

        List<Take> takes = LotAllocator.redeem(lots, 15);

        assertThat(takes).containsExactly(new Take(4, 10), new Take(6, 5));
    }

    @Test
    @DisplayName("redeem: consumes several lots exactly, leaving points only in the last one touched")
    void redeemExactAcrossSeveralLots() {
        List<LotView> lots = List.of(
                lot(1, "2026-04-30", 10), lot(2, "2026-05-31", 20), lot(3, "2026-06-30", 30), lot(4, "2026-07-31", 40));

        List<Take> takes = LotAllocator.redeem(lots, 45);

        assertThat(takes).containsExactly(new Take(1, 10), new Take(2, 20), new Take(3, 15));
    }

    @Test
    @DisplayName("redeem: skips empty lots and never returns a take of zero points")
    void redeemSkipsEmptyLots() {
        List<LotView> lots = List.of(
                lot(1, "2026-04-30", 0), lot(2, "2026-05-31", 5), lot(3, "2026-05-31", 0), lot(4, "2026-06-30", 5));

        List<Take> takes = LotAllocator.redeem(lots, 8);

        assertThat(takes).containsExactly(new Take(2, 5), new Take(4, 3));
    }

    @Test
    @DisplayName("redeem: exactly the points the lots hold empties every lot")
    void redeemExactlyEnough() {
        List<LotView> lots = List.of(lot(1, "2026-04-30", 10), lot(2, "2026-05-31", 20), lot(3, "2026-06-30", 30));

        List<Take> takes = LotAllocator.redeem(lots, 60);

        assertThat(takes).containsExactly(new Take(1, 10), new Take(2, 20), new Take(3, 30));
    }

    @Test
    @DisplayName("redeem: one point short is refused, with the points available and requested")
    void redeemOneShort() {
        List<LotView> lots = List.of(lot(1, "2026-04-30", 10), lot(2, "2026-05-31", 0), lot(3, "2026-06-30", 49));

        InsufficientPointsException refused =
                catchThrowableOfType(InsufficientPointsException.class, () -> LotAllocator.redeem(lots, 60));

        assertThat(refused).isNotNull();
        assertThat(refused.available()).isEqualTo(59);
        assertThat(refused.requested()).isEqualTo(60);
    }

    @Test
    @DisplayName("redeem: redeeming from no lots is refused with 0 available")
    void redeemNoLots() {
        InsufficientPointsException refused =
                catchThrowableOfType(InsufficientPointsException.class, () -> LotAllocator.redeem(List.of(), 1));

        assertThat(refused.available()).isZero();
        assertThat(refused.requested()).isEqualTo(1);
    }

    @Test
    @DisplayName("redeem: redeeming zero points takes nothing, with or without lots")
    void redeemZeroRequested() {
        List<LotView> lots = List.of(lot(1, "2026-04-30", 10));

        assertThat(LotAllocator.redeem(lots, 0)).isEmpty();
        assertThat(LotAllocator.redeem(List.of(), 0)).isEmpty();
    }

    @Test
    @DisplayName("redeem: a negative request is refused")
    void redeemNegativeRequested() {
        List<LotView> lots = List.of(lot(1, "2026-04-30", 10));

        assertThatThrownBy(() -> LotAllocator.redeem(lots, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("redeem: the same lot id twice is refused rather than spent twice")
    void redeemDuplicateLotId() {
        List<LotView> lots = List.of(lot(1, "2026-04-30", 10), lot(1, "2026-05-31", 10));

        assertThatThrownBy(() -> LotAllocator.redeem(lots, 15)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("redeem: leaves the caller's list as it was and returns an unmodifiable list")
    void redeemDoesNotReorderInput() {
        List<LotView> lots = new ArrayList<>(List.of(lot(2, "2027-01-31", 10), lot(1, "2026-01-31", 10)));
        List<LotView> before = List.copyOf(lots);

        List<Take> takes = LotAllocator.redeem(lots, 15);

        assertThat(lots).isEqualTo(before);
        assertThatThrownBy(() -> takes.add(new Take(3, 1))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("redeem: over 1,000 random lot sets: takes add up to the request, stay within each lot, and spend"
            + " earlier expiries first")
    void redeemRandomLotSets() {
        Random random = new Random(20260401L);
        int allocated = 0;
        int refused = 0;

        for (int round = 0; round < 1_000; round++) {
            List<LotView> lots = randomLots(random);
            long available = lots.stream().mapToLong(LotView::remaining).sum();
            long requested = random.nextInt((int) available + 5);

            if (requested > available) {
                InsufficientPointsException e = catchThrowableOfType(
                        InsufficientPointsException.class, () -> LotAllocator.redeem(lots, requested));
                assertThat(e.available()).isEqualTo(available);
                assertThat(e.requested()).isEqualTo(requested);
                refused++;
                continue;
            }
            List<Take> takes = LotAllocator.redeem(lots, requested);

            assertValidTakes(lots, takes, requested);
            assertEarlierExpiriesEmptiedFirst(lots, takes);
            assertThat(takes)
                    .isSortedAccordingTo(Comparator.comparing(
                                    (Take take) -> byId(lots).get(take.lotId()).expiresOn())
                            .thenComparingLong(Take::lotId));
            allocated++;
        }

        assertThat(allocated).as("rounds that allocated").isGreaterThan(800);
        assertThat(refused).as("rounds that were short").isGreaterThan(20);
    }

    @Test
    @DisplayName("takeBack: takes from the earn's own lot first, then from the soonest-expiring other lots")
    void takeBackOwnLotFirstThenFifo() {
        List<LotView> lots = List.of(lot(1, "2026-06-30", 20), lot(2, "2026-03-31", 50), lot(5, "2027-12-31", 30));

        List<Take> takes = LotAllocator.takeBack(lots, 5, 60);

        assertThat(takes).containsExactly(new Take(5, 30), new Take(2, 30));
    }

    @Test
    @DisplayName("takeBack: takes only from its own lot when that lot still holds all the points")
    void takeBackOwnLotHoldsAll() {
        List<LotView> lots = List.of(lot(1, "2026-03-31", 50), lot(5, "2027-12-31", 80));

        List<Take> takes = LotAllocator.takeBack(lots, 5, 80);

        assertThat(takes).containsExactly(new Take(5, 80));
    }

    @Test
    @DisplayName("takeBack: an empty own lot is skipped (no take of zero) and the others are used oldest-expiry first")
    void takeBackOwnLotEmpty() {
        List<LotView> lots = List.of(lot(5, "2026-01-31", 0), lot(3, "2026-09-30", 40), lot(4, "2026-08-31", 40));

        List<Take> takes = LotAllocator.takeBack(lots, 5, 50);

        assertThat(takes).containsExactly(new Take(4, 40), new Take(3, 10));
    }

    @Test
    @DisplayName("takeBack: an own lot missing from the list (used up or expired) means the others are used")
    void takeBackOwnLotMissing() {
        List<LotView> lots = List.of(lot(3, "2026-09-30", 40), lot(4, "2026-08-31", 40));

        List<Take> takes = LotAllocator.takeBack(lots, 5, 10);

        assertThat(takes).containsExactly(new Take(4, 10));
    }

    @Test
    @DisplayName("takeBack: short of points is refused with the points available in all lots and requested")
    void takeBackShortRefused() {
        List<LotView> lots = List.of(lot(5, "2027-12-31", 10), lot(3, "2026-09-30", 15));

        InsufficientPointsException refused =
                catchThrowableOfType(InsufficientPointsException.class, () -> LotAllocator.takeBack(lots, 5, 30));

        assertThat(refused.available()).isEqualTo(25);
        assertThat(refused.requested()).isEqualTo(30);
    }

    @Test
    @DisplayName("takeBack: exactly enough across the own lot and the others empties them all")
    void takeBackExactlyEnough() {
        List<LotView> lots = List.of(lot(5, "2027-12-31", 10), lot(3, "2026-09-30", 15));

        List<Take> takes = LotAllocator.takeBack(lots, 5, 25);

        assertThat(takes).containsExactly(new Take(5, 10), new Take(3, 15));
    }

    @Test
    @DisplayName("takeBack: taking back zero points takes nothing")
    void takeBackZeroRequested() {
        List<LotView> lots = List.of(lot(5, "2027-12-31", 10));

        assertThat(LotAllocator.takeBack(lots, 5, 0)).isEmpty();
    }

    @Test
    @DisplayName("takeBack: a negative request and a repeated lot id are refused")
    void takeBackInvalidInput() {
        List<LotView> lots = List.of(lot(5, "2027-12-31", 10));
        List<LotView> duplicated = List.of(lot(5, "2027-12-31", 10), lot(5, "2026-12-31", 10));

        assertThatThrownBy(() -> LotAllocator.takeBack(lots, 5, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LotAllocator.takeBack(duplicated, 5, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("takeBack: over 1,000 random lot sets: the own lot is emptied before any other is touched, the rest"
            + " spend earlier expiries first")
    void takeBackRandomLotSets() {
        Random random = new Random(20260402L);

        for (int round = 0; round < 1_000; round++) {
            List<LotView> lots = randomLots(random);
            long available = lots.stream().mapToLong(LotView::remaining).sum();
            long requested = random.nextInt((int) available + 1);
            long ownLotId =
                    lots.isEmpty() ? 99 : lots.get(random.nextInt(lots.size())).lotId();

            List<Take> takes = LotAllocator.takeBack(lots, ownLotId, requested);

            assertValidTakes(lots, takes, requested);
            LotView own = byId(lots).get(ownLotId);
            long fromOwn = takenFrom(takes).getOrDefault(ownLotId, 0L);
            assertThat(fromOwn).isEqualTo(own == null ? 0 : Math.min(own.remaining(), requested));
            if (fromOwn > 0) {
                assertThat(takes.get(0).lotId()).isEqualTo(ownLotId);
            }
            List<LotView> others =
                    lots.stream().filter(lot -> lot.lotId() != ownLotId).toList();
            List<Take> fromOthers =
                    takes.stream().filter(take -> take.lotId() != ownLotId).toList();
            assertEarlierExpiriesEmptiedFirst(others, fromOthers);
        }
    }

    /** 0 to 8 lots with distinct ids, expiries in a short window (so ties happen) and about a quarter empty. */
    private static List<LotView> randomLots(Random random) {
        List<Long> ids = LongStream.rangeClosed(1, 30).boxed().collect(Collectors.toCollection(ArrayList::new));
        Collections.shuffle(ids, random);
        LocalDate start = LocalDate.of(2026, 1, 31);
        return IntStream.range(0, random.nextInt(9))
                .mapToObj(i -> new LotView(
                        ids.get(i),
                        start.plusDays(random.nextInt(6)),
                        random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(50)))
                .toList();
    }

    private static void assertValidTakes(List<LotView> lots, List<Take> takes, long requested) {
        Map<Long, LotView> lotsById = byId(lots);
        assertThat(takes.stream().mapToLong(Take::points).sum()).isEqualTo(requested);
        assertThat(takes).extracting(Take::lotId).doesNotHaveDuplicates();
        for (Take take : takes) {
            assertThat(lotsById).containsKey(take.lotId());
            assertThat(take.points())
                    .isPositive()
                    .isLessThanOrEqualTo(lotsById.get(take.lotId()).remaining());
        }
    }

    /** No lot is touched while a lot expiring strictly earlier still has points left after the takes. */
    private static void assertEarlierExpiriesEmptiedFirst(List<LotView> lots, List<Take> takes) {
        Map<Long, Long> taken = takenFrom(takes);
        for (Take take : takes) {
            LocalDate touchedExpiry = byId(lots).get(take.lotId()).expiresOn();
            for (LotView earlier : lots) {
                if (earlier.expiresOn().isBefore(touchedExpiry)) {
                    assertThat(taken.getOrDefault(earlier.lotId(), 0L))
                            .as("lot %d expires before touched lot %d", earlier.lotId(), take.lotId())
                            .isEqualTo(earlier.remaining());
                }
            }
        }
    }

    private static Map<Long, LotView> byId(List<LotView> lots) {
        Map<Long, LotView> byId = new HashMap<>();
        lots.forEach(lot -> byId.put(lot.lotId(), lot));
        return byId;
    }

    private static Map<Long, Long> takenFrom(List<Take> takes) {
        return takes.stream().collect(Collectors.toMap(Take::lotId, Take::points, Long::sum));
    }
}
