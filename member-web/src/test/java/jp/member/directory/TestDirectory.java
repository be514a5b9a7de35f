package jp.member.directory;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.util.ssl.KeyStoreKeyManager;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustAllTrustManager;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The company's directory for the tests: an UnboundID in-memory LDAP server on 127.0.0.1:18389 with StartTLS, under a
 * self-signed certificate for 127.0.0.1 made by keytool when it starts. The certificate goes into the trust store the
 * application reads ({@code MEMBER_DIRECTORY_TRUSTSTORE}, failsafe execution {@code directory}), so the first
 * sign-in — not Micro's start — needs the server. One per test JVM, started by the first test class that asks;
 * stopped when the JVM ends. The schema is off, so an entry can carry any attribute (nsAccountLock).
 */
final class TestDirectory {

    static final String BASE = "dc=example,dc=jp";
    static final String PEOPLE = "ou=people," + BASE;
    static final String GROUPS = "ou=groups," + BASE;
    static final String AGENTS = "cn=member-agents," + GROUPS;
    static final String MANAGERS = "cn=member-managers," + GROUPS;
    static final String AUDITORS = "cn=member-auditors," + GROUPS;
    static final String ADMINS = "cn=member-admins," + GROUPS;
    /** A group no role is mapped to. */
    static final String CANTEEN = "cn=canteen-committee," + GROUPS;

    private static InMemoryDirectoryServer server;

    private TestDirectory() {}

    /** The running directory; started at the first call. */
    static synchronized InMemoryDirectoryServer server() throws Exception {
        if (server == null) {
            server = start();
            InMemoryDirectoryServer started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> started.shutDown(true)));
        }
        return server;
    }

    /** A person who may sign in with this password, a member of these groups. */
    static void addPerson(String uid, String password, String displayName, String... groups) throws Exception {
        // attributes as objects, not LDIF: LDIF would need the Japanese names in base64
        server().add(new com.unboundid.ldap.sdk.Entry(
                dn(uid),
                new Attribute("objectClass", "inetOrgPerson", "person"),
                new Attribute("uid", uid),
                new Attribute("cn", displayName),
                new Attribute("sn", displayName),
                new Attribute("displayName", displayName),
                new Attribute("userPassword", password)));
        for (String group : groups) {
            addToGroup(uid, group);
        }
    }

    static void addToGroup(String uid, String group) throws Exception {
        server().modify(group, new Modification(ModificationType.ADD, "member", dn(uid)));
    }

    static void removeFromGroup(String uid, String group) throws Exception {
        server().modify(group, new Modification(ModificationType.DELETE, "member", dn(uid)));
    }

    /** Disables the account as 389 Directory Server and FreeIPA do. */
    static void disable(String uid) throws Exception {
        server().modify(dn(uid), new Modification(ModificationType.REPLACE, "nsAccountLock", "true"));
    }

    static String dn(String uid) {
        return "uid=" + uid + "," + PEOPLE;
    }

    private static InMemoryDirectoryServer start() throws Exception {
        Path dir = Path.of(setting("member.directory.dir", "target/directory"));
        Files.createDirectories(dir);
        Path keyStore = dir.resolve("server.p12");
        Path certificate = dir.resolve("server.pem");
        Path trustStore = Path.of(
                setting("member.directory.truststore", dir.resolve("trust.p12").toString()));
        String storePassword = setting("member.directory.truststore.password", "");
        for (Path old : List.of(keyStore, certificate, trustStore)) {
            Files.deleteIfExists(old);
        }
        keytool(
                "-genkeypair",
                "-alias",
                "directory",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=127.0.0.1",
                "-ext",
                "SAN=ip:127.0.0.1",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                keyStore.toString(),
                "-storepass",
                storePassword);
        keytool(
                "-exportcert",
                "-rfc",
                "-alias",
                "directory",
                "-keystore",
                keyStore.toString(),
                "-storepass",
                storePassword,
                "-file",
                certificate.toString());
        keytool(
                "-importcert",
                "-noprompt",
                "-alias",
                "directory",
                "-file",
                certificate.toString(),
                "-storetype",
                "PKCS12",
                "-keystore",
                trustStore.toString(),
                "-storepass",
                storePassword);

        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
        config.setSchema(null);
        SSLUtil serverTls = new SSLUtil(
                new KeyStoreKeyManager(keyStore.toFile(), storePassword.toCharArray(), "PKCS12", "directory"),
                new TrustAllTrustManager());
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig(
                "ldap-starttls",
                InetAddress.getByName("127.0.0.1"),
                Integer.parseInt(setting("member.directory.port", "18389")),
                serverTls.createSSLSocketFactory()));
        InMemoryDirectoryServer directory = new InMemoryDirectoryServer(config);
        directory.add("dn: " + BASE, "objectClass: domain", "dc: example");
        directory.add("dn: " + PEOPLE, "objectClass: organizationalUnit", "ou: people");
        directory.add("dn: " + GROUPS, "objectClass: organizationalUnit", "ou: groups");
        directory.add("dn: ou=services," + BASE, "objectClass: organizationalUnit", "ou: services");
        directory.add(
                "dn: " + setting("member.directory.bind.dn", "cn=member-app,ou=services," + BASE),
                "objectClass: person",
                "cn: member-app",
                "sn: member-app",
                "userPassword: " + setting("member.directory.bind.password", ""));
        for (String group : List.of(AGENTS, MANAGERS, AUDITORS, ADMINS, CANTEEN)) {
            directory.add(new com.unboundid.ldap.sdk.Entry(
                    group,
                    new Attribute("objectClass", "groupOfNames"),
                    new Attribute("cn", group.substring(3, group.indexOf(',')))));
        }
        directory.startListening();
        return directory;
    }

    private static String setting(String property, String fallback) {
        String value = System.getProperty(property);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void keytool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("keytool " + arguments[0] + " failed");
        }
    }
}
