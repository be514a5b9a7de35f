package jp.member.staff.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import jp.member.staff.rules.AttestationRule.Status;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AttestationRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final AttestationRule RULE = new AttestationRule(12, "2026-1");

    @Test
    @DisplayName("agreement and training within 12 months and the current policy: current")
    void current() {
        assertThat(RULE.status(TODAY.minusMonths(12), TODAY.minusDays(1), "2026-1", TODAY))
                .isEqualTo(Status.CURRENT);
        assertThat(Status.CURRENT.allowsPersonalData()).isTrue();
    }

    @Test
    @DisplayName("a day older than the period lapses; the first thing missing is the reason")
    void lapsedAndMissing() {
        LocalDate tooOld = TODAY.minusMonths(12).minusDays(1);
        assertThat(RULE.status(null, null, null, TODAY)).isEqualTo(Status.AGREEMENT_MISSING);
        assertThat(RULE.status(tooOld, TODAY, "2026-1", TODAY)).isEqualTo(Status.AGREEMENT_LAPSED);
        assertThat(RULE.status(TODAY, null, "2026-1", TODAY)).isEqualTo(Status.TRAINING_MISSING);
        assertThat(RULE.status(TODAY, tooOld, "2026-1", TODAY)).isEqualTo(Status.TRAINING_LAPSED);
        assertThat(RULE.status(TODAY, TODAY, "2025-2", TODAY)).isEqualTo(Status.POLICY_NOT_ACCEPTED);
        assertThat(RULE.status(TODAY, TODAY, null, TODAY)).isEqualTo(Status.POLICY_NOT_ACCEPTED);
        for (Status s : Status.values()) {
            assertThat(s.allowsPersonalData()).isEqualTo(s == Status.CURRENT);
        }
    }

    @Test
    @DisplayName("the period is configurable (6 months here) and must be 1 to 120 months")
    void period() {
        AttestationRule sixMonths = new AttestationRule(6, "2026-1");

        assertThat(sixMonths.status(TODAY, TODAY.minusMonths(7), "2026-1", TODAY))
                .isEqualTo(Status.TRAINING_LAPSED);
        assertThatIllegalArgumentException().isThrownBy(() -> new AttestationRule(0, "v"));
        assertThatIllegalArgumentException().isThrownBy(() -> new AttestationRule(121, "v"));
    }
}
