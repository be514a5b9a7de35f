package jp.member.incidents.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.member.incidents.rules.Reportability.Assessment;
import jp.member.incidents.rules.Reportability.Reason;
import jp.member.incidents.rules.Reportability.Trigger;
import jp.member.incidents.rules.Reportability.TriggerSettings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The four triggers of Rule Art. 7, the encryption exemption, and the settings that shape them. */
class ReportabilityTest {

    private static final TriggerSettings DEFAULTS = TriggerSettings.defaults();

    /** {@code exposed} members with items in clear, {@code encryptedOnly} more with items only encrypted. */
    private static ScopeFacts scope(long exposed, long encryptedOnly) {
        return new ScopeFacts(exposed + encryptedOnly, exposed, List.of(), 0, false, false);
    }

    @Test
    @DisplayName("an accidental leak of one member's ordinary data is not reportable: NONE, counting that member")
    void nothingApplies() {
        Assessment a = Reportability.evaluate(scope(1, 0), Malice.NO, DEFAULTS);

        assertThat(a.reportable()).isFalse();
        assertThat(a.reasons()).containsExactly(new Reason(Trigger.NONE, 1));
    }

    @ParameterizedTest(name = "{0} exposed → reportable {1}")
    @CsvSource({"0, false", "1, false", "999, false", "1000, false", "1001, true", "250000, true"})
    @DisplayName("item 4 is 'more than 1,000': 1,000 members are not reportable, 1,001 are")
    void threshold(long exposed, boolean reportable) {
        Assessment a = Reportability.evaluate(scope(exposed, 0), Malice.NO, DEFAULTS);

        assertThat(a.reportable()).isEqualTo(reportable);
        assertThat(a.has(Trigger.OVER_THRESHOLD)).isEqualTo(reportable);
        assertThat(a.has(Trigger.NONE)).isEqualTo(!reportable);
        if (reportable) {
            assertThat(a.reasons()).containsExactly(new Reason(Trigger.OVER_THRESHOLD, exposed));
        }
    }

    @Test
    @DisplayName("item 1: a sensitive custom field among the exposed items, at one member")
    void sensitive() {
        ScopeFacts facts = new ScopeFacts(1, 1, List.of(), 0, true, false);

        Assessment a = Reportability.evaluate(facts, Malice.NO, DEFAULTS);

        assertThat(a.reportable()).isTrue();
        assertThat(a.reasons()).containsExactly(new Reason(Trigger.SENSITIVE, 1));
    }

    @Test
    @DisplayName("item 1 needs someone exposed: a sensitive field that reached anyone only encrypted is exempt")
    void sensitiveButOnlyEncrypted() {
        ScopeFacts facts = new ScopeFacts(5, 0, List.of(), 0, true, false);

        Assessment a = Reportability.evaluate(facts, Malice.NO, DEFAULTS);

        assertThat(a.reportable()).isFalse();
        assertThat(a.reasons()).containsExactly(new Reason(Trigger.ENCRYPTION_EXEMPT, 5), new Reason(Trigger.NONE, 0));
    }

    @Test
    @DisplayName("item 2: card numbers of members with points to spend, counting those members")
    void propertyDamage() {
        ScopeFacts facts = new ScopeFacts(10, 10, List.of(), 3, false, false);

        Assessment a = Reportability.evaluate(facts, Malice.NO, DEFAULTS);

        assertThat(a.reportable()).isTrue();
        assertThat(a.reasons()).containsExactly(new Reason(Trigger.PROPERTY_DAMAGE, 3));
    }

    @Test
    @DisplayName("item 2 is off when the controller decided a points balance is not property")
    void propertyDamageOff() {
        ScopeFacts facts = new ScopeFacts(10, 10, List.of(), 3, false, false);

        Assessment a = Reportability.evaluate(facts, Malice.NO, new TriggerSettings(1000, false, true));

        assertThat(a.reportable()).isFalse();
        assertThat(a.reasons()).containsExactly(new Reason(Trigger.NONE, 10));
    }

    @Test
    @DisplayName("item 3: an act with an unlawful purpose makes one exposed member reportable")
    void malicious() {
        Assessment a = Reportability.evaluate(scope(1, 0), Malice.YES, DEFAULTS);

        assertThat(a.reportable()).isTrue();
        assertThat(a.reasons()).containsExactly(new Reason(Trigger.MALICIOUS, 1));
    }

