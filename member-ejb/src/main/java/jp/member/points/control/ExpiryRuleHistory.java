package jp.member.points.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import jp.member.points.entity.ProgrammeSettingChange;
import jp.member.points.rules.ExpiryRule;

/**
 * What the closings need to know of the programme's expiry rule ({@link jp.member.points.rules.ExpiryTotalsRule}):
 * whether the rule in force moves lots with each activity, and when a moving rule was last replaced (every change of
 * the setting is kept).
 */
@ApplicationScoped
public class ExpiryRuleHistory {

    private static final String SETTING = "expiry.rule";

    @Inject
    Programme programme;

    @PersistenceContext
    EntityManager em;

    /** Whether the rule in force re-dates a member's open lots with each activity. */
    public boolean movesNow() {
        return programme.rules().expiry().moves();
    }

    /** When a rule that moves lots was last replaced by another, if one ever was in force. */
    public Optional<Instant> movingRuleEnded() {
        return em.createQuery(
                        "SELECT c FROM ProgrammeSettingChange c WHERE c.name = :name", ProgrammeSettingChange.class)
                .setParameter("name", SETTING)
                .getResultStream()
                .filter(change -> moves(change.getOldValue()))
                .map(ProgrammeSettingChange::getChangedAt)
                .max(Comparator.naturalOrder());
    }

    /** A value that is not a rule (none was ever accepted) counts as one that may have moved lots. */
    private static boolean moves(String code) {
        if (code == null) {
            return false;
        }
        try {
            return ExpiryRule.parse(code).moves();
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
