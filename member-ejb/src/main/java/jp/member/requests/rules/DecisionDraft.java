package jp.member.requests.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.member.members.entity.PersonalField;
import jp.member.shared.Violation;

/**
 * The privacy officer's decision as entered, checked against the request before anything is executed.
 *
 * @param decision accepted, partly or refused
 * @param reason why not (fully) accepted; required unless accepted
 * @param reasonText what the member is told (Art. 36); required unless accepted
 * @param remedy for a partial Art. 35 decision, the lesser measure taken
 * @param applyFields for a partial correction, the fields corrected
 * @param withheld for a partial disclosure, the sections left out
 */
public record DecisionDraft(
        Decision decision,
        RefusalReason reason,
        String reasonText,
        Remedy remedy,
        Set<PersonalField> applyFields,
        Set<PackageSection> withheld) {

    /** The longest reason text, in characters. */
    public static final int REASON_TEXT_MAX = 1000;

    public DecisionDraft {
        applyFields = applyFields == null || applyFields.isEmpty()
                ? EnumSet.noneOf(PersonalField.class)
                : EnumSet.copyOf(applyFields);
        withheld = withheld == null || withheld.isEmpty()
                ? EnumSet.noneOf(PackageSection.class)
                : EnumSet.copyOf(withheld);
        reasonText = reasonText == null || reasonText.isBlank() ? null : reasonText.strip();
    }

    /** What is wrong with this decision on a request of {@code kind} that asked to correct {@code requestedFields}. */
    public List<Violation> violations(RequestKind kind, Set<PersonalField> requestedFields) {
        List<Violation> violations = new ArrayList<>();
        if (decision == null) {
            violations.add(new Violation("decision", "request.decision.required"));
            return violations;
        }
        if (decision.needsReason()) {
            if (reason == null || !RefusalReason.forKind(kind).contains(reason)) {
                violations.add(new Violation("reason", "request.decision.reasonRequired"));
            }
            if (reasonText == null) {
                violations.add(new Violation("reasonText", "request.decision.reasonTextRequired"));
            } else if (reasonText.length() > REASON_TEXT_MAX) {
                violations.add(new Violation("reasonText", "request.decision.reasonTextTooLong"));
            }
        }
        if (decision == Decision.PARTLY) {
            partly(kind, requestedFields, violations);
        }
        return violations;
    }

    /** The remedy to execute: the one asked for when accepted, the lesser one when partly, none when refused. */
    public Remedy remedyFor(RequestKind kind) {
        return switch (decision) {
            case ACCEPTED -> kind.remedy();
            case PARTLY -> kind.needsGround() ? remedy : null;
            case REFUSED -> null;
        };
    }

    /** The fields to correct: all requested when accepted, the chosen ones when partly, none when refused. */
    public Set<PersonalField> fieldsToCorrect(Set<PersonalField> requestedFields) {
        return switch (decision) {
            case ACCEPTED -> requestedFields;
            case PARTLY -> applyFields;
            case REFUSED -> EnumSet.noneOf(PersonalField.class);
        };
    }

    private void partly(RequestKind kind, Set<PersonalField> requestedFields, List<Violation> violations) {
        switch (kind) {
            case PURPOSE_NOTICE -> violations.add(new Violation("decision", "request.decision.partlyNotPossible"));
            case DISCLOSURE, PROVISION_RECORDS -> {
                Set<PackageSection> data = PackageContents.dataSections(kind);
                if (withheld.isEmpty() || !data.containsAll(withheld) || withheld.containsAll(data)) {
                    violations.add(new Violation("withheld", "request.decision.withheldInvalid"));
                }
            }
            case CORRECTION -> {
                if (applyFields.isEmpty()
                        || !requestedFields.containsAll(applyFields)
                        || applyFields.containsAll(requestedFields)) {
                    violations.add(new Violation("applyFields", "request.decision.fieldsInvalid"));
                }
            }
            case STOP_USE, ERASURE, STOP_PROVISION -> {
                if (remedy == null || remedy.reach() >= kind.remedy().reach()) {
                    violations.add(new Violation("remedy", "request.decision.remedyInvalid"));
                }
            }
        }
    }
}