    @Test
    @DisplayName("item 3: an unknown malice counts as its possibility (おそれ) unless the setting says otherwise")
    void unknownMalice() {
        assertThat(Reportability.evaluate(scope(1, 0), Malice.UNKNOWN, DEFAULTS).has(Trigger.MALICIOUS))
                .isTrue();
        assertThat(Reportability.evaluate(scope(1, 0), Malice.UNKNOWN, new TriggerSettings(1000, true, false))
                        .reportable())
                .isFalse();
        assertThat(Reportability.evaluate(scope(1, 0), Malice.YES, new TriggerSettings(1000, true, false))
                        .has(Trigger.MALICIOUS))
                .isTrue();
    }

    @Test
    @DisplayName("item 3 needs someone exposed: an attack that took only encrypted data, key safe, is not reportable")
    void maliciousButOnlyEncrypted() {
        Assessment a = Reportability.evaluate(scope(0, 2000), Malice.YES, DEFAULTS);

        assertThat(a.reportable()).isFalse();
        assertThat(a.reasons())
                .containsExactly(new Reason(Trigger.ENCRYPTION_EXEMPT, 2000), new Reason(Trigger.NONE, 0));
    }

    @Test
    @DisplayName("the only-encrypted members are left out of the threshold: 1,000 exposed + 500 encrypted is not"
            + " reportable, and the exemption is listed")
    void exemptionKeepsUnderThreshold() {
        Assessment a = Reportability.evaluate(scope(1000, 500), Malice.NO, DEFAULTS);

        assertThat(a.reportable()).isFalse();
        assertThat(a.reasons())
                .containsExactly(new Reason(Trigger.ENCRYPTION_EXEMPT, 500), new Reason(Trigger.NONE, 1000));
    }

    @Test
    @DisplayName("with the key exposed the exemption is lost: the only-encrypted members count for every trigger")
    void keyExposed() {
        ScopeFacts facts = new ScopeFacts(1500, 1000, List.of(), 0, false, true);

        Assessment a = Reportability.evaluate(facts, Malice.NO, DEFAULTS);

        assertThat(a.reportable()).isTrue();
        assertThat(a.reasons()).containsExactly(new Reason(Trigger.OVER_THRESHOLD, 1500));
        assertThat(a.has(Trigger.ENCRYPTION_EXEMPT)).isFalse();
    }

    @Test
    @DisplayName("with the key exposed, a sensitive field and malice apply to members who had data only encrypted")
    void keyExposedSensitiveAndMalicious() {
        ScopeFacts facts = new ScopeFacts(3, 0, List.of(), 0, true, true);

        Assessment a = Reportability.evaluate(facts, Malice.YES, DEFAULTS);

        assertThat(a.reportable()).isTrue();
        assertThat(a.reasons()).containsExactly(new Reason(Trigger.SENSITIVE, 3), new Reason(Trigger.MALICIOUS, 3));
    }

    @Test
    @DisplayName("every trigger at once comes in the order of Rule 7's items, the exemption after them")
    void allTriggersInOrder() {
        ScopeFacts facts = new ScopeFacts(5000, 4000, List.of(), 700, true, false);

        Assessment a = Reportability.evaluate(facts, Malice.YES, DEFAULTS);

        assertThat(a.reportable()).isTrue();
        assertThat(a.reasons())
                .containsExactly(
                        new Reason(Trigger.SENSITIVE, 4000),
                        new Reason(Trigger.PROPERTY_DAMAGE, 700),
                        new Reason(Trigger.MALICIOUS, 4000),
                        new Reason(Trigger.OVER_THRESHOLD, 4000),
                        new Reason(Trigger.ENCRYPTION_EXEMPT, 1000));
        assertThat(a.reason(Trigger.PROPERTY_DAMAGE)).contains(new Reason(Trigger.PROPERTY_DAMAGE, 700));
        assertThat(a.reason(Trigger.NONE)).isEmpty();
    }

    @Test
    @DisplayName("a reportable incident with some members only encrypted lists the exemption but stays reportable")
    void exemptionIsOnlyInformation() {
        Assessment a = Reportability.evaluate(scope(1, 9), Malice.YES, DEFAULTS);

        assertThat(a.reportable()).isTrue();
        assertThat(a.reasons())
                .containsExactly(new Reason(Trigger.MALICIOUS, 1), new Reason(Trigger.ENCRYPTION_EXEMPT, 9));
    }

