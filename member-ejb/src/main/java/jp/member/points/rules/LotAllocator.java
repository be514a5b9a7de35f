package jp.member.points.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides which lots a redemption or a take-back consumes. Points that expire first are spent first (FIFO by expiry
 * date, then by lot id so that the result is the same on every run), so a member loses as few points to expiry as
 * possible. Nothing is changed here: the caller applies the returned takes to its lots and writes the ledger.
 *
 * <p>The caller passes only lots that may still be used (not expired on the business date, see {@link
 * ExpiryRule#isExpired}); every lot passed is treated as usable.
 */
public final class LotAllocator {

    /** Soonest expiry first; ties by lot id. */
    static final Comparator<LotView> SPENDING_ORDER =
            Comparator.comparing(LotView::expiresOn).thenComparingLong(LotView::lotId);

    private LotAllocator() {}

    /**
     * The takes that redeem {@code points} from the lots that expire first (by {@code expiresOn}, then by {@code
     * lotId}), in that order. Empty lots are skipped, no take is of zero points, and only the last take may leave
     * points in its lot. Redeeming zero points takes nothing.
     *
     * @param lots the member's usable lots, in any order; each lot id at most once
     * @param points points to redeem, zero or more
     * @return the takes in spending order; their points add up to {@code points}
     * @throws InsufficientPointsException if the lots hold fewer than {@code points} altogether
     * @throws IllegalArgumentException if {@code points} is negative or a lot id appears twice
     */
    public static List<Take> redeem(List<LotView> lots, long points) {
        requireNotNegative(points);
        requireDistinctIds(lots);
        long available = total(lots);
        if (available < points) {
            throw new InsufficientPointsException(available, points);
        }
        List<Take> takes = new ArrayList<>();
        consumeInSpendingOrder(lots, points, takes);
        return List.copyOf(takes);
    }

    /**
     * The takes that reverse an earn of {@code points}, for a refund: first from the earn's own lot ({@code
     * preferredLotId}) as far as it still holds points, then — when some of them were already spent — from the other
     * lots, soonest-expiring first as in {@link #redeem}. A refund must take back what its purchase earned, so the
     * points are found wherever they now are. The preferred lot may be missing from {@code lots} (e.g. already
     * expired or used up); then only the other lots are used.
     *
     * @param lots the member's lots, in any order; each lot id at most once
     * @param preferredLotId the lot the reversed earn created
     * @param points points to take back, zero or more
     * @return the takes, the preferred lot's first; their points add up to {@code points}
     * @throws InsufficientPointsException if the lots hold fewer than {@code points} altogether
     * @throws IllegalArgumentException if {@code points} is negative or a lot id appears twice
     */
    public static List<Take> takeBack(List<LotView> lots, long preferredLotId, long points) {
        requireNotNegative(points);
        requireDistinctIds(lots);
        long available = total(lots);
        if (available < points) {
            throw new InsufficientPointsException(available, points);
        }
        List<Take> takes = new ArrayList<>();
        long fromOwnLot = lots.stream()
                .filter(lot -> lot.lotId() == preferredLotId)
                .mapToLong(lot -> Math.min(lot.remaining(), points))
                .sum();
        if (fromOwnLot > 0) {
            takes.add(new Take(preferredLotId, fromOwnLot));
        }
        List<LotView> others =
                lots.stream().filter(lot -> lot.lotId() != preferredLotId).toList();
        consumeInSpendingOrder(others, points - fromOwnLot, takes);
        return List.copyOf(takes);
    }

    private static void consumeInSpendingOrder(List<LotView> lots, long points, List<Take> takes) {
        long wanted = points;
        for (LotView lot : lots.stream().sorted(SPENDING_ORDER).toList()) {
            if (wanted == 0) {
                return;
            }
            long taken = Math.min(lot.remaining(), wanted);
            if (taken > 0) {
                takes.add(new Take(lot.lotId(), taken));
                wanted -= taken;
            }
        }
    }

    private static long total(List<LotView> lots) {
        long total = 0;
        for (LotView lot : lots) {
            total = Math.addExact(total, lot.remaining());
        }
        return total;
    }

    private static void requireNotNegative(long points) {
        if (points < 0) {
            throw new IllegalArgumentException("points to allocate must not be negative: " + points);
        }
    }

    private static void requireDistinctIds(List<LotView> lots) {
        Set<Long> seen = new HashSet<>();
        for (LotView lot : lots) {
            if (!seen.add(lot.lotId())) {
                throw new IllegalArgumentException("lot " + lot.lotId() + " appears more than once");
            }
        }
    }
}
