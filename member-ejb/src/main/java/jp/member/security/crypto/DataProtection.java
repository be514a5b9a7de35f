package jp.member.security.crypto;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import jp.member.shared.Settings;

/**
 * The application's key ring, cipher and blind index, from {@code member.data.keys} and {@code member.index.key}
 * (system properties, environment variables, or a server password alias referenced from a system property). In
 * production mode a missing or malformed key stops the deployment: the application never runs without them. Demo
 * mode without keys uses fixed demo keys and says so.
 */
@ApplicationScoped
public class DataProtection {

    private static final Logger LOG = Logger.getLogger(DataProtection.class.getName());

    @Inject
    Settings settings;

    private KeyRing keys;
    private FieldCipher cipher;
    private BlindIndex index;

    @PostConstruct
    void load() {
        var dataKeys = settings.value("member.data.keys");
        if (dataKeys.isEmpty() && settings.isDemo()) {
            LOG.warning("DEMO MODE - personal data is sealed with fixed demo keys; never store real members.");
            keys = KeyRing.demo();
        } else {
            try {
                keys = KeyRing.parse(
                        dataKeys.orElse(null),
                        settings.value("member.index.key").orElse(null));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("Refusing to start: " + e.getMessage()
                        + ". Supply MEMBER_DATA_KEYS and MEMBER_INDEX_KEY (see docs/deployment.md, Configuration).");
            }
        }
        cipher = new FieldCipher(keys);
        index = new BlindIndex(keys);
    }

    public FieldCipher cipher() {
        return cipher;
    }

    public BlindIndex index() {
        return index;
    }

    public KeyRing keys() {
        return keys;
    }
}
