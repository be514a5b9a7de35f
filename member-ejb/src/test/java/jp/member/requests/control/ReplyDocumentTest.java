package jp.member.requests.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import jp.member.requests.rules.Decision;
import jp.member.requests.rules.PackageSection;
import jp.member.requests.rules.RequestKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reply document: every value escaped, texts in the member's language, every label present in both. */
class ReplyDocumentTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Test
    @DisplayName("a value that looks like markup is printed as text, never interpreted")
    void valuesAreEscaped() throws Exception {
        StringWriter out = new StringWriter();
        ReplyDocument doc = new ReplyDocument(out, "ja", TOKYO);

        doc.begin("<title>");
        doc.definitions(List.<String[]>of(new String[] {"氏名", "<script>alert('x')</script>"}));
        doc.tableHead("a&b");
        doc.row("\"quoted\"", null, 12);
        doc.tableEnd();
        doc.end();

        assertThat(out.toString())
                .doesNotContain("<script>", "<title><title>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "a&amp;b", "&quot;quoted&quot;")
                .contains("<td>—</td>", "<td>12</td>");
    }

    @Test
    @DisplayName("dates and times in the business zone; the member's language chosen, Japanese otherwise")
    void languageAndTime() {
        ReplyDocument ja = new ReplyDocument(new StringWriter(), "xx", TOKYO);
        ReplyDocument en = new ReplyDocument(new StringWriter(), "en", TOKYO);

        assertThat(ja.language()).isEqualTo("ja");
        assertThat(ja.label("decision", Decision.REFUSED)).isEqualTo("ご請求に応じられません");
        assertThat(en.label("decision", Decision.REFUSED)).isEqualTo("Not accepted");
        assertThat(ja.time(Instant.parse("2026-12-03T15:30:00Z"))).isEqualTo("2026-12-04 00:30");
        assertThat(en.date(LocalDate.of(2026, 12, 3))).isEqualTo("2026-12-03");
        assertThat(en.text("letter.feeYen", 500L)).isEqualTo("500 yen");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    @DisplayName("every kind, decision, section and article has its text in both languages (no raw codes in a letter)")
    void everyLabelExists(String language) {
        ReplyDocument doc = new ReplyDocument(new StringWriter(), language, TOKYO);
        for (RequestKind kind : RequestKind.values()) {
            assertThat(doc.label("kind", kind)).doesNotStartWith("kind.");
            assertThat(doc.label("article", kind)).doesNotStartWith("article.");
        }
        for (Decision decision : Decision.values()) {
            assertThat(doc.label("decision", decision)).doesNotStartWith("decision.");
        }
        for (PackageSection section : PackageSection.values()) {
            assertThat(doc.label("section", section)).doesNotStartWith("section.");
        }
        for (jp.member.requests.rules.RefusalReason reason : jp.member.requests.rules.RefusalReason.values()) {
            assertThat(doc.label("reason", reason)).doesNotStartWith("reason.");
        }
        for (jp.member.points.entity.EntryType type : jp.member.points.entity.EntryType.values()) {
            assertThat(doc.label("entry", type)).doesNotStartWith("entry.");
        }
        assertLabelled(doc, "via", jp.member.members.entity.EnrolmentChannel.values());
        assertLabelled(doc, "channel", jp.member.members.entity.ConsentChannel.values());
        assertLabelled(doc, "status", jp.member.members.entity.MemberStatus.values());
        assertLabelled(doc, "retired", jp.member.members.entity.RetiredNumber.Reason.values());
        assertLabelled(doc, "gender", jp.member.members.entity.Gender.values());
        assertLabelled(doc, "field", jp.member.members.entity.PersonalField.values());
        assertLabelled(doc, "basis", jp.member.exports.rules.ConsentBasis.values());
        assertLabelled(doc, "inquiryChannel", jp.member.inquiries.entity.InquiryChannel.values());
        assertLabelled(doc, "category", jp.member.inquiries.entity.InquiryCategory.values());
        assertLabelled(doc, "outcome", jp.member.inquiries.entity.InquiryOutcome.values());
        assertLabelled(doc, "fee", jp.member.requests.rules.FeeStatus.values());
    }

    private static void assertLabelled(ReplyDocument doc, String prefix, Enum<?>[] values) {
        for (Enum<?> value : values) {
            assertThat(doc.label(prefix, value)).as(prefix + "." + value).isNotEqualTo(prefix + "." + value.name());
        }
    }
}
