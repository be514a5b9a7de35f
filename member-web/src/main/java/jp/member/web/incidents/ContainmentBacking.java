package jp.member.web.incidents;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.member.incidents.boundary.Containments;
import jp.member.incidents.entity.Containment;

/**
 * The containment tab: take an action — the target list follows the action (accounts, clients, roles), a reason is
 * always required — and lift one in force with a reason. Each takes effect at once; the tab lists them all.
 */
@Named
@ViewScoped
public class ContainmentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Containments containments;

    @Inject
    IncidentBacking incident;

    private Containments.Targets targets;
    private Containment.Action action;
    private String target;
    private String reason;
    private final Map<Long, String> liftReasons = new HashMap<>();

    public void take() {
        if (IncidentRefusals.attempt(
                IncidentBacking.TABS + "containment-",
                () -> containments.take(incident.getRef(), action, target, reason),
                "incident.containment.taken")) {
            action = null;
            target = null;
            reason = null;
            incident.reload();
        }
    }

    /** Lifts an action in force with the reason typed on its row. */
    public void lift(long containmentId) {
        String why = liftReasons.get(containmentId);
        if (IncidentRefusals.attempt(
                null, () -> containments.lift(containmentId, why), "incident.containment.lifted")) {
            liftReasons.remove(containmentId);
            incident.reload();
        }
    }

    /** The choices for the chosen action's target; none for an action without one. */
    public List<String> getTargetChoices() {
        if (action == null || !action.hasTarget()) {
            return List.of();
        }
        if (targets == null) {
            targets = containments.targets();
        }
        return switch (action) {
            case SUSPEND_STAFF -> targets.staff();
            case DISABLE_CLIENT -> targets.clients();
            case END_SESSIONS -> targets.roles();
            default -> List.of();
        };
    }

    /** The target list shows roles by their names. */
    public boolean isRoleTarget() {
        return action == Containment.Action.END_SESSIONS;
    }

    public Containment.Action getAction() {
        return action;
    }

    public void setAction(Containment.Action action) {
        this.action = action;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    /** The reason typed on each row, by the action's id. */
    public Map<Long, String> getLiftReasons() {
        return liftReasons;
    }
}
