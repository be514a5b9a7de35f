package jp.member.testsupport;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.member.security.Roles;
import jp.member.shared.BusinessTime;
import jp.member.staff.control.Attestations;
import jp.member.staff.entity.Attestation;
import jp.member.staff.entity.StaffAccount;

/**
 * Test support: the run-as principals of {@link AsAgent} and friends are named like their roles (and a second manager,
 * {@link AsOtherManager}); each gets a staff
 * account with a current attestation (and an unusable password), as a signed-in person with that role would have.
 */
@Singleton
@Startup
@DependsOn("DemoStaff")
@PermitAll // test support only: a start-up bean with no business methods, so no caller ever reaches it
public class RunAsStaffAccounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Attestations attestations;

    @Inject
    Clock clock;

    @PostConstruct
    void create() {
        LocalDate today = LocalDate.now(clock.withZone(BusinessTime.DEFAULT_ZONE));
        java.util.Map<String, String> accounts = new java.util.LinkedHashMap<>();
        Roles.STAFF.forEach(role -> accounts.put(role, role));
        accounts.put(AsOtherManager.NAME, Roles.MANAGER);
        for (var entry : accounts.entrySet()) {
            String username = entry.getKey();
            String role = entry.getValue();
            boolean exists = !em.createNamedQuery(StaffAccount.FIND_BY_USERNAME, StaffAccount.class)
                    .setParameter("username", username)
                    .getResultList()
                    .isEmpty();
            if (!exists) {
                StaffAccount account =
                        new StaffAccount(username, "run-as " + username, "-", List.of(role), clock.instant());
                account.attest(new Attestation(
                        today, today, attestations.rule().currentPolicyVersion(), clock.instant(), "test"));
                em.persist(account);
            }
        }
    }
}
