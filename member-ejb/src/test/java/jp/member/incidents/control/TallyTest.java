package jp.member.incidents.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jp.member.incidents.rules.Exposure;
import jp.member.incidents.rules.ItemExposure;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TallyTest {

    @Test
    @DisplayName("a member counts once per item, at the worst exposure seen; encrypted-only counts as exposed only"
            + " when the key was exposed")
    void worstExposurePerItem() {
        AffectedMembers.Tally tally = new AffectedMembers.Tally();

        tally.add(1, "phone", Exposure.MASKED);
        tally.add(1, "phone", Exposure.CLEAR);
        tally.add(1, "phone", Exposure.ENCRYPTED);
        tally.add(2, "phone", Exposure.ENCRYPTED);
        tally.add(2, "email", Exposure.ENCRYPTED);
        tally.add(3, "name_kanji", Exposure.MASKED);

        assertThat(tally.members()).isEqualTo(3);
        assertThat(tally.exposedMembers(false)).isEqualTo(2);
        assertThat(tally.exposedMembers(true)).isEqualTo(3);
        assertThat(tally.items())
                .extracting(ItemExposure::item, ItemExposure::clear, ItemExposure::masked, ItemExposure::encrypted)
                .containsExactly(
                        tuple("phone", 1L, 0L, 1L), tuple("email", 0L, 0L, 1L), tuple("name_kanji", 0L, 1L, 0L));
        assertThat(tally.itemsAt(tally.levels.get(2L), Exposure.ENCRYPTED)).isEqualTo("phone,email");
        assertThat(tally.itemsAt(tally.levels.get(1L), Exposure.CLEAR)).isEqualTo("phone");
    }

    @Test
    @DisplayName("items first seen after a member's row was made still fit in it (the row grows)")
    void manyItems() {
        AffectedMembers.Tally tally = new AffectedMembers.Tally();
        for (int i = 0; i < 40; i++) {
            tally.add(9, "item" + i, i % 2 == 0 ? Exposure.CLEAR : Exposure.MASKED);
        }

        assertThat(tally.items()).hasSize(40).allSatisfy(item -> assertThat(item.exposed())
                .isEqualTo(1));
    }
}
