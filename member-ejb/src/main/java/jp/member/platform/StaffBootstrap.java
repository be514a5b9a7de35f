package jp.member.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import jp.member.points.control.Ledger;
import jp.member.security.Roles;
import jp.member.staff.control.Attestations;
import jp.member.staff.control.PasswordHash;
import jp.member.staff.control.PasswordPolicy;
import jp.member.staff.control.SecondFactor;
import jp.member.staff.control.Secrets;
import jp.member.staff.control.SignInNetworks;
import jp.member.staff.control.StaffAccounts;
import jp.member.staff.entity.AllowedNetwork;
import jp.member.staff.entity.ApiClient;
import jp.member.staff.entity.Attestation;
import jp.member.staff.entity.StaffAccount;
import jp.member.staff.rules.Cidr;

/**
 * The staff a new installation starts with.
 *
 * <ul>
 *   <li>Demo mode, empty database: one account per role (and a second manager, for two-person rules) with the
 *       passwords the README shows, plus a demo API client. The passwords are logged once, here.
 *   <li>Production mode: no default account, ever. When there is no staff account at all, the first administrator
 *       is created from {@code MEMBER_INITIAL_ADMIN_PASSWORD} (username {@code MEMBER_INITIAL_ADMIN}, default
 *       {@code admin}) and must choose a new password at the first sign-in. The password is not logged.
 * </ul>
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class StaffBootstrap {

    private static final Logger LOG = Logger.getLogger(StaffBootstrap.class.getName());

    /** Demo mode only; the README lists the same. */
    static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount("agent", "デモ オペレーター", "call-centre-demo-1", Roles.AGENT),
            new DemoAccount("manager", "デモ マネージャー", "approve-demo-2", Roles.MANAGER),
            new DemoAccount("manager2", "デモ マネージャー2", "approve-demo-3", Roles.MANAGER),
            new DemoAccount("auditor", "デモ 監査担当", "audit-trail-demo-4", Roles.AUDITOR),
            new DemoAccount("admin", "デモ 管理者", "it-ops-demo-5", Roles.ADMIN));

    static final String DEMO_API_CLIENT = "pos-demo";
    static final String DEMO_API_SECRET = "demo-pos-secret-2026";
    static final String DEMO_CHANNEL_CLIENT = "web-demo";
    static final String DEMO_CHANNEL_SECRET = "demo-channel-secret-2026";

    @Inject
    Settings settings;

    @Inject
    StaffAccounts accounts;

    @Inject
    PasswordHash passwordHash;

    @Inject
    Clock clock;

    @Inject
    Attestations attestations;

    @Inject
    SecondFactor secondFactor;

    @PersistenceContext
    EntityManager em;

    /** Where demo staff may sign in from: this machine and the private networks. */
    static final String DEMO_NETWORKS = "127.0.0.0/8,::1/128,10.0.0.0/8,172.16.0.0/12,192.168.0.0/16,fc00::/7";

    @PostConstruct
    void bootstrap() {
        allowInitialNetworks();
        if (accounts.count() > 0) {
            return;
        }
        if (settings.isDemo()) {
            createDemoStaff();
        } else {
            createInitialAdministrator();
        }
    }

    /**
     * With no network allowed at all: in demo mode, this machine and the private networks for every role; otherwise
     * the networks of {@code member.networks.initial}, if set (e.g. for a test installation). Production without it
     * starts with none — only the first administrator from the set-up networks (loopback by default).
     */
    private void allowInitialNetworks() {
        long configured = em.createQuery("SELECT COUNT(n) FROM AllowedNetwork n", Long.class)
                .getSingleResult();
        if (configured > 0) {
            return;
        }
        String initial = settings.isDemo()
                ? DEMO_NETWORKS
                : settings.value("member.networks.initial").orElse("");
        List<Cidr> networks = SignInNetworks.cidrs(initial);
        for (String role : Roles.STAFF) {
            for (Cidr network : networks) {
                em.persist(new AllowedNetwork(role, network, "初期設定 (initial)", clock.instant(), "system"));
            }
        }
        if (!networks.isEmpty()) {
            LOG.info(() -> "Staff may sign in from " + networks + " (initial networks, change them as ADMIN)");
        }
    }

    private void createDemoStaff() {
        StringBuilder log = new StringBuilder("DEMO MODE - demo accounts created (never use demo mode for real"
                + " members). Sign in at http://localhost:8080/ as:");
        for (DemoAccount demo : DEMO_ACCOUNTS) {
            StaffAccount account = new StaffAccount(
                    demo.username(),
                    demo.displayName(),
                    passwordHash.hash(demo.password()),
                    List.of(demo.role()),
                    clock.instant());
            account.keepPassword();
            // demo staff have signed and trained today, so every demo role works from the first sign-in
            LocalDate today = LocalDate.now(clock.withZone(Ledger.JAPAN));
            account.attest(
                    new Attestation(today, today, attestations.rule().currentPolicyVersion(), clock.instant(), "demo"));
            accounts.add(account);
            if (SecondFactor.requiredFor(account)) {
                em.flush();
                secondFactor.enrolWith(account, DemoSecondFactor.secretFor(demo.username()));
            }
            log.append("\n  ")
                    .append(demo.role())
                    .append(": ")
                    .append(demo.username())
                    .append(" / ")
                    .append(demo.password());
        }
        em.persist(new ApiClient(
                DEMO_API_CLIENT, "デモ店舗端末", Roles.POS, Secrets.sha256Hex(DEMO_API_SECRET), clock.instant()));
        ApiClient site = new ApiClient(
                DEMO_CHANNEL_CLIENT, "デモ会員サイト", Roles.CHANNEL, Secrets.sha256Hex(DEMO_CHANNEL_SECRET), clock.instant());
        // what a member's own page on the web site shows; birth date and gender it gets masked
        site.scope(java.util.Set.of(
                "name_kanji",
                "name_kana",
                "postal_code",
                "prefecture",
                "city",
                "street",
                "building",
                "phone",
                "email"));
        em.persist(site);
        log.append("\n  POS API client: ").append(DEMO_API_CLIENT).append(" / ").append(DEMO_API_SECRET);
        log.append("\n  CHANNEL API client: ")
                .append(DEMO_CHANNEL_CLIENT)
                .append(" / ")
                .append(DEMO_CHANNEL_SECRET);
        LOG.warning(log::toString);
    }

    private void createInitialAdministrator() {
        String username = settings.value("member.initial.admin").orElse("admin");
        var password = settings.value("member.initial.admin.password");
        if (password.isEmpty()) {
            LOG.warning("No staff account exists. Set MEMBER_INITIAL_ADMIN_PASSWORD (and optionally"
                    + " MEMBER_INITIAL_ADMIN) and restart to create the first administrator.");
            return;
        }
        var problem = PasswordPolicy.violation(password.get(), username);
        if (problem.isPresent()) {
            LOG.severe(() -> "MEMBER_INITIAL_ADMIN_PASSWORD breaks the password policy (" + problem.get()
                    + "); no administrator was created.");
            return;
        }
        accounts.add(new StaffAccount(
                username, "Administrator", passwordHash.hash(password.get()), List.of(Roles.ADMIN), clock.instant()));
        LOG.info(() -> "First administrator '" + username + "' created from MEMBER_INITIAL_ADMIN_PASSWORD; the"
                + " password must be changed at the first sign-in.");
    }

    record DemoAccount(String username, String displayName, String password, String role) {}
}
