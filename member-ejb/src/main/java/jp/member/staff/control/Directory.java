package jp.member.staff.control;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.ExtendedResult;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.SimpleBindRequest;
import com.unboundid.ldap.sdk.extensions.StartTLSExtendedRequest;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import jp.member.shared.Settings;
import jp.member.staff.control.DirectoryAnswer.Kind;
import jp.member.staff.entity.StaffAccount;
import jp.member.staff.rules.DirectoryConfiguration;

/**
 * The company's directory (LDAP / Active Directory), when the deployment turned it on (decision 0021): finds a person
 * with the service account, checks their password by a bind as them, and reads whether they are enabled and which
 * mapped groups they are in. Over LDAPS or StartTLS, the certificate checked against the configured trust store (or
 * the JVM's) and its host name against the URL's.
 *
 * <p>A connection per question: sign-ins are rare and the session check asks at most once per cached period per
 * person ({@link DirectorySessions}). Failures never escape: they are {@link Kind#UNAVAILABLE}, logged as one line with
 * the result code only — no name, DN, password or server message.
 */
@ApplicationScoped
public class Directory {

    private static final Logger LOG = Logger.getLogger(Directory.class.getName());

    @Inject
    Settings settings;

    private Optional<DirectoryConfiguration> configuration;

    @PostConstruct
    void configure() {
        configuration = DirectoryConfiguration.from(settings::value, settings.isDemo());
    }

    /** Whether staff sign in through the directory. */
    public boolean isOn() {
        return configuration.isPresent();
    }

    /** The configuration; only when {@link #isOn()}. */
    public DirectoryConfiguration configuration() {
        return configuration.orElseThrow(() -> new IllegalStateException("the directory is off"));
    }

    /**
     * Checks the person's password by a bind as them, after finding them with the service account; then whether they
     * are enabled and in a mapped group. An empty password is refused here and never sent: an LDAP bind with a DN and
     * no password is an anonymous bind that many directories accept.
     */
    public DirectoryAnswer signIn(String username, String password) {
        if (!acceptable(username) || password == null || password.isEmpty()) {
            return DirectoryAnswer.refused(Kind.WRONG_PASSWORD);
        }
        return ask(username, password);
    }

    /** What the directory says about the person now, asked with the service account only (the session check). */
    public DirectoryAnswer lookUp(String username) {
        if (!acceptable(username)) {
            return DirectoryAnswer.refused(Kind.UNKNOWN);
        }
        return ask(username, null);
    }

    private static boolean acceptable(String username) {
        return username != null && !username.isBlank() && username.length() <= StaffAccount.USERNAME_MAX;
    }

    private DirectoryAnswer ask(String username, String password) {
        DirectoryConfiguration config = configuration();
        try (LDAPConnection connection = connect(config)) {
            connection.bind(new SimpleBindRequest(config.bindDn(), config.bindPassword()));
            Optional<SearchResultEntry> person = find(connection, config, username);
            if (person.isEmpty()) {
                return DirectoryAnswer.refused(Kind.UNKNOWN);
            }
            SearchResultEntry entry = person.get();
            Set<String> roles = config.roles().rolesOf(groups(connection, config, entry, username));
            DirectoryAnswer answer;
            if (config.disabled().isDisabled(attributes(entry))) {
                answer = DirectoryAnswer.refused(Kind.DISABLED);
            } else if (roles.isEmpty()) {
                answer = DirectoryAnswer.refused(Kind.NO_MAPPED_GROUP);
            } else {
                answer = DirectoryAnswer.active(displayName(entry, config), roles);
            }
            if (password != null && !bindsAs(connection, entry.getDN(), password)) {
                return DirectoryAnswer.refused(Kind.WRONG_PASSWORD);
            }
            return answer;
        } catch (LDAPException e) {
            LOG.warning(() -> "The " + config + " could not be asked: " + e.getResultCode());
            return DirectoryAnswer.refused(Kind.UNAVAILABLE);
        } catch (GeneralSecurityException | RuntimeException e) {
            LOG.warning(() ->
                    "The " + config + " could not be asked: " + e.getClass().getSimpleName());
            return DirectoryAnswer.refused(Kind.UNAVAILABLE);
        }
    }

    /** The password is checked last, after every question the service account asks. */
    private static boolean bindsAs(LDAPConnection connection, String dn, String password) throws LDAPException {
        try {
            connection.bind(new SimpleBindRequest(dn, password));
            return true;
        } catch (LDAPException e) {
            if (e.getResultCode() == ResultCode.INVALID_CREDENTIALS) {
                return false; // also Active Directory's answer for a disabled, expired or locked account
            }
            throw e;
        }
    }

    private static Optional<SearchResultEntry> find(
            LDAPConnection connection, DirectoryConfiguration config, String username) throws LDAPException {
        List<String> wanted = new ArrayList<>(config.disabled().attributes());
        wanted.add(config.nameAttribute());
        wanted.add("cn");
        if (!config.groupAttribute().isEmpty()) {
            wanted.add(config.groupAttribute());
        }
        SearchRequest request = new SearchRequest(
                config.userBase(), SearchScope.SUB, config.userFilterFor(username), wanted.toArray(String[]::new));
        request.setSizeLimit(2);
        request.setTimeLimitSeconds((int) config.timeout().toSeconds());
        try {
            SearchResult result = connection.search(request);
            return result.getEntryCount() == 1
                    ? Optional.of(result.getSearchEntries().get(0))
                    : Optional.empty();
        } catch (com.unboundid.ldap.sdk.LDAPSearchException e) {
            if (e.getResultCode() == ResultCode.SIZE_LIMIT_EXCEEDED) {
                return Optional.empty(); // a name that is not one person's
            }
            throw e;
        }
    }

