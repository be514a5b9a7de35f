package jp.member.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import jp.member.exports.boundary.ExportApprovals;
import jp.member.inquiries.boundary.FollowUps;
import jp.member.inquiries.boundary.InquirySummary;
import jp.member.monitoring.boundary.AlertDesk;
import jp.member.points.boundary.AdjustmentApprovals;
import jp.member.shared.BusinessTime;

/**
 * What waits for a manager on the start page — adjustments and exports to approve, open alerts, follow-ups — as
 * counts with links; and the follow-ups themselves (a manager's team's, an agent's own).
 */
@Named
@RequestScoped
public class TaskCounts {

    @Inject
    AdjustmentApprovals adjustments;

    @Inject
    ExportApprovals exports;

    @Inject
    AlertDesk alerts;

    @Inject
    FollowUps followUpDesk;

    @Inject
    BusinessTime time;

    private List<InquirySummary> followUps;

    /** Marks a follow-up done (its owner or a manager). */
    public void done(String number) {
        if (Messages.attempt(() -> followUpDesk.done(number), "inquiry.followUp.doneMessage")) {
            followUps = null;
        }
    }

    public LocalDate getToday() {
        return time.today();
    }

    public int getAdjustments() {
        return adjustments.pending().size();
    }

    public int getExports() {
        return exports.pending().size();
    }

    public int getAlerts() {
        return alerts.open().size();
    }

    public List<InquirySummary> getFollowUps() {
        if (followUps == null) {
            followUps = followUpDesk.open();
        }
        return followUps;
    }
}
