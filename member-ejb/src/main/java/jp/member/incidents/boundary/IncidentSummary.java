package jp.member.incidents.boundary;

import java.io.Serializable;
import java.time.Instant;
import jp.member.incidents.entity.Incident;
import jp.member.incidents.rules.IncidentClock.ClockState;
import jp.member.incidents.rules.IncidentClock.Deadlines;

/**
 * An incident in a list: reference, title, status, when it became known, its deadlines and where each clock stands,
 * whether it must be reported, how many members had something exposed.
 */
public record IncidentSummary(
        String ref,
        String title,
        Incident.Status status,
        Instant knownAt,
        Deadlines deadlines,
        ClockState preliminary,
        ClockState finalReport,
        boolean reportable,
        long exposedMembers)
        implements Serializable {}
