package jp.member.monitoring.rules;

/** The alert rules, each about staff accounts or about API clients. Stored by name. */
public enum RuleCode {
    /** More than N distinct members' personal data read within the window (default an hour). */
    MEMBERS_PER_HOUR(false),
    /** The same over a day. */
    MEMBERS_PER_DAY(false),
    /** Personal data read outside the configured working hours (Japan time). */
    OUTSIDE_HOURS(false),
    /** Many searches with no member opened after them: someone trying numbers or names (enumeration). */
    ENUMERATION(false),
    /** More than N fields revealed without an inquiry number within the window. */
    REVEALS_WITHOUT_INQUIRY(false),
    /** A sign-in from an address this account has not used in the last 90 days. */
    NEW_ADDRESS(false),
    /** An API client read more than N distinct members within the window (default an hour). */
    CLIENT_MEMBERS_PER_HOUR(true),
    /** The same over a day. */
    CLIENT_MEMBERS_PER_DAY(true),
    /**
     * An API client probed the members more than N times: member numbers that name nobody (numbers tried in sequence
     * or at random; they are random with a check digit, so guesses mostly miss), and enrolments refused as likely
     * duplicates (each tells the client that someone with those details is a member).
     */
    CLIENT_ENUMERATION(true);

    private final boolean forClients;

    RuleCode(boolean forClients) {
        this.forClients = forClients;
    }

    /** Whether the rule watches API clients (and a hit may disable the client) rather than staff accounts. */
    public boolean forClients() {
        return forClients;
    }
}
