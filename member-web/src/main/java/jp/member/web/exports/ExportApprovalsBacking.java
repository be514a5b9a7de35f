package jp.member.web.exports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.member.exports.boundary.ExportApprovals;
import jp.member.exports.boundary.ExportSummary;
import jp.member.web.shell.ApprovalInbox;

/** The second manager's inbox of export requests. The rule that the requester cannot decide is in the service. */
@Named
@RequestScoped
public class ExportApprovalsBacking extends ApprovalInbox<String, ExportSummary> {

    @Inject
    ExportApprovals approvals;

    public ExportApprovalsBacking() {
        super("export.approved", "export.rejected");
    }

    @Override
    protected List<ExportSummary> readPending() {
        return approvals.pending();
    }

    @Override
    protected void approveWithComment(String ref, String comment) {
        approvals.approve(ref, comment);
    }

    @Override
    protected void rejectWithComment(String ref, String comment) {
        approvals.reject(ref, comment);
    }
}
