package jp.member.monitoring.rules;

/** The alert rules. Stored by name. */
public enum RuleCode {
    /** More than N distinct members' personal data read within the window (default an hour). */
    MEMBERS_PER_HOUR,
    /** The same over a day. */
    MEMBERS_PER_DAY,
    /** Personal data read outside the configured working hours (Japan time). */
    OUTSIDE_HOURS,
    /** Many searches with no member opened after them: someone trying numbers or names (enumeration). */
    ENUMERATION,
    /** More than N fields revealed without an inquiry number within the window. */
    REVEALS_WITHOUT_INQUIRY,
    /** A sign-in from an address this account has not used in the last 90 days. */
    NEW_ADDRESS
}
