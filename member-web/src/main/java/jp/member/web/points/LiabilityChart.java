package jp.member.web.points;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import jp.member.points.boundary.LiabilityReport.Cohort;

/**
 * The liability page's chart as Chart.js configuration for PrimeFaces {@code p:chart}: points issued, redeemed and
 * expired per cohort month. Built with JSON-P, so a label is always a well-formed JSON string; and since
 * {@code p:chart} writes the configuration as is into a {@code <script>} element, {@code <}, {@code >} and
 * {@code &} are written as Unicode escapes — the same JSON value, but a label can never close the script.
 */
final class LiabilityChart {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private LiabilityChart() {}

    /** The labels of the three series are given in the viewer's language. */
    static String of(List<Cohort> cohorts, String issuedLabel, String redeemedLabel, String expiredLabel) {
        JsonArrayBuilder months = JSON.createArrayBuilder();
        cohorts.forEach(c -> months.add(c.month()));
        JsonArrayBuilder datasets = JSON.createArrayBuilder()
                .add(series(issuedLabel, cohorts, Cohort::issued))
                .add(series(redeemedLabel, cohorts, Cohort::redeemed))
                .add(series(expiredLabel, cohorts, Cohort::expired));
        JsonObject chart = JSON.createObjectBuilder()
                .add("type", "bar")
                .add("data", JSON.createObjectBuilder().add("labels", months).add("datasets", datasets))
                .add("options", JSON.createObjectBuilder().add("responsive", true))
                .build();
        return safeInScript(chart.toString());
    }

    private static JsonObjectBuilder series(String label, List<Cohort> cohorts, ToLongFunction<Cohort> points) {
        JsonArrayBuilder data = JSON.createArrayBuilder();
        cohorts.forEach(c -> data.add(points.applyAsLong(c)));
        return JSON.createObjectBuilder().add("label", label).add("data", data);
    }

    /** Outside strings JSON has no {@code <}, {@code >} or {@code &}: escaping them all changes no value. */
    private static String safeInScript(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
