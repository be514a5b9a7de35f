package jp.member.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MySqlWithoutGeneratedKeysTest {

    @Test
    @DisplayName("MySQL as EclipseLink knows it, but new ids are read with LAST_INSERT_ID(), not generated keys")
    void noGeneratedKeys() {
        MySqlWithoutGeneratedKeys platform = new MySqlWithoutGeneratedKeys();
        assertThat(platform.isMySQL()).isTrue();
        assertThat(platform.supportsReturnGeneratedKeys()).isFalse();
        platform.setSupportsReturnGeneratedKeys(true); // whatever EclipseLink sets at login
        assertThat(platform.supportsReturnGeneratedKeys()).isFalse();
    }
}
