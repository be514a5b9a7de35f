package jp.member.exports.rules;

/**
 * Who receives the file. Under APPI an outsourcee under contract (委託) is not a third party; provision to a
 * {@link #THIRD_PARTY} needs a consent basis and creates the record that Art. 29 requires.
 */
public enum RecipientKind {
    INTERNAL,
    OUTSOURCEE,
    THIRD_PARTY
}
