package jp.member.api;

/** JSON shapes of the points API (tills, role POS). No personal data anywhere. */
public final class PointsJson {

    private PointsJson() {}

    public record Earn(String cardNumber, String storeCode, Long amountYen, String transactionId) {}

    public record Redeem(String cardNumber, String storeCode, Long points, String transactionId) {}

    public record Reversal(String originalTransactionId, String transactionId) {}
}
