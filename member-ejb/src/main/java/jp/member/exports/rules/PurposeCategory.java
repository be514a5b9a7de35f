package jp.member.exports.rules;

/** Why data leaves the system. A marketing export names its channel, and only consenting members are in it. */
public enum PurposeCategory {
    MARKETING,
    ANALYSIS,
    OUTSOURCED_SERVICE,
    LEGAL_REQUEST,
    OTHER
}
