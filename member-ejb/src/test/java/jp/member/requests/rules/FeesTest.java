package jp.member.requests.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Art. 38: a fee only for the purpose notice and disclosure, reasonable, and settled before the reply goes. */
class FeesTest {

    @ParameterizedTest
    @EnumSource(
            value = RequestKind.class,
            names = {"PURPOSE_NOTICE", "DISCLOSURE", "PROVISION_RECORDS"})
    @DisplayName("a purpose notice and a disclosure (provision records included) carry the published fee")
    void chargeable(RequestKind kind) {
        assertThat(kind.feeAllowed()).isTrue();
        assertThat(Fees.feeFor(kind, 500)).isEqualTo(500);
        assertThat(Fees.initialStatus(Fees.feeFor(kind, 500))).isEqualTo(FeeStatus.DUE);
    }

    @ParameterizedTest
    @EnumSource(
            value = RequestKind.class,
            names = {"CORRECTION", "STOP_USE", "ERASURE", "STOP_PROVISION"})
    @DisplayName("a correction, a stop or an erasure is free whatever is published")
    void free(RequestKind kind) {
        assertThat(kind.feeAllowed()).isFalse();
        assertThat(Fees.feeFor(kind, 500)).isZero();
        assertThat(Fees.initialStatus(Fees.feeFor(kind, 500))).isEqualTo(FeeStatus.NONE);
    }

    @Test
    @DisplayName("no fee published means none charged; an unreasonable one is capped")
    void limits() {
        assertThat(Fees.feeFor(RequestKind.DISCLOSURE, 0)).isZero();
        assertThat(Fees.feeFor(RequestKind.DISCLOSURE, -100)).isZero();
        assertThat(Fees.feeFor(RequestKind.DISCLOSURE, 50_000)).isEqualTo(Fees.MAX_YEN);
    }

    @Test
    @DisplayName("a due fee is recorded as paid or waived, once; nothing else may be recorded")
    void recording() {
        assertThat(Fees.canRecord(FeeStatus.DUE, FeeStatus.PAID)).isTrue();
        assertThat(Fees.canRecord(FeeStatus.DUE, FeeStatus.WAIVED)).isTrue();
        assertThat(Fees.canRecord(FeeStatus.DUE, FeeStatus.DUE)).isFalse();
        assertThat(Fees.canRecord(FeeStatus.NONE, FeeStatus.PAID)).isFalse();
        assertThat(Fees.canRecord(FeeStatus.PAID, FeeStatus.WAIVED)).isFalse();
        assertThat(FeeStatus.DUE.settled()).isFalse();
        assertThat(FeeStatus.NONE.settled()).isTrue();
    }
}
