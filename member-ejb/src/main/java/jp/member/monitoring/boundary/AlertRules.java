package jp.member.monitoring.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AuditEventType;
import jp.member.monitoring.entity.AlertRuleEntity;
import jp.member.monitoring.rules.RuleSettings;
import jp.member.security.Roles;
import jp.member.shared.BusinessException;

/** The alert rules' settings: read and changed by managers and administrators; each change is in the trail. */
@Stateless
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class AlertRules {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    public List<RuleSettings> list() {
        return em.createQuery("SELECT r FROM AlertRule r ORDER BY r.code", AlertRuleEntity.class)
                .getResultStream()
                .map(AlertRuleEntity::settings)
                .toList();
    }

    /** Replaces one rule's settings (checked whole: thresholds, windows and hours within their ranges). */
    public void change(RuleSettings settings) {
        if (settings == null) {
            throw new BusinessException("alert.rule.invalid");
        }
        AlertRuleEntity rule = em.find(AlertRuleEntity.class, settings.code());
        if (rule == null) {
            throw new BusinessException("alert.rule.invalid");
        }
        rule.change(settings, clock.instant(), context.getCallerPrincipal().getName());
        audit.record(AuditEvent.of(AuditEventType.ALERT_RULE_CHANGED)
                .target("rule:" + settings.code())
                .reason(settings.toString()));
    }
}
