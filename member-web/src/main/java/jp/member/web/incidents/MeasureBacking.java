package jp.member.web.incidents;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import jp.member.incidents.boundary.RecurrenceMeasures;

/** The recurrence tab: add a measure with its owner and due date, and mark one done. */
@Named
@ViewScoped
public class MeasureBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RecurrenceMeasures measures;

    @Inject
    IncidentBacking incident;

    private String description;
    private String owner;
    private String dueOn;

    public void add() {
        LocalDate due;
        try {
            due = DateTimeText.day(dueOn).orElse(null);
        } catch (DateTimeText.Unreadable e) {
            IncidentRefusals.field(IncidentBacking.TABS + "measure-", "dueOn", "incident.dateTime.unreadable");
            return;
        }
        if (IncidentRefusals.attempt(
                IncidentBacking.TABS + "measure-",
                () -> measures.add(incident.getRef(), description, owner, due),
                "incident.measure.added")) {
            description = null;
            owner = null;
            dueOn = null;
            incident.reload();
        }
    }

    public void done(long measureId) {
        if (IncidentRefusals.attempt(
                IncidentBacking.TABS, () -> measures.done(measureId), "incident.measure.doneNow")) {
            incident.reload();
        }
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getDueOn() {
        return dueOn;
    }

    public void setDueOn(String dueOn) {
        this.dueOn = dueOn;
    }
}
