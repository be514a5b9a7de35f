package jp.member.exports.rules;

/** Why data leaves the system. A marketing export names its channel, and only consenting members are in it. */
public enum PurposeCategory {
    MARKETING,
    ANALYSIS,
    OUTSOURCED_SERVICE,
    LEGAL_REQUEST,
    /**
     * The notice to members affected by a leak incident (本人への通知, APPI Art. 26(2)): a fixed list of members the
     * privacy officer prepared, whatever their consent (a legal duty, not marketing).
     */
    BREACH_NOTICE,
    OTHER
}
