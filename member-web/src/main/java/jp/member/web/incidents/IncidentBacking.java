package jp.member.web.incidents;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.member.incidents.boundary.IncidentView;
import jp.member.incidents.boundary.Incidents;
import jp.member.incidents.rules.IncidentFacts;
import jp.member.shared.BusinessException;
import jp.member.shared.BusinessTime;
import jp.member.web.shell.Messages;

/**
 * One incident's page ({@code ?ref=INC-…}): the facts and their edit, the evaluation with the officer's decision, the
 * clocks, the expected damages, and closing. The other tabs have their own beans ({@link ScopeBacking}, {@link
 * ContainmentBacking}, {@link NoticeBacking}, {@link MeasureBacking}), which read the reference from here and ask
 * for the incident to be read again after a change.
 */
@Named
@ViewScoped
public class IncidentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The client id of the incident tabs' naming container: every input of the page is in it. */
    static final String TABS = "incident:tabs:";

    @Inject
    Incidents incidents;

    @Inject
    BusinessTime time;

    private String ref;
    private IncidentView view;
    private IncidentFactsForm facts;
    private boolean editing;
    private String decision = "CONFIRM";
    private String decisionReason;

    public void load() {
        view = null;
        if (ref == null || ref.isBlank()) {
            Messages.error("incident.notFound");
            return;
        }
        try {
            view = incidents.get(ref);
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
    }

    /** Reads the incident again after a change on any tab. */
    public void reload() {
        load();
    }

    public void edit() {
        facts = IncidentFactsForm.of(view.facts(), time.zone());
        editing = true;
    }

    public void cancelEdit() {
        editing = false;
        facts = null;
    }

    public void describe() {
        String unreadable = facts.unreadableField(time.zone());
        if (unreadable != null) {
            IncidentRefusals.field(TABS, unreadable, "incident.dateTime.unreadable");
            return;
        }
        IncidentFacts input = facts.toFacts(time.zone());
        if (IncidentRefusals.attempt(TABS, () -> incidents.describe(ref, input), "incident.described")) {
            editing = false;
            facts = null;
            reload();
        }
    }

    /** Confirms the evaluation, or overrides it (reportable or not) with the reason. */
    public void decide() {
        Boolean reportable =
                switch (decision) {
                    case "REPORTABLE" -> Boolean.TRUE;
                    case "NOT_REPORTABLE" -> Boolean.FALSE;
                    default -> null;
                };
        if (reportable != null && (decisionReason == null || decisionReason.isBlank())) {
            IncidentRefusals.field(TABS + "decision-", "reason", "incident.override.reasonRequired");
            return;
        }
        if (IncidentRefusals.attempt(
                TABS + "decision-",
                () -> incidents.decideReportable(ref, reportable, decisionReason),
                "incident.decided")) {
            decisionReason = null;
            reload();
        }
    }

    /** Closes the incident; a refusal names the first thing missing, and the page lists them all. */
    public void close() {
        if (IncidentRefusals.attempt(TABS, () -> incidents.close(ref), "incident.closedNow")) {
            reload();
        }
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public IncidentView getView() {
        return view;
    }

    public IncidentFactsForm getFacts() {
        return facts;
    }

    public boolean isEditing() {
        return editing;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public void setDecisionReason(String decisionReason) {
        this.decisionReason = decisionReason;
    }
}
