package jp.member.incidents.rules;

/**
 * What happened to the personal data, in the words of Act Art. 26 and Rule Art. 7: 漏えい (it reached someone who
 * should not have it), 滅失 (it is gone) or 毀損 (it can no longer be used as it was). Whether the event only may have
 * happened (発生したおそれ) is a separate flag on the incident, because each kind can be certain or possible and the
 * law treats both alike.
 */
public enum IncidentKind {
    /** 漏えい: the data reached a person outside those allowed to handle it. */
    LEAK,
    /** 滅失: the data is lost, including a lost medium with no copy. */
    LOSS,
    /** 毀損: the data was altered or made unusable (e.g. encrypted by ransomware). */
    DAMAGE
}
