package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.chrono.JapaneseDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Future;
import jp.member.demo.SyntheticMember;
import jp.member.inquiries.boundary.Inquiries;
import jp.member.inquiries.entity.InquiryCategory;
import jp.member.inquiries.entity.InquiryChannel;
import jp.member.inquiries.entity.InquiryOutcome;
import jp.member.members.boundary.MemberRecords;
import jp.member.members.boundary.MemberSearch;
import jp.member.members.boundary.MemberSummary;
import jp.member.members.boundary.MemberView;
import jp.member.members.boundary.RevealReason;
import jp.member.members.boundary.SearchResult;
import jp.member.members.entity.PersonalField;
import jp.member.members.validation.MemberNumber;
import jp.member.members.validation.PhoneNumber;
import jp.member.shared.BusinessException;
import jp.member.testsupport.AsAdmin;
import jp.member.testsupport.AsAgent;
import jp.member.testsupport.AsAuditor;
import jp.member.testsupport.Deployments;
import jp.member.testsupport.TestDatabase;
import jp.member.testsupport.TestMembers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an agent can find and see: exact searches through the blind indexes, masked results, reveals with a reason,
 * an access record for every read, and nothing in clear in the tables.
 */
@ExtendWith(ArquillianExtension.class)
class MemberLookupIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Inject
    MemberSearch search;

    @Inject
    MemberRecords records;

    @Inject
    AsAgent asAgent;

    @Resource
    ManagedExecutorService executor;

    @Inject
    Inquiries inquiries;

    @Inject
    AsAuditor asAuditor;

    @Inject
    AsAdmin asAdmin;

    @Test
    @DisplayName("searching by phone (any common spelling) finds the member, masked, and records the search")
    void byPhone() throws Exception {
        TestMembers.Created member = TestMembers.create();
        String typed = "+81 " + PhoneNumber.format(member.data().phone()).substring(1);

        SearchResult result = asAgent.call(() -> search.byPhone(typed));

        assertThat(result.members()).hasSize(1);
        MemberSummary shown = result.members().get(0);
        assertThat(shown.ref()).isEqualTo(member.ref());
        assertThat(shown.phone())
                .matches("0[789]0-\\*{4}-\\d{4}")
                .doesNotContain(member.data().phone().substring(3, 7));
        assertThat(shown.email())
                .contains("****@")
                .doesNotContain(member.data().email().split("@")[0]);
        assertThat(shown.name()).contains("＊").isNotEqualTo(member.data().nameKanji());
        assertThat(accessRecords(member.id(), "SEARCH")).isEqualTo(1);
    }

    @Test
    @DisplayName("e-mail, katakana name with birth date (half-width accepted) and member number find the same member")
    void otherCriteria() throws Exception {
        TestMembers.Created member = TestMembers.create();
        SyntheticMember data = member.data();

        List<SearchResult> results = asAgent.call(() -> List.of(
                search.byEmail(data.email().toUpperCase(java.util.Locale.ROOT)),
                search.byKanaAndBirthDate(
                        toHalfWidth(data.nameKana()), data.birthDate().toString()),
                search.byNumber(member.memberNumber())));

        assertThat(results)
                .allSatisfy(r ->
                        assertThat(r.members()).extracting(MemberSummary::ref).containsExactly(member.ref()));
    }

    @Test
    @DisplayName("the card number with spaces or hyphens, phone and e-mail in full width, and the birth date in the"
            + " Japanese calendar find the member")
    void typedAsPeopleDo() throws Exception {
        TestMembers.Created member = TestMembers.create();
        SyntheticMember data = member.data();
        String printed = MemberNumber.of(member.memberNumber()).formatted();
        JapaneseDate birth = JapaneseDate.from(data.birthDate());
        String era = birth.getEra().getDisplayName(TextStyle.FULL, Locale.JAPANESE);
        String eraLetter = birth.getEra().getDisplayName(TextStyle.NARROW, Locale.JAPANESE);
        int year = birth.get(ChronoField.YEAR_OF_ERA);
        int month = data.birthDate().getMonthValue();
        int day = data.birthDate().getDayOfMonth();

        List<SearchResult> results = asAgent.call(() -> List.of(
                search.byNumber(printed),
                search.byNumber(printed.replace(' ', '-')),
                search.byNumber(toFullWidth(printed.replace(' ', '－'))),
                search.byPhone(toFullWidth(PhoneNumber.format(data.phone())).replace('－', 'ー')),
                search.byEmail(toFullWidth(data.email())),
                search.byKanaAndBirthDate(data.nameKana(), era + year + "年" + month + "月" + day + "日"),
                search.byKanaAndBirthDate(data.nameKana(), toFullWidth(eraLetter + year + "." + month + "." + day)),
                search.byKanaAndBirthDate(
                        data.nameKana(), data.birthDate().toString().replace('-', '/'))));

        assertThat(results)
                .allSatisfy(r ->
                        assertThat(r.members()).extracting(MemberSummary::ref).containsExactly(member.ref()));
    }

    @Test
    @DisplayName(
            "an empty search names the empty field; a date outside its era or that does not exist is refused as such")
    void emptyAndImpossibleSearches() {
        assertThatThrownBy(() -> asAgent.call(() -> search.byPhone(" ")))
                .isInstanceOf(BusinessException.class)
                .hasMessage("member.search.phone.required");
        assertThatThrownBy(() -> asAgent.call(() -> search.byNumber(null)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("member.search.number.required");
        assertThatThrownBy(() -> asAgent.call(() -> search.byEmail("\u3000")))
                .isInstanceOf(BusinessException.class)
                .hasMessage("member.search.email.required");
        assertThatThrownBy(() -> asAgent.call(() -> search.byKanaAndBirthDate("", "")))
                .isInstanceOf(BusinessException.class)
                .hasMessage("member.search.kanaBirth.required");
        assertThatThrownBy(() -> asAgent.call(() -> search.byKanaAndBirthDate("ヤマダ", "")))
                .isInstanceOf(BusinessException.class)
                .hasMessage("member.search.birthDate.required");
        assertThatThrownBy(() -> asAgent.call(() -> search.byKanaAndBirthDate(null, "1976-07-23")))
                .isInstanceOf(BusinessException.class)
                .hasMessage("member.search.kana.required");
        assertThatThrownBy(() -> asAgent.call(() -> search.byKanaAndBirthDate("ヤマダ", "昭和64年1月8日")))
                .isInstanceOf(BusinessException.class)
                .hasMessage("date.outsideShowa");
        assertThatThrownBy(() -> asAgent.call(() -> search.byKanaAndBirthDate("ヤマダ", "平成元年1月7日")))
                .isInstanceOf(BusinessException.class)
                .hasMessage("date.outsideHeisei");
        assertThatThrownBy(() -> asAgent.call(() -> search.byKanaAndBirthDate("ヤマダ", "1976-02-30")))
                .isInstanceOf(BusinessException.class)
                .hasMessage("date.noSuchDay");
    }

    @Test
    @DisplayName("searches showing several members, eight at once: every member shown has its access entry, every entry"
            + " its one place in the chaining queue")
    void severalMatchesRecordedTogether() throws Exception {
        SyntheticMember template = TestMembers.synthetic();
        long[] ids = new long[3];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = TestMembers.create(withPhone(TestMembers.synthetic(), template.phone()))
                    .id();
        }
        long before = ((Number) TestDatabase.scalar("SELECT COALESCE(MAX(id), 0) FROM audit_entry")).longValue();
        List<Future<Integer>> searches = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            searches.add(executor.submit(() -> {
                int shown = 0;
                for (int j = 0; j < 5; j++) {
                    shown += asAgent.call(() -> search.byPhone(template.phone()))
                            .members()
                            .size();
                }
                return shown;
            }));
        }
        for (Future<Integer> shown : searches) {
            assertThat(shown.get()).isEqualTo(5 * ids.length);
        }

        for (long id : ids) {
            assertThat(accessRecords(id, "SEARCH")).isEqualTo(40);
        }
        assertThat(TestDatabase.scalar(
                        "SELECT COUNT(*) FROM audit_entry WHERE id > ? AND event_type = 'MEMBER_SEARCHED'"
                                + " AND target = 'by:phone;matches:3'",
                        before))
                .isEqualTo(40L);
        assertThat(TestDatabase.scalar(
                        "SELECT COUNT(*) FROM audit_entry e LEFT JOIN audit_chain c ON c.entry_id = e.id"
                                + " LEFT JOIN audit_pending p ON p.entry_id = e.id WHERE e.id > ?"
                                + " AND (c.entry_id IS NULL) = (p.entry_id IS NULL)",
                        before))
                .as("entries queued for the chain not exactly once (neither, or queued and linked)")
                .isEqualTo(0L);
        assertThat(TestDatabase.scalar(
                        "SELECT COUNT(*) FROM audit_pending p LEFT JOIN audit_entry e ON e.id = p.entry_id"
                                + " WHERE e.id IS NULL"))
                .as("queue rows that name no entry")
                .isEqualTo(0L);
    }

    @Test
    @DisplayName("more than five matches show nothing, ask for more criteria, and leave no access record")
    void tooManyMatches() throws Exception {
        SyntheticMember template = TestMembers.synthetic();
        long[] ids = new long[6];
        for (int i = 0; i < 6; i++) {
            ids[i] = TestMembers.create(withPhone(TestMembers.synthetic(), template.phone()))
                    .id();
        }

        SearchResult result = asAgent.call(() -> search.byPhone(template.phone()));

        assertThat(result.tooMany()).isTrue();
        assertThat(result.members()).isEmpty();
        for (long id : ids) {
            assertThat(accessRecords(id, "SEARCH")).isZero();
        }
    }

    @Test
    @DisplayName("the detail view is masked and recorded; a reveal needs a reason and shows one field in full")
    void viewAndReveal() throws Exception {
        TestMembers.Created member = TestMembers.create();

        MemberView view = asAgent.call(() -> records.view(member.ref()));
        String inquiry = asAgent.call(() -> inquiries.start(InquiryChannel.PHONE, InquiryCategory.POINTS))
                .number();
        String phone;
        try {
            phone = asAgent.call(() -> records.reveal(member.ref(), PersonalField.PHONE, RevealReason.INQUIRY));
        } finally {
            asAgent.call(() -> inquiries.close(InquiryOutcome.RESOLVED, null, null));
        }

        assertThat(view.masked().get(PersonalField.STREET)).isEqualTo("＊＊＊＊");
        assertThat(view.masked().get(PersonalField.CITY))
                .isEqualTo(member.data().city());
        assertThat(phone).isEqualTo(PhoneNumber.format(member.data().phone()));
        assertThat(accessRecords(member.id(), "VIEW")).isEqualTo(1);
        assertThat(TestDatabase.rows(
                        "SELECT fields, reason, inquiry_number, actor_kind, client_address"
                                + " FROM audit_entry WHERE event_type = 'PERSONAL_DATA_READ' AND member_id = ? AND purpose = 'REVEAL'",
                        member.id()))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row).startsWith("phone", "INQUIRY", inquiry, "STAFF");
                    // The test runs inside an HTTP request: the record carries that request's client address.
                    assertThat((String) row[4]).isNotBlank().isNotEqualTo("system");
                });
    }

    @Test
    @DisplayName("a reveal without a reason, or of no field, is refused and not recorded")
    void revealNeedsReason() throws Exception {
        TestMembers.Created member = TestMembers.create();

        assertThatThrownBy(() -> asAgent.call(() -> records.reveal(member.ref(), PersonalField.EMAIL, null)))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> asAgent.call(() -> records.reveal(member.ref(), Set.of(), RevealReason.OTHER)))
                .isInstanceOf(BusinessException.class);
        assertThat(accessRecords(member.id(), "REVEAL")).isZero();
    }

    @Test
    @DisplayName("auditors and administrators cannot search or open members")
    void auditorsAndAdminsSeeNoMembers() throws Exception {
        TestMembers.Created member = TestMembers.create();

        assertThatThrownBy(() -> asAuditor.call(() -> search.byNumber(member.memberNumber())))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> asAuditor.call(() -> records.view(member.ref())))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> asAdmin.call(() -> records.view(member.ref()))).isInstanceOf(EJBAccessException.class);
        assertThat(accessRecords(member.id(), "VIEW")).isZero();
    }

    @Test
    @DisplayName("search input that is not a phone, e-mail, number or katakana is refused with a message key")
    void badSearchInput() {
        assertThatThrownBy(() -> asAgent.call(() -> search.byPhone("' OR 1=1 --")))
                .isInstanceOf(BusinessException.class)
                .hasMessage("member.search.phone.invalid");
        assertThatThrownBy(() -> asAgent.call(() -> search.byNumber("123456789012")))
                .isInstanceOf(BusinessException.class)
                .hasMessage("member.search.number.invalid");
        assertThatThrownBy(() -> asAgent.call(() -> search.byKanaAndBirthDate("Yamada", "1980-01-01")))
                .isInstanceOf(BusinessException.class)
                .hasMessage("member.search.kana.invalid");
    }

    @Test
    @DisplayName("a raw read of the member tables shows no personal value in clear")
    void nothingInClear() throws Exception {
        TestMembers.Created member = TestMembers.create();
        asAgent.call(() -> records.view(member.ref()));
        SyntheticMember d = member.data();
        List<String> secrets = List.of(
                d.nameKanji(),
                d.nameKana(),
                d.nameKanji().split("\u3000")[0],
                d.phone(),
                d.phone().substring(3),
                d.email(),
                d.street(),
                d.birthDate().toString(),
                d.postalCode());

        StringBuilder dump = new StringBuilder();
        for (String table : List.of("member", "retired_number", "consent_event", "audit_entry")) {
            for (Object[] row : TestDatabase.rows("SELECT * FROM " + table)) {
                for (Object cell : row) {
                    // Binary cells as the text they would be if stored in clear, not as "[B@…".
                    dump.append(cell instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : cell)
                            .append('|');
                }
            }
        }

        assertThat(dump.toString())
                .contains(member.memberNumber())
                .doesNotContain("[B@")
                .doesNotContain(secrets);
    }

    private static long accessRecords(long memberId, String purpose) throws Exception {
        return ((Number) TestDatabase.scalar(
                        "SELECT COUNT(*) FROM audit_entry WHERE event_type = 'PERSONAL_DATA_READ' AND member_id = ?"
                                + " AND purpose = ?",
                        memberId,
                        purpose))
                .longValue();
    }

    private static SyntheticMember withPhone(SyntheticMember m, String phone) {
        return new SyntheticMember(
                m.nameKanji(),
                m.nameKana(),
                m.birthDate(),
                m.gender(),
                m.postalCode(),
                m.prefectureCode(),
                m.city(),
                m.street(),
                m.building(),
                phone,
                m.email(),
                m.enrolledOn(),
                m.channel(),
                m.storeCode(),
                m.consentPost(),
                m.consentEmail(),
                m.consentPhone(),
                m.consentSms());
    }

    /** ASCII letters, digits and signs as a Japanese IME types them in full width (U+FF01..U+FF5E). */
    private static String toFullWidth(String ascii) {
        StringBuilder out = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            out.append(c > ' ' && c <= '~' ? (char) (c - '!' + '\uFF01') : c == ' ' ? '\u3000' : c);
        }
        return out.toString();
    }

    private static String toHalfWidth(String katakana) {
        StringBuilder out = new StringBuilder();
        String full = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン";
        String half = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝ";
        for (char c : katakana.toCharArray()) {
            int i = full.indexOf(c);
            out.append(i >= 0 ? half.charAt(i) : c == '\u3000' ? ' ' : c);
        }
        return out.toString();
    }
}
