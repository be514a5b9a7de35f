package jp.member.web.requests;

import static org.assertj.core.api.Assertions.assertThat;

import jp.member.members.boundary.MemberInput;
import jp.member.members.entity.PersonalField;
import jp.member.requests.rules.DeliveryForm;
import jp.member.requests.rules.RequestChannel;
import jp.member.requests.rules.RequestIntake;
import jp.member.requests.rules.RequestKind;
import jp.member.requests.rules.StopGround;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RequestFormsTest {

    @Test
    @DisplayName("a correction carries only the chosen fields' true values; other kinds carry none")
    void correctionValues() {
        IntakeForm form = new IntakeForm();
        form.setKind(RequestKind.CORRECTION);
        form.setDelivery(DeliveryForm.PAPER);
        form.setFields(new PersonalField[] {PersonalField.PHONE, PersonalField.CITY});
        form.getCorrection().getContact().setPhone("090-1111-2222");
        form.getCorrection().getContact().setCity("横浜市");
        form.getCorrection().setNameKanji("山田 花子");

        RequestIntake intake = form.toIntake(RequestChannel.INQUIRY);
        MemberInput values = form.correctionInput();

        assertThat(intake.fields()).containsExactlyInAnyOrder(PersonalField.PHONE, PersonalField.CITY);
        assertThat(intake.violations()).isEmpty();
        assertThat(values.phone()).isEqualTo("090-1111-2222");
        assertThat(values.city()).isEqualTo("横浜市");
        assertThat(values.nameKanji()).as("not chosen").isNull();
        assertThat(form.chose(PersonalField.PHONE)).isTrue();
        assertThat(form.chose(PersonalField.NAME_KANJI)).isFalse();

        form.setKind(RequestKind.DISCLOSURE);
        assertThat(form.correctionInput()).isNull();
        assertThat(form.toIntake(RequestChannel.INQUIRY).fields()).isEmpty();
        assertThat(form.toIntake(RequestChannel.INQUIRY).violations()).isEmpty();
    }

    @Test
    @DisplayName("a ground chosen for an earlier kind is left out of a kind that takes none")
    void groundOnlyForArticle35() {
        IntakeForm form = new IntakeForm();
        form.setKind(RequestKind.STOP_USE);
        form.setGround(StopGround.NO_LONGER_NEEDED);
        form.setDelivery(DeliveryForm.ELECTRONIC);
        assertThat(form.toIntake(RequestChannel.POST).ground()).isEqualTo(StopGround.NO_LONGER_NEEDED);

        form.setKind(RequestKind.PURPOSE_NOTICE);
        assertThat(form.toIntake(RequestChannel.POST).ground()).isNull();
        assertThat(form.toIntake(RequestChannel.POST).violations()).isEmpty();
    }

    @Test
    @DisplayName("a refused published item's message goes to its Japanese text; the fee and the note to their inputs")
    void publishedClientIds() {
        assertThat(PublishedEditBacking.clientId("PURPOSES")).isEqualTo("edit:items:3:ja");
        assertThat(PublishedEditBacking.clientId("feeYen")).isEqualTo("edit:feeYen");
    }
}
