package jp.member.staff.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import jp.member.security.Roles;
import jp.member.shared.Settings;
import jp.member.staff.entity.StaffAccount;
import jp.member.staff.rules.DirectoryConfiguration;

/**
 * Who checks a person (decisions 0021, 0022): the local password, the company's directory or its OpenID provider —
 * which of them the deployment turned on, the break-glass administrators who keep their local password while one of
 * them is on, and whether a live session may go on as far as its account's source is concerned.
 *
 * <p>Break-glass is one list for both ({@code member.directory.breakglass}): local accounts named there that hold
 * ADMIN. With the directory or the provider on, every other local account is refused at the password form: the
 * company decides who works here, not a password nobody else sees.
 */
@ApplicationScoped
public class SignInSources {

    @Inject
    Settings settings;

    @Inject
    Directory directory;

    @Inject
    DirectorySessions directorySessions;

    private boolean openIdOn;
    private Set<String> breakGlass;

    @PostConstruct
    void configure() {
        openIdOn = settings.value("member.oidc.issuer").isPresent();
        breakGlass = DirectoryConfiguration.names(
                settings.value("member.directory.breakglass").orElse(""));
    }

    /** Whether staff may sign in through the OpenID provider ({@code member.oidc.issuer} set). */
    public boolean isOpenIdOn() {
        return openIdOn;
    }

    /** Whether the directory or the provider is on: local passwords are then for break-glass administrators only. */
    public boolean isExternalOn() {
        return directory.isOn() || openIdOn;
    }

    /** A local account that keeps its own password while the directory or the provider is on. */
    public boolean isBreakGlass(StaffAccount account) {
        return isExternalOn()
                && account.getSource() == StaffAccount.Source.LOCAL
                && account.getRoles().contains(Roles.ADMIN)
                && breakGlass.contains(account.getUsername().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the account's password and roles are the directory's or the provider's, which are on: nobody sets them
     * here (the administrators' page offers neither; a reset is refused).
     */
    public boolean managesElsewhere(StaffAccount account) {
        return switch (account.getSource()) {
            case LOCAL -> false;
            case DIRECTORY -> directory.isOn();
            case OPENID -> openIdOn;
        };
    }

    /**
     * Whether a live session of this (enabled) account may go on as far as its source is concerned: a local account
     * while no external source is on, or when it is break-glass; a directory account while the directory calls it
     * active ({@link DirectorySessions#keeps}); a provider's account while the provider is on — the provider itself
     * is asked by the web tier, which holds the session's refresh token (decision 0022).
     */
    public boolean keeps(StaffAccount account, Instant now) {
        return switch (account.getSource()) {
            case LOCAL -> !isExternalOn() || isBreakGlass(account);
            case DIRECTORY -> directorySessions.keeps(account, now);
            case OPENID -> openIdOn;
        };
    }
}
