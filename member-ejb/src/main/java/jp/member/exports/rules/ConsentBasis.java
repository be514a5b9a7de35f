package jp.member.exports.rules;

/** What makes a provision to a third party lawful (APPI Art. 27), as recorded in the provision record. */
public enum ConsentBasis {
    /** The members consented to provision to this kind of recipient (e.g. in the programme's terms). */
    MEMBER_CONSENT,
    /** Opt-out provision notified to the Personal Information Protection Commission (Art. 27(2)). */
    OPT_OUT,
    /** An exception of Art. 27(1): required by law, protection of life or property, public health, authorities. */
    LEGAL_EXCEPTION
}
