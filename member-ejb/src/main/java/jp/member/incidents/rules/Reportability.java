package jp.member.incidents.rules;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Whether an incident must be reported to the PPC and notified to the members (Act Art. 26, Rule Art. 7), and why.
 * The four triggers of Rule 7, each with the number of members it rests on:
 *
 * <ol>
 *   <li>{@link Trigger#SENSITIVE}: 要配慮個人情報 among the exposed items, at one member already;
 *   <li>{@link Trigger#PROPERTY_DAMAGE}: data that can be misused for a loss of property — here a card number of a
 *       member with points to spend, when {@link TriggerSettings#balanceIsProperty()} — at one member already;
 *   <li>{@link Trigger#MALICIOUS}: an act that may have had an unlawful purpose, at one member already;
 *   <li>{@link Trigger#OVER_THRESHOLD}: more than 1,000 members ("千人を超える": 1,000 is not reportable, 1,001 is).
 * </ol>
 *
 * <p>Data that reached anyone only encrypted, with the key kept apart and not exposed, falls under the 高度な暗号化
 * exemption, which Rule 7 item 1 extends to all four items ("以下この条…において同じ"): those members are left out of
 * every count and listed as {@link Trigger#ENCRYPTION_EXEMPT}, which informs and never makes an incident reportable.
 * When the key was exposed the exemption is lost and they count as exposed everywhere.
 *
 * <p>Plain Java with no state: the incident boundary calls it with the counted scope and the configured settings.
 */
public final class Reportability {

    private Reportability() {}

    /**
     * The assessment of an incident.
     *
     * <p>The reasons come in the order of {@link Trigger}: the Rule 7 items that apply (1 to 4), then {@link
     * Trigger#ENCRYPTION_EXEMPT} if members are left out for encryption, then {@link Trigger#NONE} when no Rule 7
     * item applies. So a not-reportable assessment always says so with {@code NONE} (counting the members that were
     * exposed, zero or at most the threshold), beside the exemption when there is one.
     *
     * @param facts the scope of the incident (members, exposure, key status)
     * @param malice whether an act with an unlawful purpose was, or may have been, involved
     * @param settings the threshold and the two policy choices
     */
    public static Assessment evaluate(ScopeFacts facts, Malice malice, TriggerSettings settings) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(malice, "malice");
        Objects.requireNonNull(settings, "settings");
        long exposed = facts.effectivelyExposed();
        List<Reason> reasons = new ArrayList<>();
        if (facts.sensitiveItems() && exposed > 0) {
            reasons.add(new Reason(Trigger.SENSITIVE, exposed));
        }
        if (settings.balanceIsProperty() && facts.membersWithUsableBalance() > 0) {
            reasons.add(new Reason(Trigger.PROPERTY_DAMAGE, facts.membersWithUsableBalance()));
        }
        boolean maliceCounts = malice == Malice.YES || (malice == Malice.UNKNOWN && settings.unknownMaliceCounts());
        if (maliceCounts && exposed > 0) {
            reasons.add(new Reason(Trigger.MALICIOUS, exposed));
        }
        if (exposed > settings.threshold()) {
            reasons.add(new Reason(Trigger.OVER_THRESHOLD, exposed));
        }
        boolean reportable = !reasons.isEmpty();
        if (!facts.keyExposed() && facts.encryptedOnly() > 0) {
            reasons.add(new Reason(Trigger.ENCRYPTION_EXEMPT, facts.encryptedOnly()));
        }
        if (!reportable) {
            reasons.add(new Reason(Trigger.NONE, exposed));
        }
        return new Assessment(reportable, reasons);
    }

    /**
     * Why an incident is, or is not, reportable.
     *
     * @param reportable whether at least one Rule 7 item applies: then the PPC report and the notice are due
     * @param reasons the triggers that apply, in {@link Trigger} order, never empty
     */
    public record Assessment(boolean reportable, List<Reason> reasons) implements Serializable {

        /** @throws IllegalArgumentException if there is no reason */
        public Assessment {
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("an assessment gives at least one reason");
            }
        }

        /** Whether the trigger is among the reasons. */
        public boolean has(Trigger trigger) {
            return reason(trigger).isPresent();
        }

        /** The reason for that trigger, if it applies. */
        public Optional<Reason> reason(Trigger trigger) {
            return reasons.stream().filter(r -> r.trigger() == trigger).findFirst();
        }
    }

    /**
     * One trigger and the number of members it rests on.
     *
     * @param trigger what applies
     * @param count the members concerned (for {@link Trigger#PROPERTY_DAMAGE} those with a usable balance, for {@link
     *     Trigger#ENCRYPTION_EXEMPT} those left out, otherwise those exposed)
     */
    public record Reason(Trigger trigger, long count) implements Serializable {

        /** @throws IllegalArgumentException if the count is negative */
        public Reason {
            Objects.requireNonNull(trigger, "trigger");
            if (count < 0) {
                throw new IllegalArgumentException("a reason counts zero or more members");
            }
        }
    }

    /** The grounds of an assessment, in the order of Rule 7's items, then the two that are not items. */
    public enum Trigger {
        /** Rule 7 item 1: 要配慮個人情報. */
        SENSITIVE(1),
        /** Rule 7 item 2: 財産的被害が生じるおそれ. */
        PROPERTY_DAMAGE(2),
        /** Rule 7 item 3: 不正の目的をもって行われたおそれがある行為. */
        MALICIOUS(3),
        /** Rule 7 item 4: 本人の数が千人を超える. */
        OVER_THRESHOLD(4),
        /** Not an item: members left out because their data reached anyone only highly encrypted. */
        ENCRYPTION_EXEMPT(0),
        /** Not an item: no Rule 7 item applies. */
        NONE(0);

        private final int ruleItem;

        Trigger(int ruleItem) {
            this.ruleItem = ruleItem;
        }

        /** The item of Rule Art. 7 (1 to 4), or 0 for the two that are not items. */
        public int ruleItem() {
            return ruleItem;
        }

        /** Whether this trigger makes an incident reportable: the four Rule 7 items. */
        public boolean makesReportable() {
            return ruleItem > 0;
        }
    }

    /**
     * The configurable part of the assessment.
     *
     * @param threshold the exposed members an incident may have before item 4 applies: reportable when more; the law
     *     says 1,000, a stricter policy may set less (0 to 1,000)
     * @param balanceIsProperty whether a card number of a member with points to spend counts as data whose misuse
     *     causes a loss of property (item 2); the law gives credit cards and banking passwords as examples and says
     *     nothing of points, so this is the controller's decision
     * @param unknownMaliceCounts whether a not-yet-known malice counts as the possibility item 3 speaks of
     */
    public record TriggerSettings(long threshold, boolean balanceIsProperty, boolean unknownMaliceCounts) {

        /** The number of Rule 7 item 4: more than 1,000. */
        public static final long LEGAL_THRESHOLD = 1_000;

        public static final String THRESHOLD = "incident.report.threshold";
        public static final String BALANCE_IS_PROPERTY = "incident.report.balanceIsProperty";
        public static final String UNKNOWN_MALICE_COUNTS = "incident.report.unknownMaliceCounts";

        private static final TriggerSettings DEFAULTS = new TriggerSettings(LEGAL_THRESHOLD, true, true);

        /**
         * @throws IllegalArgumentException if the threshold is negative or above the legal 1,000 (a setting may make
         *     the register stricter than the law, never laxer)
         */
        public TriggerSettings {
            if (threshold < 0 || threshold > LEGAL_THRESHOLD) {
                throw new IllegalArgumentException("the report threshold is 0 to 1,000 members");
            }
        }

        /**
         * The law as written, read cautiously: threshold 1,000; a usable points balance is property (points can be
         * spent by whoever holds the card number, so a reported leak that was not needed costs less than one that
         * was missed); an unknown malice counts (the rule reads "おそれ").
         */
        public static TriggerSettings defaults() {
            return DEFAULTS;
        }

        /**
         * The settings from configuration: {@value #THRESHOLD} (a whole number 0 to 1,000), {@value
         * #BALANCE_IS_PROPERTY} and {@value #UNKNOWN_MALICE_COUNTS} ({@code true} or {@code false}, any case). Each
         * key that is missing, unreadable or out of range takes its {@link #defaults() default} on its own; no
         * exception is thrown, so a bad value cannot keep the register from assessing.
         *
         * @param setting the configuration, e.g. {@code settings::value}
         */
        public static TriggerSettings from(Function<String, Optional<String>> setting) {
            return new TriggerSettings(
                    SettingValues.longIn(setting, THRESHOLD, 0, LEGAL_THRESHOLD, DEFAULTS.threshold()),
                    SettingValues.bool(setting, BALANCE_IS_PROPERTY, DEFAULTS.balanceIsProperty()),
                    SettingValues.bool(setting, UNKNOWN_MALICE_COUNTS, DEFAULTS.unknownMaliceCounts()));
        }
    }
}
