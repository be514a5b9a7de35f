package jp.member.web.points;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.member.points.boundary.AdjustmentApprovals;
import jp.member.points.boundary.PendingAdjustment;
import jp.member.web.shell.Messages;

/** The manager's inbox of large adjustments. The rule that the requester cannot decide is in the service. */
@Named
@RequestScoped
public class ApprovalsBacking {

    @Inject
    AdjustmentApprovals approvals;

    private List<PendingAdjustment> pending;
    private String comment;

    public void approve(long id) {
        Messages.attempt(() -> approvals.approve(id, comment), "points.approval.approved");
        pending = null;
    }

    public void reject(long id) {
        Messages.attempt(() -> approvals.reject(id, comment), "points.approval.rejected");
        pending = null;
    }

    public List<PendingAdjustment> getPending() {
        if (pending == null) {
            pending = approvals.pending();
        }
        return pending;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
