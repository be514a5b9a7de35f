package jp.member.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import jp.member.security.Roles;
import jp.member.shared.Settings;
import jp.member.staff.boundary.SignInHints;
import jp.member.staff.control.InitialNetworks;
import jp.member.staff.control.PasswordHash;
import jp.member.staff.control.StaffAccounts;
import jp.member.staff.entity.StaffAccount;
import jp.member.staff.rules.Cidr;

/**
 * The staff a new installation starts with.
 *
 * No default account, ever: when there is no staff account at all, the first administrator is created from
 * {@code MEMBER_INITIAL_ADMIN_PASSWORD} (username {@code MEMBER_INITIAL_ADMIN}, default {@code admin}) and must choose
 * a new password at the first sign-in. The password is not logged; one that breaks the password policy fails the
 * deployment ({@link InitialAdministrator}). In demo mode this does nothing: the demonstration
 * data ({@code jp.member.demo.DemoStaff}) brings the demo accounts and networks. Instances starting at the same
 * moment take turns ({@link StartupLock}): the second finds what the first created.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class StaffBootstrap {

    private static final Logger LOG = Logger.getLogger(StaffBootstrap.class.getName());

    @Inject
    Settings settings;

    @Inject
    StaffAccounts accounts;

    @Inject
    PasswordHash passwordHash;

    @Inject
    Clock clock;

    @Inject
    InitialNetworks initialNetworks;

    @Resource(lookup = "jdbc/member")
    DataSource dataSource;

    @Resource
    UserTransaction transaction;

    /** Provided only by the demonstration (member-demo): whether it is deployed. */
    @Inject
    Instance<SignInHints> demonstration;

    @PostConstruct
    void bootstrap() {
        if (settings.isDemo()) {
            if (demonstration.isUnsatisfied()) {
                // the product's WAR and EAR carry no demo data: demo mode there would run on the fixed demo keys
                // with nobody able to sign in
                throw new IllegalStateException("Refusing to start: member.mode=demo needs the demo data (module"
                        + " member-demo, added by `mvn -Prun package`), which this WAR or EAR does not carry."
                        + " Use production mode.");
            }
            return; // the demonstration brings its own staff and networks (jp.member.demo)
        }
        try (StartupLock turn = StartupLock.take(dataSource)) {
            transaction.begin();
            allowInitialNetworks();
            if (accounts.count() == 0) {
                createInitialAdministrator();
            }
            transaction.commit();
        } catch (Exception e) {
            rollBack();
            throw e instanceof RuntimeException refused
                    ? refused // a first password that breaks the policy fails the deployment with its own message
                    : new IllegalStateException("the initial staff could not be created", e);
        }
    }

    private void rollBack() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (Exception e) {
            LOG.warning(() ->
                    "Rolling back the initial staff failed: " + e.getClass().getSimpleName());
        }
    }

    /**
     * With no network allowed at all: the networks of {@code member.networks.initial}, if set (e.g. for a test
     * installation). Production without it starts with none — only the first administrator from the set-up networks
     * (loopback by default).
     */
    private void allowInitialNetworks() {
        List<Cidr> networks =
                Cidr.list(settings.value("member.networks.initial").orElse(""));
        if (initialNetworks.allowIfNone(networks)) {
            LOG.info(() -> "Staff may sign in from " + networks + " (initial networks, change them as ADMIN)");
        }
    }

    private void createInitialAdministrator() {
        var administrator = InitialAdministrator.from(
                settings.value("member.initial.admin"), settings.value("member.initial.admin.password"));
        if (administrator.isEmpty()) {
            LOG.warning("No staff account exists. Set MEMBER_INITIAL_ADMIN_PASSWORD (and optionally"
                    + " MEMBER_INITIAL_ADMIN) and restart to create the first administrator.");
            return;
        }
        String username = administrator.get().username();
        accounts.add(new StaffAccount(
                username,
                "Administrator",
                passwordHash.hash(administrator.get().password()),
                List.of(Roles.ADMIN),
                clock.instant()));
        LOG.info(() -> "First administrator '" + username + "' created from MEMBER_INITIAL_ADMIN_PASSWORD; the"
                + " password must be changed at the first sign-in.");
    }
}
