package jp.member.web.incidents;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.member.incidents.boundary.Incidents;
import jp.member.incidents.rules.IncidentFacts;
import jp.member.shared.BusinessTime;
import jp.member.web.shell.Messages;

/**
 * Opens an incident: by hand, or from an access alert ({@code ?alert=id}: the alert's account or client over its
 * period becomes the first scope). Known-at starts as now; on success the incident's page opens.
 */
@Named
@ViewScoped
public class IncidentNewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Incidents incidents;

    @Inject
    BusinessTime time;

    private Long alert;
    private IncidentFactsForm facts;

    public IncidentFactsForm getFacts() {
        if (facts == null) {
            facts = IncidentFactsForm.knownAt(time.now(), time.zone());
        }
        return facts;
    }

    /** Opens the incident and goes to its page; a refusal stays on the form, nothing recorded. */
    public String open() {
        String unreadable = getFacts().unreadableField(time.zone());
        if (unreadable != null) {
            IncidentRefusals.field("facts:", unreadable, "incident.dateTime.unreadable");
            return null;
        }
        IncidentFacts input = facts.toFacts(time.zone());
        String[] ref = new String[1];
        boolean opened = IncidentRefusals.attempt(
                "facts:",
                () -> ref[0] = alert == null ? incidents.open(input) : incidents.openFromAlert(alert, input),
                null);
        if (!opened) {
            return null;
        }
        Messages.info("incident.opened", ref[0]);
        Messages.keepForNextPage();
        return "/privacy/incident?faces-redirect=true&ref=" + ref[0];
    }

    public Long getAlert() {
        return alert;
    }

    public void setAlert(Long alert) {
        this.alert = alert;
    }
}