    /** The person's groups: the group attribute of their entry and, with a group base, the groups that list them. */
    private static Set<String> groups(
            LDAPConnection connection, DirectoryConfiguration config, SearchResultEntry entry, String username)
            throws LDAPException {
        Set<String> groups = new LinkedHashSet<>();
        if (!config.groupAttribute().isEmpty()) {
            String[] values = entry.getAttributeValues(config.groupAttribute());
            if (values != null) {
                groups.addAll(List.of(values));
            }
        }
        if (!config.groupBase().isEmpty()) {
            SearchRequest request = new SearchRequest(
                    config.groupBase(),
                    SearchScope.SUB,
                    config.groupFilterFor(entry.getDN(), username),
                    SearchRequest.NO_ATTRIBUTES);
            request.setTimeLimitSeconds((int) config.timeout().toSeconds());
            for (SearchResultEntry group : connection.search(request).getSearchEntries()) {
                groups.add(group.getDN());
            }
        }
        return groups;
    }

    private static Map<String, List<String>> attributes(SearchResultEntry entry) {
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        for (Attribute attribute : entry.getAttributes()) {
            attributes.put(attribute.getBaseName(), List.of(attribute.getValues()));
        }
        return attributes;
    }

    private static String displayName(SearchResultEntry entry, DirectoryConfiguration config) {
        String name = entry.getAttributeValue(config.nameAttribute());
        return name != null ? name : entry.getAttributeValue("cn");
    }

    private static LDAPConnection connect(DirectoryConfiguration config)
            throws LDAPException, GeneralSecurityException {
        LDAPConnectionOptions options = new LDAPConnectionOptions();
        int timeout = (int) config.timeout().toMillis();
        options.setConnectTimeoutMillis(timeout);
        options.setResponseTimeoutMillis(timeout);
        String host = config.url().getHost();
        int port = config.url().getPort();
        if (!config.usesTls()) {
            return new LDAPConnection(options, host, port); // demo mode only (DirectoryConfiguration)
        }
        SSLSocketFactory tls = new HostChecking(tls(config));
        LDAPConnection connection = config.startTls()
                ? new LDAPConnection(options, host, port)
                : new LDAPConnection(tls, options, host, port);
        try {
            if (config.startTls()) {
                ExtendedResult started = connection.processExtendedOperation(new StartTLSExtendedRequest(tls));
                if (started.getResultCode() != ResultCode.SUCCESS) {
                    throw new LDAPException(started.getResultCode());
                }
            }
            return connection;
        } catch (LDAPException | RuntimeException e) {
            connection.close(); // never go on in clear
            throw e;
        }
    }

    /**
     * The JDK's own PKIX trust (validity, chain, and — set by {@link HostChecking} — the host name) over the configured
     * PKCS12 trust store, or the JVM's. Read at every connection: a renewed trust store is used without a restart.
     */
    private static SSLSocketFactory tls(DirectoryConfiguration config) throws GeneralSecurityException {
        KeyStore trusted = null;
        if (!config.trustStore().isEmpty()) {
            trusted = KeyStore.getInstance("PKCS12");
            char[] password = config.trustStorePassword().isEmpty()
                    ? null
                    : config.trustStorePassword().toCharArray();
            try (InputStream in = Files.newInputStream(Path.of(config.trustStore()))) {
                trusted.load(in, password);
            } catch (IOException e) {
                throw new GeneralSecurityException("the directory's trust store cannot be read");
            }
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context.getSocketFactory();
    }

    /**
     * TLS sockets that check the certificate names the host of the URL, by the JDK's own LDAPS endpoint
     * identification during the handshake (RFC 6125, as for HTTPS). Not UnboundID's {@code HostNameSSLSocketVerifier}
     * and trust managers: together they accepted, for a connection to 127.0.0.1, a trusted certificate naming another
     * address ({@code DirectoryTest#hostNameChecked}).
     */
    private static final class HostChecking extends SSLSocketFactory {

        private final SSLSocketFactory tls;

        HostChecking(SSLSocketFactory tls) {
            this.tls = tls;
        }

        private static java.net.Socket checking(java.net.Socket socket) {
            SSLSocket ssl = (SSLSocket) socket;
            SSLParameters parameters = ssl.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("LDAPS");
            ssl.setSSLParameters(parameters);
            return ssl;
        }

        @Override
        public java.net.Socket createSocket(java.net.Socket socket, String host, int port, boolean autoClose)
                throws java.io.IOException {
            return checking(tls.createSocket(socket, host, port, autoClose));
        }

        @Override
        public java.net.Socket createSocket() throws java.io.IOException {
            return checking(tls.createSocket());
        }

        @Override
        public java.net.Socket createSocket(String host, int port) throws java.io.IOException {
            return checking(tls.createSocket(host, port));
        }

        @Override
        public java.net.Socket createSocket(String host, int port, java.net.InetAddress local, int localPort)
                throws java.io.IOException {
            return checking(tls.createSocket(host, port, local, localPort));
        }

        @Override
        public java.net.Socket createSocket(java.net.InetAddress host, int port) throws java.io.IOException {
            return checking(tls.createSocket(host, port));
        }

        @Override
        public java.net.Socket createSocket(
                java.net.InetAddress address, int port, java.net.InetAddress local, int localPort)
                throws java.io.IOException {
            return checking(tls.createSocket(address, port, local, localPort));
        }

        @Override
        public String[] getDefaultCipherSuites() {
            return tls.getDefaultCipherSuites();
        }

        @Override
        public String[] getSupportedCipherSuites() {
            return tls.getSupportedCipherSuites();
        }
    }
}
