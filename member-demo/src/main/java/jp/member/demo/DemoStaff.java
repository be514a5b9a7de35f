package jp.member.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import jp.member.incidents.boundary.ProcedureView;
import jp.member.incidents.control.ProcedureJson;
import jp.member.incidents.entity.ResponseProcedureVersion;
import jp.member.platform.StartupLock;
import jp.member.security.Roles;
import jp.member.shared.BusinessTime;
import jp.member.shared.Secrets;
import jp.member.shared.Settings;
import jp.member.staff.control.Attestations;
import jp.member.staff.control.InitialNetworks;
import jp.member.staff.control.PasswordHash;
import jp.member.staff.control.SecondFactor;
import jp.member.staff.control.StaffAccounts;
import jp.member.staff.entity.ApiClient;
import jp.member.staff.entity.Attestation;
import jp.member.staff.entity.StaffAccount;
import jp.member.staff.rules.Cidr;

/**
 * Demo mode, empty database: one account per role (and a second manager, for two-person rules) with the passwords
 * the README shows, each with a current attestation and (where the role needs one) a second factor derived from the
 * username ({@link DemoSecondFactor}); a demo till and a demo web site as API clients; and sign-in from this machine
 * and the private networks. The passwords are logged once, here.
 */
@Singleton
@Startup
@DependsOn("StaffBootstrap")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoStaff {

    private static final Logger LOG = Logger.getLogger(DemoStaff.class.getName());

    /** Demo mode only; the README lists the same. */
    static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount("agent", "デモ オペレーター", "call-centre-demo-1", Roles.AGENT),
            new DemoAccount("manager", "デモ マネージャー", "approve-demo-2", Roles.MANAGER),
            new DemoAccount("manager2", "デモ マネージャー2", "approve-demo-3", Roles.MANAGER),
            new DemoAccount("auditor", "デモ 監査担当", "audit-trail-demo-4", Roles.AUDITOR),
            new DemoAccount("privacy", "デモ 個人情報保護管理者", "incident-desk-demo-6", Roles.PRIVACY_OFFICER),
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
    BusinessTime time;

    @Inject
    Attestations attestations;

    @Inject
    SecondFactor secondFactor;

    @Inject
    InitialNetworks initialNetworks;

    @Resource(lookup = "jdbc/member")
    DataSource dataSource;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    /** Where demo staff may sign in from: this machine and the private networks. */
    static final String DEMO_NETWORKS = "127.0.0.0/8,::1/128,10.0.0.0/8,172.16.0.0/12,192.168.0.0/16,fc00::/7";

    @PostConstruct
    void createIfEmpty() {
        if (settings.isDemo()) {
            // instances starting at once take turns: the second finds what the first created
            try (StartupLock turn = StartupLock.take(dataSource)) {
                createIfEmptyInTurn();
            }
        }
    }

    private void createIfEmptyInTurn() {
        try {
            transaction.begin();
            allowNetworks();
            if (accounts.count() == 0) {
                createStaff();
            } else {
                addNewDemoAccounts();
            }
            fillInProcedure();
            transaction.commit();
        } catch (Exception e) {
            throw new IllegalStateException("demo staff could not be created", e);
        }
    }

    /**
     * A demo data folder from an earlier version: the demo accounts added since (the privacy officer) are created, and
     * allowed the demo networks, so that the README's accounts all work without deleting the data.
     */
    private void addNewDemoAccounts() {
        for (DemoAccount demo : DEMO_ACCOUNTS) {
            if (accounts.findByUsername(demo.username()).isEmpty()) {
                create(demo);
                initialNetworks.allowForRole(demo.role(), Cidr.list(DEMO_NETWORKS));
                LOG.info(() -> "DEMO MODE - demo account added: " + demo.role() + ": " + demo.username() + " / "
                        + demo.password());
            }
        }
    }

    private void create(DemoAccount demo) {
        StaffAccount account = new StaffAccount(
                demo.username(),
                demo.displayName(),
                passwordHash.hash(demo.password()),
                List.of(demo.role()),
                clock.instant());
        account.keepPassword();
        // demo staff have signed and trained today, so every demo role works from the first sign-in
        LocalDate today = time.today();
        account.attest(
                new Attestation(today, today, attestations.rule().currentPolicyVersion(), clock.instant(), "demo"));
        accounts.add(account);
        if (SecondFactor.requiredFor(account)) {
            em.flush();
            secondFactor.enrolWith(account, DemoSecondFactor.secretFor(demo.username()));
        }
    }

    /**
     * The leak-response procedure with demo contacts and organisation (the checklists come with the application), so
     * that the start pages show whom to call. Made-up names and numbers (the 0120-000 and 03-0000 ranges).
     */
    private void fillInProcedure() {
        if (em.find(ResponseProcedureVersion.class, 2) != null) {
            return;
        }
        ProcedureView first = ProcedureJson.read(
                1,
                clock.instant(),
                "system",
                "",
                em.find(ResponseProcedureVersion.class, 1).getContent());
        em.persist(new ResponseProcedureVersion(
                2,
                clock.instant(),
                "privacy",
                "デモ用の緊急連絡先と体制",
                ProcedureJson.write(
                        List.of(
                                new ProcedureView.Contact("デモ 個人情報保護管理者", "個人情報保護管理者", "03-0000-0001", "24時間"),
                                new ProcedureView.Contact("デモ 情報システム部長", "技術対応の責任者", "03-0000-0002", "平日 9時〜18時"),
                                new ProcedureView.Contact("デモ 広報部長", "公表・報道対応", "03-0000-0003", "平日 9時〜18時"),
                                new ProcedureView.Contact("デモ 顧問弁護士", "法的助言", "03-0000-0004", "平日 10時〜17時")),
                        new ProcedureView.Organisation("代表取締役", "個人情報保護管理者", "広報部長"),
                        first.checklists())));
    }

    private void allowNetworks() {
        List<Cidr> networks = Cidr.list(DEMO_NETWORKS);
        if (initialNetworks.allowIfNone(networks)) {
            LOG.info(() -> "Staff may sign in from " + networks + " (demo networks, change them as ADMIN)");
        }
    }

    private void createStaff() {
        StringBuilder log = new StringBuilder("DEMO MODE - demo accounts created (never use demo mode for real"
                + " members). Sign in at http://localhost:8080/ as:");
        for (DemoAccount demo : DEMO_ACCOUNTS) {
            create(demo);
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

    record DemoAccount(String username, String displayName, String password, String role) {}
}
