package jp.member.requests.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import jp.member.members.entity.PersonalField;
import jp.member.shared.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The officer's decision checked before anything runs: Art. 36 reasons, and what "partly" may mean per kind. */
class DecisionDraftTest {

    private static final Set<PersonalField> ASKED = Set.of(PersonalField.PHONE, PersonalField.EMAIL);

    private static List<String> keys(DecisionDraft draft, RequestKind kind) {
        return draft.violations(kind, ASKED).stream().map(Violation::messageKey).toList();
    }

    @Test
    @DisplayName("acceptance needs nothing more and executes the remedy asked for and every field")
    void accepted() {
        DecisionDraft draft = new DecisionDraft(Decision.ACCEPTED, null, null, null, null, null);

        assertThat(keys(draft, RequestKind.ERASURE)).isEmpty();
        assertThat(draft.remedyFor(RequestKind.ERASURE)).isEqualTo(Remedy.ERASE);
        assertThat(draft.remedyFor(RequestKind.DISCLOSURE)).isNull();
        assertThat(draft.fieldsToCorrect(ASKED)).isEqualTo(ASKED);
    }

    @Test
    @DisplayName("a refusal needs a reason that fits the kind and the text the member is told, within 1,000 characters")
    void refusalNeedsItsReason() {
        assertThat(keys(new DecisionDraft(Decision.REFUSED, null, " ", null, null, null), RequestKind.DISCLOSURE))
                .containsExactly("request.decision.reasonRequired", "request.decision.reasonTextRequired");
        assertThat(keys(
                        new DecisionDraft(Decision.REFUSED, RefusalReason.DATA_IS_TRUE, "確認済み", null, null, null),
                        RequestKind.DISCLOSURE))
                .containsExactly("request.decision.reasonRequired");
        assertThat(keys(
                        new DecisionDraft(Decision.REFUSED, RefusalReason.NOT_HELD, "x".repeat(1001), null, null, null),
                        RequestKind.DISCLOSURE))
                .containsExactly("request.decision.reasonTextTooLong");
        DecisionDraft refused =
                new DecisionDraft(Decision.REFUSED, RefusalReason.NO_GROUND, "理由に当たりません", Remedy.ERASE, ASKED, null);
        assertThat(keys(refused, RequestKind.ERASURE)).isEmpty();
        assertThat(refused.remedyFor(RequestKind.ERASURE)).isNull();
        assertThat(refused.fieldsToCorrect(ASKED)).isEmpty();
        assertThat(new DecisionDraft(null, null, null, null, null, null).violations(RequestKind.DISCLOSURE, ASKED))
                .extracting(Violation::messageKey)
                .containsExactly("request.decision.required");
    }

    @Test
    @DisplayName("partly, per kind: a disclosure withholds some (not all) data sections; a correction applies some of"
            + " the fields; an Art. 35 request takes a lesser remedy; a purpose notice cannot be partial")
    void partly() {
        assertThat(keys(partly(null, null, Set.of(PackageSection.INQUIRIES)), RequestKind.DISCLOSURE))
                .isEmpty();
        assertThat(keys(partly(null, null, Set.of()), RequestKind.DISCLOSURE))
                .containsExactly("request.decision.withheldInvalid");
        assertThat(keys(partly(null, null, Set.of(PackageSection.PURPOSES)), RequestKind.DISCLOSURE))
                .containsExactly("request.decision.withheldInvalid");
        assertThat(keys(
                        partly(null, null, PackageContents.dataSections(RequestKind.DISCLOSURE)),
                        RequestKind.DISCLOSURE))
                .containsExactly("request.decision.withheldInvalid");
        assertThat(keys(partly(null, Set.of(PersonalField.PHONE), null), RequestKind.CORRECTION))
                .isEmpty();
        assertThat(keys(partly(null, ASKED, null), RequestKind.CORRECTION))
                .containsExactly("request.decision.fieldsInvalid");
        assertThat(keys(partly(null, Set.of(PersonalField.NAME_KANJI), null), RequestKind.CORRECTION))
                .containsExactly("request.decision.fieldsInvalid");
        DecisionDraft lesser = partly(Remedy.STOP_USE, null, null);
        assertThat(keys(lesser, RequestKind.ERASURE)).isEmpty();
        assertThat(lesser.remedyFor(RequestKind.ERASURE)).isEqualTo(Remedy.STOP_USE);
        assertThat(keys(partly(Remedy.ERASE, null, null), RequestKind.ERASURE))
                .containsExactly("request.decision.remedyInvalid");
        assertThat(keys(partly(Remedy.STOP_USE, null, null), RequestKind.STOP_PROVISION))
                .containsExactly("request.decision.remedyInvalid");
        assertThat(keys(partly(null, null, null), RequestKind.PURPOSE_NOTICE))
                .containsExactly("request.decision.partlyNotPossible");
    }

    private static DecisionDraft partly(Remedy remedy, Set<PersonalField> fields, Set<PackageSection> withheld) {
        return new DecisionDraft(Decision.PARTLY, RefusalReason.NOT_HELD, "一部", remedy, fields, withheld);
    }
}
