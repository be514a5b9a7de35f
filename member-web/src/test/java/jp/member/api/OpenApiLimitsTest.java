package jp.member.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jp.member.members.validation.Limits;
import jp.member.points.entity.ClientTransaction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The API description states the length limits the business layer applies; a YAML file cannot name a Java constant,
 * so this test holds the two together.
 */
class OpenApiLimitsTest {

    private static final Path DESCRIPTION = Path.of("src/main/webapp/openapi.yaml");

    @Test
    @DisplayName("the maxLength and pattern limits in openapi.yaml are the ones the business layer checks")
    void descriptionStatesTheLimits() throws IOException {
        Map<String, Object> schemas = schemas();

        Map<String, Object> contact = properties(schemas.get("Contact"));
        Map<String, Object> enrolment =
                properties(((List<?>) ((Map<?, ?>) schemas.get("Enrolment")).get("allOf")).get(1));

        assertThat(maxLength(contact, "city")).isEqualTo(Limits.CITY_MAX);
        assertThat(maxLength(contact, "street")).isEqualTo(Limits.STREET_MAX);
        assertThat(maxLength(contact, "building")).isEqualTo(Limits.BUILDING_MAX);
        assertThat(maxLength(enrolment, "nameKanji")).isEqualTo(Limits.NAME_KANJI_MAX);
        assertThat(maxLength(enrolment, "nameKana")).isEqualTo(Limits.NAME_KANA_MAX);
        assertThat(((Map<?, ?>) schemas.get("TransactionId")).get("pattern"))
                .isEqualTo("^[A-Za-z0-9._:-]{1," + ClientTransaction.TRANSACTION_ID_MAX + "}$");
        assertThat(((Map<?, ?>) schemas.get("StoreCode")).get("pattern"))
                .isEqualTo("^[A-Za-z0-9-]{1," + Limits.STORE_CODE_MAX + "}$");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schemas() throws IOException {
        try (Reader in = Files.newBufferedReader(DESCRIPTION)) {
            Map<String, Object> description = new Yaml().load(in);
            return (Map<String, Object>) ((Map<String, Object>) description.get("components")).get("schemas");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Object schema) {
        return (Map<String, Object>) ((Map<String, Object>) schema).get("properties");
    }

    private static Object maxLength(Map<String, Object> properties, String field) {
        return ((Map<?, ?>) properties.get(field)).get("maxLength");
    }
}
