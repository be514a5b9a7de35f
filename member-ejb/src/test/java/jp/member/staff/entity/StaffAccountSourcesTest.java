package jp.member.staff.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import jp.member.security.Roles;
import jp.member.shared.BusinessException;
import jp.member.staff.entity.StaffAccount.Source;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Records of people whom the directory or the OpenID provider checks (decisions 0021, 0022). */
class StaffAccountSourcesTest {

    private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");

    @Test
    @DisplayName("A provider's record has no password, nothing to change, and its password cannot be changed here")
    void providersRecord() {
        StaffAccount account = StaffAccount.external(Source.OPENID, "sato", "佐藤 一郎", Set.of(Roles.AGENT), NOW);

        assertThat(account.getSource()).isEqualTo(Source.OPENID);
        assertThat(account.isExternal()).isTrue();
        assertThat(account.isFromDirectory()).isFalse();
        assertThat(account.getPasswordHash()).isNull();
        assertThat(account.isMustChangePassword()).isFalse();
        assertThatThrownBy(() -> account.changePassword("x")).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> StaffAccount.external(Source.LOCAL, "x", "x", Set.of(Roles.AGENT), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("The first subject binds the record; another one is refused; an unusable one never binds")
    void subjectBinding() {
        StaffAccount account = StaffAccount.external(Source.OPENID, "sato", null, Set.of(Roles.AGENT), NOW);

        assertThat(account.bindOpenIdSubject("")).isFalse();
        assertThat(account.bindOpenIdSubject("x".repeat(StaffAccount.SUBJECT_MAX + 1)))
                .isFalse();
        assertThat(account.bindOpenIdSubject("sub-1")).isTrue();
        assertThat(account.bindOpenIdSubject("sub-1")).isTrue();
        assertThat(account.bindOpenIdSubject("sub-2")).isFalse();
    }

    @Test
    @DisplayName("Adopting a local account drops its password and ends its sessions; following new roles ends them too")
    void adoptAndFollow() {
        StaffAccount local = new StaffAccount("kato", "加藤", "hash", Set.of(Roles.AGENT), NOW);
        int before = local.getSessionGeneration();

        local.adoptBy(Source.OPENID);
        assertThat(local.getSource()).isEqualTo(Source.OPENID);
        assertThat(local.getPasswordHash()).isNull();
        assertThat(local.getSessionGeneration()).isGreaterThan(before);

        int adopted = local.getSessionGeneration();
        local.follow("加藤 二郎", Set.of(Roles.AGENT));
        assertThat(local.getSessionGeneration()).as("same roles").isEqualTo(adopted);
        assertThat(local.getDisplayName()).isEqualTo("加藤 二郎");
        local.follow(null, Set.of(Roles.MANAGER));
        assertThat(local.getSessionGeneration()).as("new roles").isGreaterThan(adopted);
        assertThat(local.getDisplayName())
                .as("no name given: kept as the username")
                .isEqualTo("kato");
        assertThatThrownBy(() -> local.adoptBy(Source.LOCAL)).isInstanceOf(IllegalArgumentException.class);
    }
}
