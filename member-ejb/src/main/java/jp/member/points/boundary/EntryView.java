package jp.member.points.boundary;

import java.time.Instant;
import java.time.LocalDate;
import jp.member.points.entity.EntryType;
import jp.member.points.entity.LedgerEntry;

/** One line of a member's point history. */
public record EntryView(
        long id,
        Instant occurredAt,
        LocalDate businessDate,
        EntryType type,
        long points,
        String actor,
        String reason,
        String storeCode,
        Long amountYen,
        Long reversesEntryId) {

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
