package jp.member.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import jp.member.staff.control.Directory;

/**
 * Reads the directory settings at deployment (decision 0021), so that a wrong one — plain LDAP, a role mapping that
 * maps nothing, a filter that is not a filter — fails the deployment at once, naming the setting, instead of every
 * sign-in later. The directory itself is not asked here: it need not be reachable for the application to start.
 */
@Singleton
@Startup
public class DirectoryCheck {

    private static final Logger LOG = Logger.getLogger(DirectoryCheck.class.getName());

    @Inject
    Directory directory;

    @PostConstruct
    void readSettings() {
        if (directory.isOn()) {
            LOG.info(() -> "Staff sign in through the " + directory.configuration()
                    + "; local passwords only for the break-glass administrators ("
                    + directory.configuration().breakGlass().size() + " named)");
        }
    }
}
