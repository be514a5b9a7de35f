package jp.member.requests.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Which sections a reply must contain, per request kind and decision. */
class PackageContentsTest {

    @Test
    @DisplayName("an accepted disclosure holds everything held: personal fields, consent, points, lots, history,"
            + " ranks, provision records and inquiries, after the covering letter")
    void disclosure() {
        assertThat(PackageContents.sections(RequestKind.DISCLOSURE, Decision.ACCEPTED, Set.of()))
                .containsExactly(
                        PackageSection.COVERING_LETTER,
                        PackageSection.PERSONAL_FIELDS,
                        PackageSection.CONSENTS,
                        PackageSection.POINT_BALANCE,
                        PackageSection.POINT_LOTS,
                        PackageSection.POINT_HISTORY,
                        PackageSection.RANK_HISTORY,
                        PackageSection.PROVISION_RECORDS,
                        PackageSection.INQUIRIES);
    }

    @Test
    @DisplayName("the provision records alone for Art. 33(5); the purposes for a purpose notice; no member data for"
            + " a correction or a stop")
    void otherKinds() {
        assertThat(PackageContents.sections(RequestKind.PROVISION_RECORDS, Decision.ACCEPTED, Set.of()))
                .containsExactly(PackageSection.COVERING_LETTER, PackageSection.PROVISION_RECORDS);
        assertThat(PackageContents.sections(RequestKind.PURPOSE_NOTICE, Decision.ACCEPTED, Set.of()))
                .containsExactly(PackageSection.COVERING_LETTER, PackageSection.PURPOSES);
        assertThat(PackageContents.sections(RequestKind.CORRECTION, Decision.ACCEPTED, Set.of()))
                .containsExactly(PackageSection.COVERING_LETTER, PackageSection.CORRECTED_FIELDS);
        assertThat(PackageContents.sections(RequestKind.STOP_USE, Decision.ACCEPTED, Set.of()))
                .containsExactly(PackageSection.COVERING_LETTER, PackageSection.STOP_MEASURES);
        assertThat(PackageContents.sections(RequestKind.ERASURE, Decision.ACCEPTED, Set.of()))
                .containsExactly(PackageSection.COVERING_LETTER, PackageSection.ERASURE_AND_RETENTION);
        assertThat(PackageContents.sections(RequestKind.ERASURE, Decision.PARTLY, Set.of()))
                .containsExactly(PackageSection.COVERING_LETTER, PackageSection.STOP_MEASURES);
        for (RequestKind kind :
                EnumSet.complementOf(EnumSet.of(RequestKind.DISCLOSURE, RequestKind.PROVISION_RECORDS))) {
            assertThat(PackageContents.readsPersonalData(PackageContents.sections(kind, Decision.ACCEPTED, Set.of())))
                    .as(kind.name())
                    .isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(RequestKind.class)
    @DisplayName("a refusal is the covering letter only, with nothing of the member's data")
    void refusal(RequestKind kind) {
        assertThat(PackageContents.sections(kind, Decision.REFUSED, Set.of(PackageSection.CONSENTS)))
                .containsExactly(PackageSection.COVERING_LETTER);
    }

    @Test
    @DisplayName("a partial disclosure leaves out exactly what was withheld; an accepted one ignores a withheld list")
    void partial() {
        Set<PackageSection> partly = PackageContents.sections(
                RequestKind.DISCLOSURE, Decision.PARTLY, Set.of(PackageSection.INQUIRIES, PackageSection.POINT_LOTS));
        assertThat(partly)
                .doesNotContain(PackageSection.INQUIRIES, PackageSection.POINT_LOTS)
                .contains(PackageSection.PERSONAL_FIELDS, PackageSection.PROVISION_RECORDS);
        assertThat(PackageContents.sections(
                        RequestKind.DISCLOSURE, Decision.ACCEPTED, Set.of(PackageSection.INQUIRIES)))
                .contains(PackageSection.INQUIRIES);
    }
}
