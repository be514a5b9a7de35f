package jp.member.web.exports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.member.exports.boundary.ExportApprovals;
import jp.member.exports.boundary.ExportSummary;
import jp.member.web.shell.Messages;

/** The second manager's inbox of export requests. The rule that the requester cannot decide is in the service. */
@Named
@RequestScoped
public class ExportApprovalsBacking {

    @Inject
    ExportApprovals approvals;

    private List<ExportSummary> pending;
    private String comment;

    public void approve(String ref) {
        Messages.attempt(() -> approvals.approve(ref, comment), "export.approved");
        pending = null;
    }

    public void reject(String ref) {
        Messages.attempt(() -> approvals.reject(ref, comment), "export.rejected");
        pending = null;
    }

    public List<ExportSummary> getPending() {
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
