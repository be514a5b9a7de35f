package jp.member.requests.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.member.members.entity.PersonalField;
import jp.member.shared.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A request as taken: who asks, how they were identified, and what each kind needs. */
class RequestIntakeTest {

    private static List<String> keys(RequestIntake intake) {
        return intake.violations().stream().map(Violation::messageKey).toList();
    }

    private static RequestIntake of(
            RequestKind kind, RequestChannel channel, Requester who, IdentityMethod method, StopGround ground) {
        return new RequestIntake(kind, channel, who, method, DeliveryForm.PAPER, "ja", ground, Set.of());
    }

    @Test
    @DisplayName("identity methods fit the requester and the channel: registered details only on an inquiry, a photo"
            + " ID only at a counter, an agent always with their papers")
    void identityMethods() {
        assertThat(IdentityMethod.acceptable(Requester.MEMBER, RequestChannel.INQUIRY))
                .containsExactlyInAnyOrder(IdentityMethod.REGISTERED_DETAILS, IdentityMethod.ID_DOCUMENT_COPY);
        assertThat(IdentityMethod.acceptable(Requester.MEMBER, RequestChannel.POST))
                .containsExactly(IdentityMethod.ID_DOCUMENT_COPY);
        assertThat(IdentityMethod.acceptable(Requester.MEMBER, RequestChannel.COUNTER))
                .containsExactly(IdentityMethod.PHOTO_ID);
        for (RequestChannel channel : RequestChannel.values()) {
            assertThat(IdentityMethod.acceptable(Requester.AUTHORISED_AGENT, channel))
                    .containsExactly(IdentityMethod.POWER_OF_ATTORNEY);
            assertThat(IdentityMethod.acceptable(Requester.LEGAL_REPRESENTATIVE, channel))
                    .containsExactly(IdentityMethod.LEGAL_REPRESENTATION);
        }
        assertThat(IdentityMethod.acceptable(null, RequestChannel.POST)).isEmpty();
        assertThat(keys(of(
                        RequestKind.DISCLOSURE, RequestChannel.POST, Requester.MEMBER, IdentityMethod.PHOTO_ID, null)))
                .containsExactly("request.identity.methodNotAcceptable");
        assertThat(keys(of(RequestKind.DISCLOSURE, RequestChannel.POST, Requester.MEMBER, null, null)))
                .as("documents awaited")
                .isEmpty();
    }

    @Test
    @DisplayName("an Art. 35 request names a ground that supports it; other kinds name none")
    void grounds() {
        assertThat(keys(of(RequestKind.STOP_USE, RequestChannel.POST, Requester.MEMBER, null, null)))
                .containsExactly("request.ground.required");
        assertThat(keys(of(
                        RequestKind.STOP_USE,
                        RequestChannel.POST,
                        Requester.MEMBER,
                        null,
                        StopGround.PROVIDED_WITHOUT_CONSENT)))
                .containsExactly("request.ground.required");
        assertThat(keys(of(
                        RequestKind.STOP_PROVISION,
                        RequestChannel.POST,
                        Requester.MEMBER,
                        null,
                        StopGround.PROVIDED_WITHOUT_CONSENT)))
                .isEmpty();
        assertThat(keys(of(
                        RequestKind.DISCLOSURE,
                        RequestChannel.POST,
                        Requester.MEMBER,
                        null,
                        StopGround.REPORTABLE_LEAK)))
                .containsExactly("request.ground.notApplicable");
        assertThat(StopGround.forKind(RequestKind.ERASURE))
                .contains(StopGround.NO_LONGER_NEEDED, StopGround.REPORTABLE_LEAK, StopGround.RIGHTS_HARMED)
                .doesNotContain(StopGround.PROVIDED_WITHOUT_CONSENT, StopGround.FOREIGN_PROVISION);
        assertThat(StopGround.forKind(RequestKind.STOP_PROVISION))
                .contains(StopGround.PROVIDED_WITHOUT_CONSENT, StopGround.FOREIGN_PROVISION, StopGround.RIGHTS_HARMED)
                .doesNotContain(StopGround.BEYOND_PURPOSE);
        assertThat(StopGround.forKind(RequestKind.DISCLOSURE)).isEmpty();
    }

    @Test
    @DisplayName("a correction names the fields; nothing else does; the reply language is Japanese or English")
    void fieldsAndLanguage() {
        RequestIntake correction = new RequestIntake(
                RequestKind.CORRECTION,
                RequestChannel.POST,
                Requester.MEMBER,
                null,
                DeliveryForm.PAPER,
                null,
                null,
                Set.of());
        assertThat(keys(correction)).containsExactly("request.fields.required");
        assertThat(correction.replyLanguage()).isEqualTo("ja");
        RequestIntake withFields = new RequestIntake(
                RequestKind.DISCLOSURE,
                RequestChannel.POST,
                Requester.MEMBER,
                null,
                DeliveryForm.PAPER,
                "fr",
                null,
                EnumSet.of(PersonalField.PHONE));
        assertThat(keys(withFields)).containsExactly("request.language.invalid", "request.fields.notApplicable");
        assertThat(keys(new RequestIntake(null, null, null, null, null, "en", null, null)))
                .containsExactly(
                        "request.kind.required",
                        "request.channel.required",
                        "request.requester.required",
                        "request.delivery.required");
    }
}
