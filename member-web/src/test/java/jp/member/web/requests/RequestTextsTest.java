package jp.member.web.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import jp.member.members.entity.PersonalField;
import jp.member.requests.entity.MemberRequest;
import jp.member.requests.rules.Decision;
import jp.member.requests.rules.DeliveryForm;
import jp.member.requests.rules.FeeStatus;
import jp.member.requests.rules.IdentityMethod;
import jp.member.requests.rules.PackageSection;
import jp.member.requests.rules.PublishedItem;
import jp.member.requests.rules.RefusalReason;
import jp.member.requests.rules.Remedy;
import jp.member.requests.rules.RequestChannel;
import jp.member.requests.rules.RequestClock;
import jp.member.requests.rules.RequestIntake;
import jp.member.requests.rules.RequestKind;
import jp.member.requests.rules.Requester;
import jp.member.requests.rules.StopGround;
import jp.member.web.Bundles;
import jp.member.web.shell.CodeLabels;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A request's codes as the pages show them: a label in Japanese and English for every value, never the code. */
class RequestTextsTest {

    /** What a Japanese label must not look like: a code (capitals and underscores) or an English word. */
    private static final String CODE_OR_ENGLISH = "[A-Z]{2,}_|[a-z]{3,}|_";

    @Test
    @DisplayName("every value of every request code has a Japanese label that is not a code, and an English one")
    void everyCodeLabelled() {
        List<Labelled> codes = List.of(
                new Labelled("request.kind.", RequestKind.values()),
                new Labelled("request.state.", MemberRequest.Status.values()),
                new Labelled("request.replyState.", MemberRequest.ReplyState.values()),
                new Labelled("request.channel.", RequestChannel.values()),
                new Labelled("request.requester.", Requester.values()),
                new Labelled("request.method.", IdentityMethod.values()),
                new Labelled("request.delivery.", DeliveryForm.values()),
                new Labelled("request.ground.", StopGround.values()),
                new Labelled("request.decision.", Decision.values()),
                new Labelled("request.reason.", RefusalReason.values()),
                new Labelled("request.remedy.", Remedy.values()),
                new Labelled("request.feeStatus.", FeeStatus.values()),
                new Labelled("request.clock.", RequestClock.State.values()),
                new Labelled("request.section.", PackageSection.values()),
                new Labelled("published.item.", PublishedItem.values()));
        for (Labelled labelled : codes) {
            for (Enum<?> code : labelled.codes()) {
                String key = labelled.prefix() + code.name();
                assertThat(Bundles.japanese().containsKey(key)).as(key).isTrue();
                assertThat(Bundles.english().containsKey(key)).as(key).isTrue();
                assertThat(Bundles.japanese().getString(key)).as(key).doesNotContainPattern(CODE_OR_ENGLISH);
                assertThat(Bundles.english().getString(key)).as(key).isNotEqualTo(code.name());
            }
        }
        for (String language : RequestIntake.LANGUAGES) {
            assertThat(CodeLabels.of(Bundles.japanese(), "request.replyLanguage.", language))
                    .doesNotContainPattern(CODE_OR_ENGLISH);
            assertThat(CodeLabels.of(Bundles.english(), "request.replyLanguage.", language))
                    .isNotEqualTo(language);
        }
    }

    @Test
    @DisplayName("an article of the Act reads as each language writes it")
    void articles() {
        assertThat(RequestTexts.article(Bundles.japanese(), RequestKind.DISCLOSURE.article()))
                .isEqualTo("法第33条第1項");
        assertThat(RequestTexts.article(Bundles.japanese(), RequestKind.ERASURE.article()))
                .isEqualTo("法第35条第1項・第5項");
        assertThat(RequestTexts.article(Bundles.japanese(), RequestKind.CORRECTION.article()))
                .isEqualTo("法第34条");
        assertThat(RequestTexts.article(Bundles.english(), RequestKind.STOP_PROVISION.article()))
                .isEqualTo("Art. 35(3)(5)");
        assertThat(RequestTexts.article(Bundles.english(), "something else")).isEqualTo("something else");
    }

    @Test
    @DisplayName("the days to the reply's due day: left, today, over")
    void daysLeft() {
        ResourceBundle ja = Bundles.japanese();
        assertThat(RequestTexts.daysLeft(ja, 3)).isEqualTo("あと3日");
        assertThat(RequestTexts.daysLeft(ja, 0)).isEqualTo("本日期限");
        assertThat(RequestTexts.daysLeft(ja, -2)).isEqualTo("2日超過");
        assertThat(RequestTexts.daysLeft(Bundles.english(), 1)).isEqualTo("1 days left");
    }

    @Test
    @DisplayName("every field the boundaries refuse is named in both languages, never by its code")
    void refusedFieldsNamed() {
        Stream<String> fields = Stream.of(
                        Stream.of(
                                "kind",
                                "channel",
                                "requester",
                                "identityMethod",
                                "delivery",
                                "replyLanguage",
                                "ground",
                                "fields",
                                "memberNumber",
                                "decision",
                                "reason",
                                "reasonText",
                                "remedy",
                                "applyFields",
                                "withheld",
                                "sentOn",
                                "feeYen",
                                "changeNote"),
                        Stream.of(PersonalField.values()).map(PersonalField::property),
                        Stream.of(PublishedItem.values()).map(Enum::name))
                .flatMap(s -> s);

        assertThat(fields).allSatisfy(field -> {
            assertThat(RequestRefusals.label(Bundles.japanese(), field))
                    .as(field)
                    .doesNotContainPattern(CODE_OR_ENGLISH);
            assertThat(RequestRefusals.label(Bundles.english(), field))
                    .as(field)
                    .isNotEqualTo(field);
        });
    }

    private record Labelled(String prefix, Enum<?>[] codes) {}
}
