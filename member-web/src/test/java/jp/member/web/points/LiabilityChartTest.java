package jp.member.web.points;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import jp.member.points.boundary.LiabilityReport.Cohort;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The liability chart's configuration: the same JSON as before for ordinary labels, any label escaped. */
class LiabilityChartTest {

    private static final List<Cohort> TWO_MONTHS = List.of(cohort("2026-01", 100, 30, 5), cohort("2026-02", 50, 0, 0));

    @Test
    @DisplayName("ordinary labels give exactly the configuration the page always had")
    void sameJsonForOrdinaryLabels() {
        String chart = LiabilityChart.of(TWO_MONTHS, "発行", "利用", "失効");

        assertThat(chart)
                .isEqualTo("{\"type\":\"bar\",\"data\":{\"labels\":[\"2026-01\",\"2026-02\"],\"datasets\":["
                        + "{\"label\":\"発行\",\"data\":[100,50]},{\"label\":\"利用\",\"data\":[30,0]},"
                        + "{\"label\":\"失効\",\"data\":[5,0]}]},\"options\":{\"responsive\":true}}");
    }

    @Test
    @DisplayName("a period without cohorts gives empty labels and series")
    void noCohorts() {
        String chart = LiabilityChart.of(List.of(), "issued", "redeemed", "expired");

        assertThat(chart)
                .isEqualTo("{\"type\":\"bar\",\"data\":{\"labels\":[],\"datasets\":["
                        + "{\"label\":\"issued\",\"data\":[]},{\"label\":\"redeemed\",\"data\":[]},"
                        + "{\"label\":\"expired\",\"data\":[]}]},\"options\":{\"responsive\":true}}");
    }

    @Test
    @DisplayName("a quote or a backslash in a label is escaped: the JSON stays well formed and reads back the same")
    void quoteEscaped() {
        String label = "発行 \"new\" \\ points";

        String chart = LiabilityChart.of(TWO_MONTHS, label, "利用", "失効");

        assertThat(chart).contains("\"label\":\"発行 \\\"new\\\" \\\\ points\"");
        assertThat(firstSeriesLabel(chart)).isEqualTo(label);
    }

    @Test
    @DisplayName("a label with </script> cannot close the script element p:chart writes the configuration into")
    void scriptEndEscaped() {
        String label = "</script><script>alert('x & y')</script>";
        String month = "2026-01</script>";

        String chart = LiabilityChart.of(List.of(cohort(month, 1, 0, 0)), label, "利用", "失効");

        assertThat(chart).doesNotContain("<", ">", "&").contains("\\u003c/script\\u003e");
        assertThat(firstSeriesLabel(chart)).isEqualTo(label);
        assertThat(read(chart).getJsonObject("data").getJsonArray("labels").getString(0))
                .isEqualTo(month);
    }

    private static String firstSeriesLabel(String chart) {
        return read(chart)
                .getJsonObject("data")
                .getJsonArray("datasets")
                .getJsonObject(0)
                .getString("label");
    }

    private static JsonObject read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static Cohort cohort(String month, long issued, long redeemed, long expired) {
        return new Cohort(month, issued, redeemed, expired, BigDecimal.ZERO, BigDecimal.ZERO);
    }
}