    @Test
    @DisplayName("the trigger's Rule 7 item, and which triggers make an incident reportable")
    void triggerItems() {
        assertThat(Trigger.SENSITIVE.ruleItem()).isEqualTo(1);
        assertThat(Trigger.PROPERTY_DAMAGE.ruleItem()).isEqualTo(2);
        assertThat(Trigger.MALICIOUS.ruleItem()).isEqualTo(3);
        assertThat(Trigger.OVER_THRESHOLD.ruleItem()).isEqualTo(4);
        assertThat(Trigger.ENCRYPTION_EXEMPT.makesReportable()).isFalse();
        assertThat(Trigger.NONE.makesReportable()).isFalse();
        assertThat(Trigger.OVER_THRESHOLD.makesReportable()).isTrue();
    }

    @Test
    @DisplayName("an assessment always gives a reason, and a reason never counts below zero")
    void invariants() {
        assertThatThrownBy(() -> new Assessment(false, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Reason(Trigger.NONE, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("a stricter threshold from configuration: 100 makes 101 members reportable")
    void stricterThreshold() {
        TriggerSettings strict = TriggerSettings.from(key ->
                Optional.ofNullable(Map.of(TriggerSettings.THRESHOLD, "100").get(key)));

        assertThat(Reportability.evaluate(scope(100, 0), Malice.NO, strict).reportable())
                .isFalse();
        assertThat(Reportability.evaluate(scope(101, 0), Malice.NO, strict).reportable())
                .isTrue();
    }

    @Test
    @DisplayName("defaults: the law's 1,000, a usable balance is property, an unknown malice counts")
    void defaults() {
        assertThat(TriggerSettings.defaults()).isEqualTo(new TriggerSettings(1000, true, true));
        assertThat(TriggerSettings.from(key -> Optional.empty())).isEqualTo(TriggerSettings.defaults());
    }

    @Test
    @DisplayName("configuration is read from the three keys, booleans in any case and with spaces")
    void fromSettings() {
        Map<String, String> values = Map.of(
                "incident.report.threshold", " 500 ",
                "incident.report.balanceIsProperty", "FALSE",
                "incident.report.unknownMaliceCounts", "False");

        TriggerSettings settings = TriggerSettings.from(key -> Optional.ofNullable(values.get(key)));

        assertThat(settings).isEqualTo(new TriggerSettings(500, false, false));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "-1", "1001", "5000", "1e3", "1,000", "abc", "99999999999999999999"})
    @DisplayName("a bad value takes its default on its own, without an exception; the other keys are still read")
    void badValues(String bad) {
        Map<String, String> values = Map.of(
                "incident.report.threshold",
                bad,
                "incident.report.balanceIsProperty",
                bad.isBlank() ? "false" : bad,
                "incident.report.unknownMaliceCounts",
                "false");

        TriggerSettings settings = TriggerSettings.from(key -> Optional.ofNullable(values.get(key)));

        assertThat(settings.threshold()).isEqualTo(1000);
        assertThat(settings.balanceIsProperty()).isEqualTo(!bad.isBlank());
        assertThat(settings.unknownMaliceCounts()).isFalse();
    }

    @Test
    @DisplayName("a boolean other than true or false takes its default; a null Optional from the source is missing")
    void badBooleans() {
        Map<String, String> values =
                Map.of("incident.report.balanceIsProperty", "no", "incident.report.unknownMaliceCounts", "yes");

        assertThat(TriggerSettings.from(key -> Optional.ofNullable(values.get(key))))
                .isEqualTo(TriggerSettings.defaults());
        assertThat(TriggerSettings.from(key -> null)).isEqualTo(TriggerSettings.defaults());
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, 1001})
    @DisplayName("a threshold in code may be stricter than the law, never laxer or negative")
    void thresholdRange(long threshold) {
        assertThatThrownBy(() -> new TriggerSettings(threshold, true, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("threshold 0 makes any exposed member reportable, and none exposed still is not")
    void zeroThreshold() {
        TriggerSettings zero = new TriggerSettings(0, true, true);

        assertThat(Reportability.evaluate(scope(1, 0), Malice.NO, zero).reportable())
                .isTrue();
        assertThat(Reportability.evaluate(scope(0, 0), Malice.NO, zero).reportable())
                .isFalse();
    }
}
