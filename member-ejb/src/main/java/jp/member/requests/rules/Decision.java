package jp.member.requests.rules;

/** The privacy officer's decision on a request. Anything but full acceptance carries a reason told to the member. */
public enum Decision {
    ACCEPTED,
    PARTLY,
    REFUSED;

    /** Art. 36: a refusal, in whole or in part, is explained to the member. */
    public boolean needsReason() {
        return this != ACCEPTED;
    }
}
