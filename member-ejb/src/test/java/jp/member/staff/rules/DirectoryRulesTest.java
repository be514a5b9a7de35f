package jp.member.staff.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.member.security.Roles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The directory settings, the group-to-role mapping, the disabled-account rule and the escaped filters. */
class DirectoryRulesTest {

    private static final String AGENTS = "cn=member-agents,ou=groups,dc=example,dc=jp";
    private static final String MANAGERS = "cn=member-managers,ou=groups,dc=example,dc=jp";

    private static Map<String, String> valid() {
        Map<String, String> settings = new HashMap<>();
        settings.put("member.directory.url", "ldaps://ldap.example.jp:636");
        settings.put("member.directory.bind.dn", "cn=member-app,ou=services,dc=example,dc=jp");
        settings.put("member.directory.bind.password", "service-secret-never-logged");
        settings.put("member.directory.user.base", "ou=people,dc=example,dc=jp");
        settings.put("member.directory.roles", "AGENT:" + AGENTS + "; MANAGER:" + MANAGERS);
        return settings;
    }

    private static Optional<DirectoryConfiguration> configured(Map<String, String> settings, boolean demo) {
        return DirectoryConfiguration.from(name -> Optional.ofNullable(settings.get(name)), demo);
    }

    @Test
    @DisplayName("groups map to roles as DNs (case and spacing do not matter); several groups add up; others give none")
    void mapsGroupsToRoles() {
        DirectoryRoleMapping mapping = DirectoryRoleMapping.parse(" AGENT:" + AGENTS + " ;manager:" + MANAGERS
                + ";AUDITOR:" + MANAGERS + ";PRIVACY_OFFICER:cn=privacy,dc=example,dc=jp");

        assertThat(mapping.rolesOf(List.of("CN=Member-Agents, OU=Groups,DC=example,DC=jp")))
                .containsExactly(Roles.AGENT);
        assertThat(mapping.rolesOf(List.of(AGENTS, MANAGERS)))
                .containsExactlyInAnyOrder(Roles.AGENT, Roles.MANAGER, Roles.AUDITOR);
        assertThat(mapping.rolesOf(List.of("cn=privacy,dc=example,dc=jp"))).containsExactly(Roles.PRIVACY_OFFICER);
        assertThat(mapping.rolesOf(List.of("cn=member-agents,ou=other,dc=example,dc=jp", "not a dn", "")))
                .isEmpty();
        assertThat(mapping.rolesOf(List.of())).isEmpty();
    }

