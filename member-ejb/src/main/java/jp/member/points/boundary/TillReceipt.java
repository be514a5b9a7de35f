package jp.member.points.boundary;

/**
 * The answer to a till transaction, kept so that a retry gets exactly the same one. No personal data: the member is
 * identified by the card number the till sent.
 */
public record TillReceipt(
        String transactionId, String memberNumber, String type, long points, long balance, long entryId) {}
