package jp.member.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jp.member.security.crypto.DataProtection;

/**
 * Loads the personal-data keys at deployment, so that a production deployment without them fails at once instead
 * of at the first member read.
 */
@Singleton
@Startup
public class KeyCheck {

    @Inject
    DataProtection protection;

    @PostConstruct
    void requireKeys() {
        protection.keys();
    }
}
