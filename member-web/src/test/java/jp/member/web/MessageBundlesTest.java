package jp.member.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.member.audit.chain.ChainVerifier;
import jp.member.members.validation.JapaneseDates;
import jp.member.monitoring.rules.RuleCode;
import jp.member.security.Roles;
import jp.member.security.crypto.SealedValues;
import jp.member.staff.entity.SignInEvent;
import jp.member.staff.rules.AttestationRule;
import jp.member.web.failure.Failure;
import jp.member.web.shell.StartPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every text a person can see exists in Japanese and in English. */
class MessageBundlesTest {

    private static Properties ja;
    private static Properties en;

    /** Message keys in Java: business refusals, the Messages helper, and keys handed to a superclass. */
    private static final Pattern JAVA_KEY = Pattern.compile(
            "(?:Exception\\(|super\\(|Messages\\.(?:info|error|text)\\(|Optional\\.of\\(|,\\s*)\"([a-z][A-Za-z]*(?:\\.[A-Za-z]+)+)\"");

    /** Names of deployment settings (Settings.value / intValue), which look like message keys but are not. */
    private static final Pattern SETTING = Pattern.compile("(?:value|intValue)\\(\\s*\"([a-z][A-Za-z.]+)\"");

    /** Message keys in pages: #{msg['key']}. */
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([a-zA-Z.]+)'\\]");

    @BeforeAll
    static void load() throws IOException {
        ja = bundle("messages_ja.properties");
        en = bundle("messages_en.properties");
    }

    @Test
    @DisplayName("Japanese and English have the same keys")
    void sameKeys() {
        assertThat(new TreeSet<>(en.stringPropertyNames())).isEqualTo(new TreeSet<>(ja.stringPropertyNames()));
    }

    @Test
    @DisplayName("no key is given twice in a bundle (the second would silently replace the first)")
    void noKeyTwice() throws IOException {
        for (String name : List.of("messages_ja.properties", "messages_en.properties")) {
            Set<String> seen = new TreeSet<>();
            List<String> twice = new ArrayList<>();
            for (String line : Files.readAllLines(
                    Path.of("src/main/resources/jp/member/web/i18n", name), StandardCharsets.UTF_8)) {
                int equals = line.indexOf('=');
                if (line.isBlank() || line.startsWith("#") || equals < 0) {
                    continue;
                }
                String key = line.substring(0, equals).strip();
                if (!seen.add(key)) {
                    twice.add(key);
                }
            }
            assertThat(twice).as(name).isEmpty();
        }
    }

    @Test
    @DisplayName("every key the code and the pages use exists")
    void everyUsedKeyExists() throws IOException {
        Set<String> used = new TreeSet<>();
        used.addAll(keys(Path.of("src/main/java"), ".java", JAVA_KEY));
        used.addAll(keys(Path.of("../member-ejb/src/main/java"), ".java", JAVA_KEY));
        used.addAll(keys(Path.of("src/main/webapp"), ".xhtml", PAGE_KEY));
        used.removeIf(key -> key.startsWith("jakarta.") || key.startsWith("example."));
        used.removeAll(keys(Path.of("../member-ejb/src/main/java"), ".java", SETTING));
        used.removeAll(keys(Path.of("src/main/java"), ".java", SETTING));
        assertThat(used).isNotEmpty();

        List<String> missing = new ArrayList<>();
        for (String key : used) {
            if (!ja.containsKey(key)) {
                missing.add(key);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    @DisplayName("keys the pages build at run time exist: roles, sign-in outcomes, start pages")
    void composedKeysExist() {
        Roles.ALL.forEach(role -> assertThat(ja).containsKey("role." + role));
        for (SignInEvent.Outcome outcome : SignInEvent.Outcome.values()) {
            assertThat(ja).containsKey("outcome." + outcome.name());
        }
        for (AttestationRule.Status status : AttestationRule.Status.values()) {
            assertThat(ja).containsKey("staff.attestation.status." + status.name());
            if (!status.allowsPersonalData()) {
                assertThat(ja).containsKey("staff.attestation." + status.name());
            }
        }
        for (RuleCode rule : RuleCode.values()) {
            assertThat(ja).containsKey("alert.rule." + rule.name());
        }
        for (ChainVerifier.Problem problem : ChainVerifier.Problem.values()) {
            assertThat(ja).containsKey("audit.problem." + problem.name());
        }
        for (JapaneseDates.Refusal refusal : JapaneseDates.Refusal.values()) {
            assertThat(ja).containsKey(refusal.messageKey());
        }
        for (Failure.Kind kind : Failure.Kind.values()) {
            assertThat(ja).containsKey(kind.messageKey());
        }
        for (StartPage page : StartPage.values()) {
            String role = page.name().toLowerCase(java.util.Locale.ROOT);
            assertThat(ja).containsKeys("home." + role + ".title", "home." + role + ".intro", page.labelKey());
        }
    }

    @Test
    @DisplayName("every kind of value sealed with the data keys has its name on the key rotation page")
    void sealedKindsNamed() throws IOException, ReflectiveOperationException {
        Path sources = Path.of("../member-ejb/src/main/java");
        List<Path> implementations;
        try (Stream<Path> files = Files.walk(sources)) {
            implementations = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> read(p).contains("implements SealedValues"))
                    .toList();
        }
        assertThat(implementations).isNotEmpty();

        for (Path file : implementations) {
            String className =
                    sources.relativize(file).toString().replace(".java", "").replace('/', '.');
            SealedValues values = (SealedValues)
                    Class.forName(className).getDeclaredConstructor().newInstance();
            assertThat(ja).containsKey("keys.kind." + values.kind());
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Set<String> keys(Path root, String suffix, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/jp/member/web/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
