package jp.member.staff.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSimpleBindRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.util.ssl.KeyStoreKeyManager;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustAllTrustManager;
import com.unboundid.util.ssl.cert.ManageCertificates;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import jp.member.security.Roles;
import jp.member.shared.Settings;
import jp.member.staff.control.DirectoryAnswer.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Directory} against a real LDAP server (UnboundID's in-memory one) over LDAPS, with a certificate for
 * 127.0.0.1 in a PKCS12 trust store: what it answers for each kind of person, what it sends, and that it trusts only
 * the configured certificate.
 */
class DirectoryTest {

    private static final String PEOPLE = "ou=people,dc=example,dc=jp";
    private static final String AGENTS = "cn=agents,ou=groups,dc=example,dc=jp";
    private static final String MANAGERS = "cn=managers,ou=groups,dc=example,dc=jp";
    private static final String SERVICE = "cn=member-app,dc=example,dc=jp";
    private static final String SERVICE_PASSWORD = "service-password-1";
    private static final String PASSWORD = "person-password-1";

    @TempDir
    static Path dir;

    private static InMemoryDirectoryServer server;
    private static final AtomicInteger emptyPasswordBinds = new AtomicInteger();

    @BeforeAll
    static void startDirectory() throws Exception {
        Path keyStore = certificate("server", "127.0.0.1");
        // trusted, but for another address: what a directory's certificate for another host looks like
        Path otherName = certificate("other", "192.0.2.1");
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("directory", load(keyStore).getCertificate("server"));
        trust.setCertificateEntry("other", load(otherName).getCertificate("other"));
        try (OutputStream out = Files.newOutputStream(dir.resolve("trust.p12"))) {
            trust.store(out, "trust-password".toCharArray());
        }

        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig("dc=example,dc=jp");
        config.setSchema(null);
        SSLUtil tls = new SSLUtil(
                new KeyStoreKeyManager(keyStore.toFile(), "store-password".toCharArray(), "PKCS12", "server"),
                new TrustAllTrustManager());
        SSLUtil otherTls = new SSLUtil(
                new KeyStoreKeyManager(otherName.toFile(), "store-password".toCharArray(), "PKCS12", "other"),
                new TrustAllTrustManager());
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        config.setListenerConfigs(
                InMemoryListenerConfig.createLDAPSConfig(
                        "ldaps", loopback, 0, tls.createSSLServerSocketFactory(), null),
                InMemoryListenerConfig.createLDAPSConfig(
                        "other-name", loopback, 0, otherTls.createSSLServerSocketFactory(), null));
        config.addInMemoryOperationInterceptor(new InMemoryOperationInterceptor() {
            @Override
            public void processSimpleBindRequest(InMemoryInterceptedSimpleBindRequest request) {
                if (request.getRequest().getPassword().getValueLength() == 0) {
                    emptyPasswordBinds.incrementAndGet();
                }
            }
        });
        DirectoryTest.server = new InMemoryDirectoryServer(config);
        DirectoryTest.server.add("dn: dc=example,dc=jp", "objectClass: domain", "dc: example");
        DirectoryTest.server.add("dn: " + PEOPLE, "objectClass: organizationalUnit", "ou: people");
        DirectoryTest.server.add(
                "dn: " + SERVICE, "objectClass: person", "cn: member-app", "userPassword: " + SERVICE_PASSWORD);
        person("tanaka", "田中 一郎", List.of(AGENTS));
        person("suzuki", "鈴木 花子", List.of(AGENTS, MANAGERS));
        person("sato", "佐藤 次郎", List.of("cn=canteen,ou=groups,dc=example,dc=jp"));
        person("yamada", "山田 三郎", List.of(AGENTS), new Attribute("userAccountControl", "514"));
        person("ito", "伊藤 四郎", List.of(AGENTS), new Attribute("pwdAccountLockedTime", "000001010000Z"));
        DirectoryTest.server.startListening();
    }

    /** A self-signed certificate for the address, in a PKCS12 key store under the alias. */
    private static Path certificate(String alias, String address) throws Exception {
        Path keyStore = dir.resolve(alias + ".p12");
        ResultCode made = ManageCertificates.main(
                InputStream.nullInputStream(),
                OutputStream.nullOutputStream(),
                new ByteArrayOutputStream(),
                "generate-self-signed-certificate",
                "--keystore",
                keyStore.toString(),
                "--keystore-password",
                "store-password",
                "--keystore-type",
                "PKCS12",
                "--alias",
                alias,
                "--subject-dn",
                "CN=" + address,
                "--subject-alternative-name-ip-address",
                address,
                "--key-algorithm",
                "EC",
                "--key-size-bits",
                "256",
                "--signature-algorithm",
                "SHA256withECDSA",
                "--days-valid",
                "2");
        assertThat(made).isEqualTo(ResultCode.SUCCESS);
        return keyStore;
    }

    private static KeyStore load(Path file) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, "store-password".toCharArray());
        }
        return store;
    }

    /** A person whose groups are in memberOf (as Active Directory and OpenLDAP's overlay keep them). */
    private static void person(String uid, String name, List<String> groups, Attribute... more) throws Exception {
        Entry entry = new Entry("uid=" + uid + "," + PEOPLE);
        entry.addAttribute("objectClass", "person", "inetOrgPerson");
        entry.addAttribute("uid", uid);
        entry.addAttribute("cn", name);
        entry.addAttribute("displayName", name);
        entry.addAttribute("userPassword", PASSWORD);
        entry.addAttribute("memberOf", groups);
        for (Attribute attribute : more) {
            entry.addAttribute(attribute);
        }
        server.add(entry);
    }

    @AfterAll
    static void stopDirectory() {
        server.shutDown(true);
    }

    private static Directory directory(Map<String, String> overrides) {
        Map<String, String> values = new HashMap<>();
        values.put("member.directory.url", "ldaps://127.0.0.1:" + server.getListenPort("ldaps"));
        values.put("member.directory.bind.dn", SERVICE);
        values.put("member.directory.bind.password", SERVICE_PASSWORD);
        values.put("member.directory.user.base", PEOPLE);
        values.put("member.directory.roles", "AGENT:" + AGENTS + ";MANAGER:" + MANAGERS);
        values.put("member.directory.truststore", dir.resolve("trust.p12").toString());
        values.put("member.directory.truststore.password", "trust-password");
        values.put("member.directory.timeoutSeconds", "2");
        values.putAll(overrides);
        Directory directory = new Directory();
        directory.settings = new Settings() {
            @Override
            public Optional<String> value(String name) {
                return Optional.ofNullable(values.get(name));
            }
        };
        directory.configure();
        return directory;
    }

    private static Directory directory() {
        return directory(Map.of());
    }

    @Test
    @DisplayName("the right password of a person in mapped groups: active, with their name and every mapped role")
    void signsIn() {
        DirectoryAnswer tanaka = directory().signIn("tanaka", PASSWORD);
        DirectoryAnswer suzuki = directory().signIn("SUZUKI", PASSWORD);

        assertThat(tanaka.kind()).isEqualTo(Kind.ACTIVE);
        assertThat(tanaka.displayName()).isEqualTo("田中 一郎");
        assertThat(tanaka.roles()).containsExactly(Roles.AGENT);
        assertThat(suzuki.roles()).containsExactlyInAnyOrder(Roles.AGENT, Roles.MANAGER);
    }

    @Test
    @DisplayName("a wrong password, an unknown name, no mapped group, AD's disable bit, a password-policy lock")
    void refusals() {
        Directory directory = directory();

        assertThat(directory.signIn("tanaka", "not-" + PASSWORD).kind()).isEqualTo(Kind.WRONG_PASSWORD);
        assertThat(directory.signIn("nobody", PASSWORD).kind()).isEqualTo(Kind.UNKNOWN);
        assertThat(directory.signIn("sato", PASSWORD).kind()).isEqualTo(Kind.NO_MAPPED_GROUP);
        assertThat(directory.signIn("yamada", PASSWORD).kind()).isEqualTo(Kind.DISABLED);
        assertThat(directory.signIn("ito", PASSWORD).kind()).isEqualTo(Kind.DISABLED);
        assertThat(directory.signIn("yamada", "not-" + PASSWORD).kind()).isEqualTo(Kind.WRONG_PASSWORD);
    }

    @Test
    @DisplayName("filter syntax in the name matches nobody, even with a password valid for everyone")
    void filterInjection() {
        for (String hostile : List.of("*", "t*", "a)(uid=*", "tanaka)(|(uid=*", "*)(objectClass=*")) {
            assertThat(directory().signIn(hostile, PASSWORD).kind()).as(hostile).isEqualTo(Kind.UNKNOWN);
        }
    }

    @Test
    @DisplayName("an empty or missing password is refused without a bind: never an anonymous bind")
    void emptyPasswordNeverSent() {
        int before = emptyPasswordBinds.get();

        assertThat(directory().signIn("tanaka", "").kind()).isEqualTo(Kind.WRONG_PASSWORD);
        assertThat(directory().signIn("tanaka", null).kind()).isEqualTo(Kind.WRONG_PASSWORD);

        assertThat(emptyPasswordBinds.get()).isEqualTo(before);
    }

    @Test
    @DisplayName("the session check's look-up uses the service account only and sees the same states")
    void looksUp() {
        Directory directory = directory();

        assertThat(directory.lookUp("suzuki").roles()).containsExactlyInAnyOrder(Roles.AGENT, Roles.MANAGER);
        assertThat(directory.lookUp("yamada").kind()).isEqualTo(Kind.DISABLED);
        assertThat(directory.lookUp("sato").kind()).isEqualTo(Kind.NO_MAPPED_GROUP);
        assertThat(directory.lookUp("*").kind()).isEqualTo(Kind.UNKNOWN);
    }

    @Test
    @DisplayName("a certificate the trust store does not hold, a wrong service password or no server: unavailable")
    void unavailable() throws Exception {
        Path otherTrust = dir.resolve("empty-trust.p12");
        KeyStore empty = KeyStore.getInstance("PKCS12");
        empty.load(null, null);
        try (OutputStream out = Files.newOutputStream(otherTrust)) {
            empty.store(out, "trust-password".toCharArray());
        }

        assertThat(directory(Map.of("member.directory.truststore", otherTrust.toString()))
                        .signIn("tanaka", PASSWORD)
                        .kind())
                .isEqualTo(Kind.UNAVAILABLE);
        assertThat(directory(Map.of("member.directory.truststore", ""))
                        .signIn("tanaka", PASSWORD)
                        .kind())
                .as("the JVM's trust")
                .isEqualTo(Kind.UNAVAILABLE);
        assertThat(directory(Map.of("member.directory.bind.password", "wrong"))
                        .signIn("tanaka", PASSWORD)
                        .kind())
                .isEqualTo(Kind.UNAVAILABLE);
        assertThat(directory(Map.of("member.directory.url", "ldaps://127.0.0.1:1"))
                        .signIn("tanaka", PASSWORD)
                        .kind())
                .isEqualTo(Kind.UNAVAILABLE);
    }

    @Test
    @DisplayName("the host name is checked: a trusted certificate for another address does not pass")
    void hostNameChecked() {
        assertThat(directory(Map.of("member.directory.url", "ldaps://127.0.0.1:" + server.getListenPort("other-name")))
                        .signIn("tanaka", PASSWORD)
                        .kind())
                .isEqualTo(Kind.UNAVAILABLE);
    }
}
