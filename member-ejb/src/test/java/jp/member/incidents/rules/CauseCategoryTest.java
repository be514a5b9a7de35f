package jp.member.incidents.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The cause classes and which of them the response procedure has a checklist template for. */
class CauseCategoryTest {

    @Test
    @DisplayName("every class but その他 has a checklist, in the order of the classes")
    void withChecklist() {
        assertThat(CauseCategory.withChecklist())
                .containsExactly(
                        CauseCategory.UNAUTHORISED_ACCESS,
                        CauseCategory.MISDELIVERY,
                        CauseCategory.LOSS_OR_THEFT,
                        CauseCategory.INSIDER,
                        CauseCategory.PROCESSOR);
        assertThat(CauseCategory.OTHER.hasChecklist()).isFalse();
        assertThat(CauseCategory.PROCESSOR.hasChecklist()).isTrue();
    }

    @Test
    @DisplayName("the six classes are the register's: 不正アクセス, 誤送付・誤公開, 紛失・盗難, 内部不正, 委託先, その他")
    void sixClasses() {
        assertThat(CauseCategory.values()).hasSize(6);
        assertThat(IncidentKind.values()).containsExactly(IncidentKind.LEAK, IncidentKind.LOSS, IncidentKind.DAMAGE);
    }

    @Test
    @DisplayName("an unknown malice leaves the unlawful purpose possible, as does a yes; only a no excludes it")
    void malicePossible() {
        assertThat(Malice.YES.possible()).isTrue();
        assertThat(Malice.UNKNOWN.possible()).isTrue();
        assertThat(Malice.NO.possible()).isFalse();
    }
}
