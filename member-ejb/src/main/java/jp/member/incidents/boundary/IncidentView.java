package jp.member.incidents.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.member.incidents.entity.Containment;
import jp.member.incidents.entity.Incident;
import jp.member.incidents.entity.TimelineEntry;
import jp.member.incidents.rules.IncidentClock.ClockState;
import jp.member.incidents.rules.IncidentClock.Deadlines;
import jp.member.incidents.rules.IncidentFacts;
import jp.member.incidents.rules.Reportability.Assessment;

/**
 * Everything the incident page shows: the facts, the procedure version in force when it was opened, the evaluation
 * and the officer's decision, the clocks, the latest scope, the expected damages, the reports, notices, containment,
 * measures and timeline, and what is still missing before it can be closed (message keys).
 */
public record IncidentView(
        String ref,
        Incident.Status status,
        IncidentFacts facts,
        int procedureVersion,
        Long alertId,
        String openedBy,
        Instant openedAt,
        Instant closedAt,
        Assessment assessment,
        Boolean reportableOverride,
        String overrideReason,
        boolean reportable,
        Deadlines deadlines,
        ClockState preliminary,
        ClockState finalReport,
        Instant preliminarySentAt,
        Instant finalSentAt,
        ScopeView scope,
        long expectedDamages,
        long notifiedMembers,
        String substituteMeasure,
        List<ContainmentView> containments,
        List<MeasureView> measures,
        List<TimelineView> timeline,
        List<String> missingForClose)
        implements Serializable {

    /** A containment action and whether it is still in force. */
    public record ContainmentView(
            long id,
            Containment.Action action,
            String target,
            String reason,
            Instant takenAt,
            String takenBy,
            Instant liftedAt,
            String liftedBy,
            String liftReason)
            implements Serializable {

        public boolean inForce() {
            return liftedAt == null;
        }
    }

    /** A measure against recurrence. */
    public record MeasureView(long id, String description, String owner, LocalDate dueOn, LocalDate doneOn)
            implements Serializable {}

    /** A step on the timeline. */
    public record TimelineView(Instant at, String actor, TimelineEntry.Kind kind, String detail)
            implements Serializable {}

    public boolean isOpen() {
        return status == Incident.Status.OPEN;
    }
}
