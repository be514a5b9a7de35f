package jp.member.web.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import jp.member.staff.boundary.ApiClientAdministration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A personal field's column named as the member form's property, whose label the API client page shows. */
class ApiClientTextsTest {

    @Test
    @DisplayName("a column's words joined in camel case: name_kanji is nameKanji, a single word stays")
    void property() {
        assertThat(ApiClientTexts.property("name_kanji")).isEqualTo("nameKanji");
        assertThat(ApiClientTexts.property("postal_code")).isEqualTo("postalCode");
        assertThat(ApiClientTexts.property("email")).isEqualTo("email");
    }

    @Test
    @DisplayName("every personal field a scope may hold has a label in Japanese and in English")
    void everyPersonalFieldLabelled() throws IOException {
        Properties ja = bundle("messages_ja.properties");
        Properties en = bundle("messages_en.properties");

        assertThat(ApiClientAdministration.PERSONAL_FIELDS).allSatisfy(column -> {
            String key = "field." + ApiClientTexts.property(column);
            assertThat(ja).containsKey(key);
            assertThat(en).containsKey(key);
        });
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ApiClientTextsTest.class.getResourceAsStream("/jp/member/web/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