    @Test
    @DisplayName("a mapping entry without a staff role, without a DN, or no entry at all fails the configuration")
    void refusesBadMappings() {
        for (String bad : new String[] {
            null, "", " ; ", AGENTS, "POS:" + AGENTS, "MONITOR:" + AGENTS, "BOSS:" + AGENTS, "AGENT:", "AGENT:not a dn"
        }) {
            assertThatThrownBy(() -> DirectoryRoleMapping.parse(bad))
                    .as(String.valueOf(bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("member.directory.roles");
        }
    }

    @Test
    @DisplayName("a typed name is escaped in the user filter: wildcards and parentheses match only themselves")
    void escapesTheUsername() throws Exception {
        DirectoryConfiguration config = configured(valid(), false).orElseThrow();
        Entry alice = new Entry("uid=alice,ou=people,dc=example,dc=jp", new com.unboundid.ldap.sdk.Attribute[] {
            new com.unboundid.ldap.sdk.Attribute("objectClass", "person"),
            new com.unboundid.ldap.sdk.Attribute("uid", "alice")
        });

        assertThat(config.userFilterFor("alice").matchesEntry(alice)).isTrue();
        for (String hostile :
                new String[] {"*", "a*", "alice)(uid=*", "*)(|(uid=*", "alice\\", "al\u0000ice", "(uid=*)"}) {
            Filter filter = config.userFilterFor(hostile);
            assertThat(filter.matchesEntry(alice)).as(hostile).isFalse();
            assertThat(filter.getComponents()).as(hostile).hasSize(2);
            assertThat(filter.getComponents()[1].getFilterType()).isEqualTo(Filter.FILTER_TYPE_EQUALITY);
            assertThat(filter.getComponents()[1].getAssertionValue()).isEqualTo(hostile);
        }
        assertThat(config.userFilterFor("*").toString()).isEqualTo("(&(objectClass=person)(uid=\\2a))");
    }

    @Test
    @DisplayName("the group filter takes the DN and the name escaped, and a value holding {1} is not filled again")
    void fillsTheGroupFilterOnce() {
        Map<String, String> settings = valid();
        settings.put("member.directory.group.base", "ou=groups,dc=example,dc=jp");
        settings.put("member.directory.group.filter", "(|(member={0})(memberUid={1}))");
        DirectoryConfiguration config = configured(settings, false).orElseThrow();

        Filter filter = config.groupFilterFor("uid=a{1}*,dc=example,dc=jp", "x)(cn=*");

        assertThat(filter.getComponents()[0].getAssertionValue()).isEqualTo("uid=a{1}*,dc=example,dc=jp");
        assertThat(filter.getComponents()[1].getAssertionValue()).isEqualTo("x)(cn=*");
    }

    @Test
    @DisplayName("plain LDAP is refused outside demo mode; LDAPS, or LDAP with StartTLS, always allowed")
    void plainLdapOnlyInDemo() {
        assertThat(DirectoryConfiguration.transportAllowed("ldaps", false, false))
                .isTrue();
        assertThat(DirectoryConfiguration.transportAllowed("ldap", true, false)).isTrue();
        assertThat(DirectoryConfiguration.transportAllowed("ldap", false, false))
                .isFalse();
        assertThat(DirectoryConfiguration.transportAllowed("ldap", false, true)).isTrue();
        assertThat(DirectoryConfiguration.transportAllowed("ldaps", true, false))
                .isFalse();
        assertThat(DirectoryConfiguration.transportAllowed("LDAPS", false, false))
                .isTrue();

        Map<String, String> plain = valid();
        plain.put("member.directory.url", "ldap://ldap.example.jp:389");
        assertThatThrownBy(() -> configured(plain, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("plain LDAP");
        assertThat(configured(plain, true).orElseThrow().usesTls()).isFalse();
        plain.put("member.directory.starttls", "true");
        assertThat(configured(plain, false).orElseThrow().usesTls()).isTrue();
    }

    @Test
    @DisplayName("off without a URL; with one, every required setting is named when missing, never a value")
    void validatesSettings() {
        assertThat(configured(Map.of(), false)).isEmpty();
        DirectoryConfiguration config = configured(valid(), false).orElseThrow();
        assertThat(config.userFilter()).isEqualTo(DirectoryConfiguration.DEFAULT_USER_FILTER);
        assertThat(config.groupAttribute()).isEqualTo("memberOf");
        assertThat(config.cache()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.grace()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.toString()).doesNotContain("service-secret-never-logged");

        for (String required : new String[] {
            "member.directory.bind.dn",
            "member.directory.bind.password",
            "member.directory.user.base",
            "member.directory.roles"
        }) {
            Map<String, String> settings = valid();
            settings.remove(required);
            assertThatThrownBy(() -> configured(settings, false))
                    .as(required)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith(required);
        }
        record Bad(String name, String value) {}
        for (Bad bad : new Bad[] {
            new Bad("member.directory.url", "http://ldap.example.jp"),
            new Bad("member.directory.url", "ldaps://"),
            new Bad("member.directory.starttls", "yes"),
            new Bad("member.directory.user.filter", "(uid=alice)"),
            new Bad("member.directory.user.filter", "(uid={0}"),
            new Bad("member.directory.user.base", "not a dn"),
            new Bad("member.directory.cacheSeconds", "-1"),
            new Bad("member.directory.graceSeconds", "a minute"),
            new Bad("member.directory.disabled", "locked")
        }) {
            Map<String, String> settings = valid();
            settings.put(bad.name(), bad.value());
            assertThatThrownBy(() -> configured(settings, false))
                    .as(bad.name() + "=" + bad.value())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith(bad.name())
                    .message()
                    .doesNotContain("service-secret-never-logged");
        }
    }

    @Test
    @DisplayName("break-glass names are listed in the settings, compared without case")
    void breakGlassNames() {
        Map<String, String> settings = valid();
        settings.put("member.directory.breakglass", " Admin-1 , ops.emergency ");
        DirectoryConfiguration config = configured(settings, false).orElseThrow();

        assertThat(config.breakGlass()).containsExactlyInAnyOrder("admin-1", "ops.emergency");
        assertThat(config.isBreakGlass("ADMIN-1")).isTrue();
        assertThat(config.isBreakGlass("admin")).isFalse();
        assertThat(config.isBreakGlass(null)).isFalse();
        assertThat(configured(valid(), false).orElseThrow().breakGlass()).isEmpty();
    }

    @Test
    @DisplayName(
            "disabled: AD's ACCOUNTDISABLE bit, a present lock attribute, or an attribute value; by default all three")
    void disabledAccounts() {
        DirectoryDisabledRule rule = DirectoryDisabledRule.parse(null);

        assertThat(rule.isDisabled(Map.of("userAccountControl", List.of("512"))))
                .isFalse();
        assertThat(rule.isDisabled(Map.of("userAccountControl", List.of("514"))))
                .isTrue();
        assertThat(rule.isDisabled(Map.of("useraccountcontrol", List.of("66050"))))
                .isTrue();
        assertThat(rule.isDisabled(Map.of("userAccountControl", List.of("garbled"))))
                .isTrue();
        assertThat(rule.isDisabled(Map.of("pwdAccountLockedTime", List.of("000001010000Z"))))
                .isTrue();
        assertThat(rule.isDisabled(Map.of("nsAccountLock", List.of("TRUE")))).isTrue();
        assertThat(rule.isDisabled(Map.of("nsAccountLock", List.of("false")))).isFalse();
        assertThat(rule.isDisabled(Map.of("cn", List.of("Tanaka")))).isFalse();
        assertThat(rule.attributes())
                .containsExactlyInAnyOrder("userAccountControl", "pwdAccountLockedTime", "nsAccountLock");

        DirectoryDisabledRule custom = DirectoryDisabledRule.parse("employeeStatus=left, present:loginDisabled");
        assertThat(custom.isDisabled(Map.of("employeeStatus", List.of("Left")))).isTrue();
        assertThat(custom.isDisabled(Map.of("loginDisabled", List.of("x")))).isTrue();
        assertThat(custom.isDisabled(Map.of("userAccountControl", List.of("514"))))
                .isFalse();
        assertThat(custom.attributes()).isEqualTo(Set.of("employeeStatus", "loginDisabled"));
    }
}
