package jp.member.web.points;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.member.points.boundary.AdjustmentApprovals;
import jp.member.points.boundary.PendingAdjustment;
import jp.member.web.shell.ApprovalInbox;

/** The manager's inbox of large adjustments. The rule that the requester cannot decide is in the service. */
@Named
@RequestScoped
public class ApprovalsBacking extends ApprovalInbox<Long, PendingAdjustment> {

    @Inject
    AdjustmentApprovals approvals;

    public ApprovalsBacking() {
        super("points.approval.approved", "points.approval.rejected");
    }

    @Override
    protected List<PendingAdjustment> readPending() {
        return approvals.pending();
    }

    @Override
    protected void approveWithComment(Long id, String comment) {
        approvals.approve(id, comment);
    }

    @Override
    protected void rejectWithComment(Long id, String comment) {
        approvals.reject(id, comment);
    }
}
