package jp.member.points.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AuditEventType;
import jp.member.points.control.Programme;
import jp.member.points.entity.CampaignEntity;
import jp.member.points.entity.ProgrammeSetting;
import jp.member.points.entity.ProgrammeSettingChange;
import jp.member.points.rules.Campaign;
import jp.member.points.rules.ExpiryRule;
import jp.member.security.Roles;
import jp.member.shared.BusinessException;

/**
 * The programme's configuration for managers and administrators: earn rates per rank, rank thresholds, the expiry
 * rule, the yen value of a point, the expected redemption rate, the adjustment approval threshold, and campaigns.
 * Every value is validated; every change is kept with who made it and when.
 */
@Stateless
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class ProgrammeConfiguration {

    /** The longest value of a setting (for the form). */
    public static final int SETTING_VALUE_MAX = ProgrammeSetting.VALUE_MAX;
    /** The longest campaign code (for the form). */
    public static final int CAMPAIGN_CODE_MAX = CampaignEntity.CODE_MAX;
    /** The longest campaign name (for the form). */
    public static final int CAMPAIGN_NAME_MAX = CampaignEntity.NAME_MAX;

    private static final Pattern CAMPAIGN_CODE = Pattern.compile("[A-Z0-9_-]{1," + CAMPAIGN_CODE_MAX + "}");

    @Inject
    Programme programme;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AuditTrail audit;

    /** Every setting by name. */
    public Map<String, String> settings() {
        return new TreeMap<>(programme.settings());
    }

    /** Changes one setting after checking its value; the old and new value are recorded. */
    public void change(String name, String value) {
        ProgrammeSetting setting = name == null ? null : em.find(ProgrammeSetting.class, name);
        if (setting == null) {
            throw new BusinessException("programme.setting.unknown");
        }
        String normalized = value == null ? "" : value.strip();
        if (!valid(name, normalized) || !consistent(name, normalized)) {
            throw new BusinessException("programme.setting.invalid");
        }
        if (normalized.equals(setting.getValue())) {
            return;
        }
        String by = context.getCallerPrincipal().getName();
        em.persist(new ProgrammeSettingChange(name, setting.getValue(), normalized, clock.instant(), by));
        String old = setting.getValue();
        setting.change(normalized, clock.instant(), by);
        programme.changed();
        audit.record(AuditEvent.of(AuditEventType.PROGRAMME_CHANGED)
                .target("setting:" + name)
                .reason(old + " → " + normalized));
    }

    public List<SettingChange> history() {
        return em.createQuery("SELECT c FROM ProgrammeSettingChange c ORDER BY c.id DESC", ProgrammeSettingChange.class)
                .setMaxResults(200)
                .getResultStream()
                .map(c -> new SettingChange(
                        c.getChangedAt(), c.getChangedBy(), c.getName(), c.getOldValue(), c.getNewValue()))
                .toList();
    }

    public List<CampaignView> campaigns() {
        return em.createQuery("SELECT c FROM Campaign c ORDER BY c.validFrom", CampaignEntity.class)
                .getResultStream()
                .map(c ->
                        new CampaignView(c.getCode(), c.getName(), c.getValidFrom(), c.getValidTo(), c.getMultiplier()))
                .toList();
    }

    /** Adds a campaign (the change is recorded as a setting change named campaign.CODE). */
    public void addCampaign(String code, String name, LocalDate from, LocalDate to, BigDecimal multiplier) {
        if (code == null
                || !CAMPAIGN_CODE.matcher(code).matches()
                || name == null
                || name.isBlank()
                || name.length() > CAMPAIGN_NAME_MAX
                || em.find(CampaignEntity.class, code) != null) {
            throw new BusinessException("programme.campaign.invalid");
        }
        try {
            new Campaign(code, from, to, multiplier);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BusinessException("programme.campaign.invalid");
        }
        if (to.isBefore(from)) {
            throw new BusinessException("programme.campaign.invalid");
        }
        String by = context.getCallerPrincipal().getName();
        em.persist(new CampaignEntity(code, name.strip(), from, to, multiplier, clock.instant(), by));
        programme.changed();
        em.persist(new ProgrammeSettingChange(
                "campaign." + code, null, from + ".." + to + " x" + multiplier, clock.instant(), by));
        audit.record(AuditEvent.of(AuditEventType.PROGRAMME_CHANGED)
                .target("campaign:" + code)
                .reason(from + ".." + to + " x" + multiplier));
    }

    private boolean consistent(String name, String value) {
        try {
            programme.rulesWith(name, value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static boolean valid(String name, String value) {
        if (value.length() > SETTING_VALUE_MAX) {
            return false;
        }
        try {
            if (name.startsWith("earn.rate.")) {
                BigDecimal rate = new BigDecimal(value);
                return rate.signum() >= 0 && rate.compareTo(BigDecimal.ONE) <= 0;
            }
            if (name.startsWith("rank.threshold.") || name.equals("adjustment.approval.threshold")) {
                return Long.parseLong(value) >= 0;
            }
            if (name.equals("expiry.rule")) {
                ExpiryRule.parse(value);
                return true;
            }
            if (name.equals("point.value.yen")) {
                return new BigDecimal(value).signum() >= 0;
            }
            if (name.equals("expected.redemption.rate")) {
                BigDecimal rate = new BigDecimal(value);
                return rate.signum() >= 0 && rate.compareTo(BigDecimal.ONE) <= 0;
            }
        } catch (IllegalArgumentException e) {
            return false;
        }
        return false;
    }
}
