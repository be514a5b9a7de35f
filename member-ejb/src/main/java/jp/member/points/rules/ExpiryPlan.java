package jp.member.points.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one expiry batch expires, decided on the lots as read again under their members' locks: a lot expires only if
 * it still belongs to the member it was selected for (a merge may have moved it since, and then its new member's lock
 * is not held), still holds points, and is past its date ({@link ExpiryRule#isExpired}: a date moved by activity
 * counts). Each lot expiring gives one EXPIRY entry of all its remaining points and one movement; each member's
 * balance goes down by the sum of their lots.
 *
 * @param lots the lots to expire, by ascending id
 * @param byMember the points each member loses, by ascending member id
 */
public record ExpiryPlan(List<Lot> lots, SortedMap<Long, Points> byMember) {

    /**
     * A lot as the batch reads it.
     *
     * @param remaining the points it still holds
     */
    public record Lot(long id, long memberId, LocalDate expiresOn, Points remaining) {

        public Lot {
            Objects.requireNonNull(expiresOn, "expiresOn");
            Objects.requireNonNull(remaining, "remaining");
        }

        /** The reason its EXPIRY entry gives, as every expiry has given it. */
        public String reason() {
            return LedgerReason.EXPIRY.text(expiresOn);
        }
    }

    public ExpiryPlan {
        lots = List.copyOf(lots);
        byMember = Collections.unmodifiableSortedMap(new TreeMap<>(byMember));
    }

    /** Nothing to expire. */
    public static final ExpiryPlan NONE = new ExpiryPlan(List.of(), new TreeMap<>());

    /**
     * The plan for the lots of one batch.
     *
     * @param selected lot id → the member it belonged to when the batch selected it (before the locks)
     * @param current the same lots read again under the members' locks (a lot not among them is skipped)
     * @param balances the balances of the members whose lots may expire, read under the same locks
     * @throws IllegalStateException if a member with a lot to expire has no account, or a balance would go below zero:
     *     the ledger is inconsistent, and nothing of the batch may be written
     */
    public static ExpiryPlan of(
            Map<Long, Long> selected, Collection<Lot> current, Map<Long, Points> balances, LocalDate today) {
        List<Lot> lots = current.stream()
                .filter(lot -> Objects.equals(selected.get(lot.id()), lot.memberId()))
                .filter(lot -> lot.remaining().isPositive())
                .filter(lot -> ExpiryRule.isExpired(lot.expiresOn(), today))
                .sorted(Comparator.comparingLong(Lot::id))
                .toList();
        SortedMap<Long, Points> byMember = new TreeMap<>();
        for (Lot lot : lots) {
            byMember.merge(lot.memberId(), lot.remaining(), Points::plus);
        }
        byMember.forEach((member, points) -> {
            Points balance = balances.get(member);
            if (balance == null) {
                throw new IllegalStateException("a member with lots to expire has no point account");
            }
            if (points.compareTo(balance) > 0) {
                throw new IllegalStateException("balance would go negative");
            }
        });
        return lots.isEmpty() ? NONE : new ExpiryPlan(new ArrayList<>(lots), byMember);
    }

    /** The points the batch expires. */
    public Points points() {
        return byMember.values().stream().reduce(Points.ZERO, Points::plus);
    }

    public boolean isEmpty() {
        return lots.isEmpty();
    }
}
