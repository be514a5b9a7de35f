package jp.member.points.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import jp.member.points.entity.EntryType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class CohortUseTest {

    @ParameterizedTest(name = "{0}, takes {1} → {2}")
    @CsvSource({
        "REDEEM, true, REDEEMED",
        "REVERSAL, false, REDEEMED",
        "EXPIRY, true, EXPIRED",
        "FORFEIT, true, EXPIRED",
    })
    @DisplayName("redemptions and their reversals count as redeemed, expiry and withdrawal as expired")
    void counted(String type, boolean takes, CohortUse use) {
        assertThat(CohortUse.of(type, takes)).contains(use);
    }

    @ParameterizedTest(name = "{0}, takes {1} → nothing")
    @CsvSource({
        "REVERSAL, true",
        "EARN, false",
        "ADJUSTMENT, true",
        "ADJUSTMENT, false",
        "TRANSFER, true",
        "TRANSFER, false"
    })
    @DisplayName("a reversed earn taking its points back, adjustments, merges and the earn itself count as neither")
    void notCounted(String type, boolean takes) {
        assertThat(CohortUse.of(type, takes)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EntryType.class)
    @DisplayName("the types whose movements can count are exactly those listed for the queries")
    void listedTypes(EntryType type) {
        boolean counts = CohortUse.of(type.name(), true).isPresent()
                || CohortUse.of(type.name(), false).isPresent();

        assertThat(CohortUse.ENTRY_TYPES.contains(type.name())).isEqualTo(counts);
    }

    @Test
    @DisplayName("no type at all counts as nothing")
    void noType() {
        assertThat(CohortUse.of(null, true)).isEqualTo(Optional.empty());
    }
}
