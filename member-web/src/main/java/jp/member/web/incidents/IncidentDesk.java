package jp.member.web.incidents;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.member.incidents.boundary.BaseExposure;
import jp.member.incidents.boundary.Containments;
import jp.member.incidents.boundary.IncidentSummary;
import jp.member.incidents.boundary.IncidentView.ContainmentView;
import jp.member.incidents.boundary.Incidents;
import jp.member.incidents.boundary.ProcedureView;
import jp.member.incidents.boundary.ResponseProcedures;
import jp.member.incidents.entity.Containment;
import jp.member.monitoring.boundary.AlertDesk;
import jp.member.monitoring.boundary.AlertView;

/**
 * What the start pages show of incidents, each read only when a page asks for it (so each role calls only what it
 * may): the open incidents with their clocks, the register, the emergency contacts, the open access alerts an
 * incident can be opened from, the JNSA figure for the whole member base, and the key rotations demanded of the
 * administrators.
 */
@Named
@RequestScoped
public class IncidentDesk {

    /** The rules about a clock (an incident's reports, a member's request): their alert is not a new incident. */
    private static final List<String> CLOCK_RULES = List.of("INCIDENT_", "REQUEST_");

    @Inject
    Incidents incidents;

    @Inject
    ResponseProcedures procedures;

    @Inject
    AlertDesk alerts;

    @Inject
    Containments containments;

    private List<IncidentSummary> active;
    private List<IncidentSummary> all;
    private ProcedureView procedure;
    private List<AlertView> accessAlerts;
    private BaseExposure baseExposure;
    private List<ContainmentView> keyDemands;

    public List<IncidentSummary> getActive() {
        if (active == null) {
            active = incidents.active();
        }
        return active;
    }

    public List<IncidentSummary> getAll() {
        if (all == null) {
            all = incidents.list();
        }
        return all;
    }

    public ProcedureView getProcedure() {
        if (procedure == null) {
            procedure = procedures.current();
        }
        return procedure;
    }

    /** Open alerts about staff or API clients, the ones an incident is opened from. */
    public List<AlertView> getAccessAlerts() {
        if (accessAlerts == null) {
            accessAlerts = alerts.open().stream()
                    .filter(a -> CLOCK_RULES.stream().noneMatch(a.rule()::startsWith))
                    .toList();
        }
        return accessAlerts;
    }

    public BaseExposure getBaseExposure() {
        if (baseExposure == null) {
            baseExposure = incidents.baseExposure();
        }
        return baseExposure;
    }

    /** The key rotations the privacy officer demanded and has not withdrawn. */
    public List<ContainmentView> getKeyDemands() {
        if (keyDemands == null) {
            keyDemands = containments.inForce().stream()
                    .filter(c -> c.action() == Containment.Action.ROTATE_KEYS)
                    .toList();
        }
        return keyDemands;
    }
}
