package jp.member.points.control;

/**
 * A till's receipt as {@link ClientTransactions} keeps it for a retry: plain JSON numbers and strings, exactly the
 * form receipts were stored in before points, yen and member numbers had types — so a retry of a transaction
 * processed before still replays, and a receipt stored now reads the same. The till boundary turns it into its typed
 * receipt and back.
 *
 * @param points the entry's points, signed (a redemption is negative)
 * @param balance the member's balance after the entry
 */
public record StoredReceipt(
        String transactionId, String memberNumber, String type, long points, long balance, long entryId) {}
