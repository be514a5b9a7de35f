package jp.member.staff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.member.audit.control.StaffClearance;
import jp.member.shared.BusinessException;
import jp.member.shared.BusinessTime;
import jp.member.shared.Settings;
import jp.member.staff.entity.Attestation;
import jp.member.staff.entity.StaffAccount;
import jp.member.staff.rules.AttestationRule;
import jp.member.staff.rules.AttestationRule.Status;

/**
 * Applies the attestation rule with the configured period ({@code staff.attestation.months}, default 12) and policy
 * version ({@code security.policy.version}, default {@value #DEFAULT_POLICY_VERSION}). Every read of personal data by
 * a staff member passes {@link #requireCurrent}: no current attestation, no personal data, and the person is told why.
 */
@ApplicationScoped
public class Attestations implements StaffClearance {

    public static final String DEFAULT_POLICY_VERSION = "2026-1";
    static final Duration REMEMBERED = Duration.ofMinutes(1);

    private final Map<String, Instant> known = new ConcurrentHashMap<>();

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Inject
    BusinessTime time;

    public AttestationRule rule() {
        return new AttestationRule(
                settings.intValue("staff.attestation.months", 12),
                settings.value("security.policy.version").orElse(DEFAULT_POLICY_VERSION));
    }

    public Status statusOf(StaffAccount account) {
        Attestation a = account.getAttestation();
        return rule().status(a.getAgreementSignedOn(), a.getTrainedOn(), a.getPolicyVersion(), today());
    }

    /**
     * Refuses ({@code staff.attestation.<STATUS>}) unless the named staff member's attestation is current. A current
     * one is remembered for a minute (every search reads personal data; attestations change by the day), a refusal
     * never — so a newly recorded attestation works at once.
     */
    @Override
    public void requireCurrent(String username) {
        Instant until = known.get(username);
        if (until != null && until.isAfter(clock.instant())) {
            return;
        }
        StaffAccount account = em.createNamedQuery(StaffAccount.FIND_BY_USERNAME, StaffAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessException("staff.attestation." + Status.AGREEMENT_MISSING));
        Status status = statusOf(account);
        if (!status.allowsPersonalData()) {
            known.remove(username);
            throw new BusinessException("staff.attestation." + status, rule().validMonths());
        }
        known.put(username, clock.instant().plus(REMEMBERED));
    }

    private LocalDate today() {
        return time.today();
    }
}
