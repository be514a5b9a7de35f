package jp.member.web.monitoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.member.monitoring.boundary.AlertDesk;
import jp.member.monitoring.boundary.AlertView;
import jp.member.web.shell.Messages;

/** Open alerts on the manager's start page and the alerts page: evidence, acknowledge, escalate. */
@Named
@ViewScoped
public class AlertsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AlertDesk desk;

    private List<AlertView> open;
    private List<AlertView> recent;
    private List<AlertDesk.Evidence> evidence;
    private Long shown;
    private String comment;

    public void acknowledge(long id) {
        decide(() -> desk.acknowledge(id, comment), "alert.acknowledged");
    }

    public void escalate(long id) {
        decide(() -> desk.escalate(id, comment), "alert.escalated");
    }

    public void show(long id) {
        shown = id;
        evidence = desk.evidence(id);
    }

    private void decide(Runnable decision, String successKey) {
        if (Messages.attempt(decision, successKey)) {
            comment = null;
            open = null;
            recent = null;
        }
    }

    public List<AlertView> getOpen() {
        if (open == null) {
            open = desk.open();
        }
        return open;
    }

    public List<AlertView> getRecent() {
        if (recent == null) {
            recent = desk.recent();
        }
        return recent;
    }

    public List<AlertDesk.Evidence> getEvidence() {
        return evidence;
    }

    public Long getShown() {
        return shown;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
