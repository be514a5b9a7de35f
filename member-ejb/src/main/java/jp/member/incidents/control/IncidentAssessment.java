package jp.member.incidents.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import jp.member.incidents.entity.Incident;
import jp.member.incidents.entity.ScopeComputation;
import jp.member.incidents.rules.IncidentClock;
import jp.member.incidents.rules.IncidentClock.ClockSettings;
import jp.member.incidents.rules.IncidentClock.Deadlines;
import jp.member.incidents.rules.IncidentFacts;
import jp.member.incidents.rules.JnsaModel;
import jp.member.incidents.rules.Reportability;
import jp.member.incidents.rules.Reportability.Assessment;
import jp.member.incidents.rules.Reportability.TriggerSettings;
import jp.member.incidents.rules.ScopeFacts;
import jp.member.shared.BusinessTime;
import jp.member.shared.Settings;

/**
 * Applies the rules to an incident with the deployment's settings: its clocks, whether it must be reported and why
 * (from the latest computation of its scope), and the JNSA model's expected damages.
 */
@ApplicationScoped
public class IncidentAssessment {

    @Inject
    Settings settings;

    @Inject
    BusinessTime time;

    @PersistenceContext
    EntityManager em;

    public ClockSettings clockSettings() {
        return ClockSettings.from(settings::value);
    }

    public Deadlines deadlines(Incident incident) {
        IncidentFacts facts = incident.facts();
        return IncidentClock.deadlines(facts.knownAt(), time.zone(), facts.malice(), clockSettings());
    }

    /** The facts of the latest scope (none computed yet: nobody known to be affected). */
    public ScopeFacts facts(Incident incident, ScopeComputation scope) {
        IncidentFacts f = incident.facts();
        if (scope == null) {
            return new ScopeFacts(0, 0, List.of(), 0, f.sensitiveItems(), f.keyExposed());
        }
        return new ScopeFacts(
                scope.getMembers(),
                scope.getExposedMembers(),
                scope.items(),
                scope.getUsableBalance(),
                f.sensitiveItems(),
                f.keyExposed());
    }

    public Assessment assess(Incident incident, ScopeComputation scope) {
        return Reportability.evaluate(
                facts(incident, scope), incident.facts().malice(), TriggerSettings.from(settings::value));
    }

    /** Reportable as evaluated, unless the officer overrode it (with a reason). */
    public boolean reportable(Incident incident, Assessment assessment) {
        return incident.getReportableOverride() != null ? incident.getReportableOverride() : assessment.reportable();
    }

    public JnsaModel model() {
        return JnsaModel.from(settings::value);
    }

    /**
     * The JNSA model's expected damages for the incident's exposed members, in yen: grouped by the set of items
     * each member had exposed (encrypted-only items count only when the key was exposed too).
     */
    public long expectedDamages(Incident incident, ScopeComputation scope) {
        if (scope == null) {
            return 0;
        }
        boolean keyExposed = incident.facts().keyExposed();
        List<?> rows = em.createNativeQuery(
                        "SELECT clear_items, masked_items, encrypted_items, COUNT(*)"
                                + " FROM incident_member WHERE scope_id = ?1 GROUP BY clear_items, masked_items, encrypted_items")
                .setParameter(1, scope.getId())
                .getResultList();
        Map<Set<String>, Long> groups = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            Set<String> items = new TreeSet<>();
            items.addAll(split((String) r[0]));
            items.addAll(split((String) r[1]));
            if (keyExposed) {
                items.addAll(split((String) r[2]));
            }
            if (!items.isEmpty()) {
                groups.merge(items, ((Number) r[3]).longValue(), Long::sum);
            }
        }
        return model().forIncident(groups, incident.facts().responseRating());
    }

    private static List<String> split(String items) {
        return items == null || items.isEmpty() ? List.of() : Arrays.asList(items.split(","));
    }
}
