package jp.member.web.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.member.audit.boundary.AuditVerification;
import jp.member.audit.boundary.VerificationReport;
import jp.member.shared.BusinessException;
import jp.member.web.shell.Messages;

/** Runs the chain verification, shows the latest result, and hands out a signed checkpoint to keep elsewhere. */
@Named
@RequestScoped
public class AuditVerifyBacking {

    @Inject
    AuditVerification verification;

    private String keptCheckpoints;
    private String checkpoint;
    private VerificationReport report;

    public void verify() {
        try {
            report = verification.verify(keptCheckpoints);
            if (report.intact()) {
                Messages.info("audit.verify.intact", report.verified());
            } else {
                Messages.error(
                        "audit.verify.broken", report.brokenAt(), Messages.text("audit.problem." + report.problem()));
            }
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
    }

    public void takeCheckpoint() {
        try {
            checkpoint = verification.checkpointNow();
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
    }

    public VerificationReport getReport() {
        if (report == null) {
            report = verification.latest().orElse(null);
        }
        return report;
    }

    public String getCheckpoint() {
        return checkpoint;
    }

    public String getKeptCheckpoints() {
        return keptCheckpoints;
    }

    public void setKeptCheckpoints(String keptCheckpoints) {
        this.keptCheckpoints = keptCheckpoints;
    }
}
