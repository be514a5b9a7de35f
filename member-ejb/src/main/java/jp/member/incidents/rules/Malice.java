package jp.member.incidents.rules;

/**
 * Whether the incident came from an act with an unlawful purpose (不正の目的, Rule Art. 7 item 3). The rule speaks of
 * an act that "may have been" done with such a purpose (行われたおそれがある), so {@link #UNKNOWN} is, by default,
 * treated like {@link #YES}: see {@link Reportability.TriggerSettings#unknownMaliceCounts()} and {@link
 * IncidentClock#deadlines}.
 */
public enum Malice {
    /** An act with an unlawful purpose, or one that may have been (unauthorised access, theft, insider). */
    YES,
    /** Established that no such act was involved (a misaddressed e-mail, a misconfiguration). */
    NO,
    /** Not yet known: the possibility of such an act is open. */
    UNKNOWN;

    /**
     * Whether this answer leaves open an act with an unlawful purpose, as Rule Art. 7 item 3 and the 60-day final
     * deadline of Rule Art. 8(2) read it: {@link #YES} and {@link #UNKNOWN}.
     */
    public boolean possible() {
        return this != NO;
    }
}
