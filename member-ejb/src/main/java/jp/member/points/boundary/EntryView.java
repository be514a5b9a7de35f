package jp.member.points.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import jp.member.points.entity.EntryType;
import jp.member.points.entity.LedgerEntry;
import jp.member.points.rules.PointsChange;
import jp.member.points.rules.Yen;

/**
 * One line of a member's point history.
 *
 * @param points what the entry changed, signed
 * @param amountYen the purchase amount of an earn (negative on its reversal); null for other entries
 */
public record EntryView(
        long id,
        Instant occurredAt,
        LocalDate businessDate,
        EntryType type,
        PointsChange points,
        String actor,
        String reason,
        String storeCode,
        Yen amountYen,
        Long reversesEntryId)
        implements Serializable {

    static EntryView of(LedgerEntry e) {
        return new EntryView(
                e.getId(),
                e.getOccurredAt(),
                e.getBusinessDate(),
                e.getType(),
                e.getPoints(),
                e.getActor(),
                e.getReason(),
                e.getStoreCode(),
                e.getAmountYen(),
                e.getReversesEntryId());
    }
}
