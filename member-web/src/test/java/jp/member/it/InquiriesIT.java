package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.member.inquiries.boundary.FollowUps;
import jp.member.inquiries.boundary.IdentityCheck;
import jp.member.inquiries.boundary.Inquiries;
import jp.member.inquiries.boundary.InquirySummary;
import jp.member.inquiries.boundary.InquiryView;
import jp.member.inquiries.entity.InquiryCategory;
import jp.member.inquiries.entity.InquiryChannel;
import jp.member.inquiries.entity.InquiryOutcome;
import jp.member.members.boundary.MemberRecords;
import jp.member.members.boundary.MemberSearch;
import jp.member.members.boundary.RevealReason;
import jp.member.members.entity.PersonalField;
import jp.member.shared.BusinessException;
import jp.member.testsupport.AsAdmin;
import jp.member.testsupport.AsAgent;
import jp.member.testsupport.AsManager;
import jp.member.testsupport.AsOtherManager;
import jp.member.testsupport.Caller;
import jp.member.testsupport.Deployments;
import jp.member.testsupport.TestDatabase;
import jp.member.testsupport.TestMembers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inquiries (応対記録): numbering, one open inquiry per agent, every look at a member made meanwhile bound to it in the
 * audit trail, sealed notes, outcomes and follow-ups, and the identity check with its configurable fields.
 */
@ExtendWith(ArquillianExtension.class)
class InquiriesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Inject
    Inquiries inquiries;

    @Inject
    FollowUps followUps;

    @Inject
    IdentityCheck identityCheck;

    @Inject
    MemberRecords records;

    @Inject
    MemberSearch search;

    @Inject
    AsAgent asAgent;

    @Inject
    AsManager asManager;

    @Inject
    AsOtherManager asOtherManager;

    @Inject
    AsAdmin asAdmin;

    /** No test leaves an inquiry open: the next one (and other classes) would find it. */
    @AfterEach
    void closeOpenInquiries() throws Exception {
        for (Caller caller : List.of(asAgent, asManager, asOtherManager)) {
            caller.call(() -> {
                if (inquiries.current() != null) {
                    inquiries.close(InquiryOutcome.DISCONNECTED, null, null);
                }
                return null;
            });
        }
    }

    @Test
    @DisplayName("an inquiry is numbered INQ-yyyymmdd-nnnn for the business day; an agent has only one open")
    void numberingAndOneOpen() throws Exception {
        InquiryView first = asAgent.call(() -> inquiries.start(InquiryChannel.PHONE, InquiryCategory.POINTS));

        String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).format(DateTimeFormatter.BASIC_ISO_DATE);
        assertThat(first.number()).matches("INQ-" + today + "-\\d{4,}");
        assertThat(first.open()).isTrue();
        assertThatThrownBy(() -> asAgent.call(() -> inquiries.start(InquiryChannel.EMAIL, InquiryCategory.OTHER)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("inquiry.alreadyOpen");
        assertThatThrownBy(() -> asAgent.call(() -> inquiries.close(null, null, null)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("inquiry.outcomeRequired");
        assertThat(asAgent.call(() -> inquiries.current().number())).isEqualTo(first.number());

        InquirySummary closed = asAgent.call(() -> inquiries.close(InquiryOutcome.RESOLVED, null, null));
        InquiryView second = asAgent.call(() -> inquiries.start(InquiryChannel.CHAT, InquiryCategory.COMPLAINT));

        assertThat(closed.endedAt()).isNotNull();
        assertThat(closed.outcome()).isEqualTo(InquiryOutcome.RESOLVED);
        assertThat(sequence(second.number())).isGreaterThan(sequence(first.number()));
        assertThatThrownBy(() -> asAgent.call(() -> inquiries.start(null, InquiryCategory.OTHER)))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    @DisplayName("agents starting at the same moment get different numbers")
    void concurrentStarts() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<String>> started = pool.invokeAll(List.<Callable<String>>of(
                    () -> asAgent.call(() -> inquiries.start(InquiryChannel.PHONE, InquiryCategory.OTHER))
                            .number(),
                    () -> asManager
                            .call(() -> inquiries.start(InquiryChannel.PHONE, InquiryCategory.OTHER))
                            .number(),
                    () -> asOtherManager
                            .call(() -> inquiries.start(InquiryChannel.PHONE, InquiryCategory.OTHER))
                            .number()));
            Set<String> numbers = new java.util.HashSet<>();
            for (Future<String> f : started) {
                numbers.add(f.get());
            }
            assertThat(numbers).hasSize(3);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    @DisplayName("every search, view and reveal during an inquiry carries its number; a reveal after it none")
    void looksAreBound() throws Exception {
        TestMembers.Created member = TestMembers.create();
        String number = asAgent.call(() -> inquiries.start(InquiryChannel.PHONE, InquiryCategory.POINTS))
                .number();
        long before = lastEntryId();

        asAgent.call(() -> search.byPhone(member.data().phone()));
        asAgent.call(() -> records.view(member.ref()));
        asAgent.call(() -> records.reveal(member.ref(), PersonalField.EMAIL, RevealReason.INQUIRY));
        asAgent.call(() -> inquiries.close(InquiryOutcome.RESOLVED, null, null));
        asAgent.call(() -> records.reveal(member.ref(), PersonalField.PHONE, RevealReason.OTHER));

        List<Object[]> rows = TestDatabase.rows(
                "SELECT event_type, purpose, inquiry_number FROM audit_entry WHERE id > ? AND actor = 'AGENT'"
                        + " AND event_type IN ('MEMBER_SEARCHED', 'PERSONAL_DATA_READ') ORDER BY id",
                before);
        assertThat(rows)
                .extracting(r -> r[0] + "|" + r[1] + "|" + r[2])
                .containsExactly(
                        "MEMBER_SEARCHED|null|" + number,
                        "PERSONAL_DATA_READ|SEARCH|" + number,
                        "PERSONAL_DATA_READ|VIEW|" + number,
                        "PERSONAL_DATA_READ|REVEAL|" + number,
                        "PERSONAL_DATA_READ|REVEAL|null");
    }

    @Test
    @DisplayName("the identity check reveals its fields for one reason, one access record each, and names the member")
    void identityCheck() throws Exception {
        TestMembers.Created member = TestMembers.create();
        String number = asAgent.call(() -> inquiries.start(InquiryChannel.PHONE, InquiryCategory.ADDRESS_CHANGE))
                .number();
        long before = lastEntryId();

        Set<PersonalField> fields = asAgent.call(() -> identityCheck.fields());
        Map<PersonalField, String> shown = asAgent.call(() -> identityCheck.reveal(member.ref()));

        assertThat(fields)
                .containsExactlyInAnyOrder(
                        PersonalField.NAME_KANJI,
                        PersonalField.NAME_KANA,
                        PersonalField.BIRTH_DATE,
                        PersonalField.POSTAL_CODE,
                        PersonalField.PREFECTURE,
                        PersonalField.CITY,
                        PersonalField.STREET,
                        PersonalField.PHONE);
        assertThat(shown.keySet()).isEqualTo(fields);
        assertThat(shown.get(PersonalField.NAME_KANJI)).isEqualTo(member.data().nameKanji());
        assertThat(TestDatabase.rows(
                        "SELECT fields, reason, inquiry_number FROM audit_entry WHERE id > ? AND member_id = ?"
                                + " AND purpose = 'REVEAL' ORDER BY id",
                        before,
                        member.id()))
                .hasSize(fields.size())
                .allSatisfy(r -> assertThat(r).containsSubsequence("IDENTITY_CHECK", number))
                .extracting(r -> (String) r[0])
                .doesNotHaveDuplicates()
                .allMatch(f -> !f.contains(","));
        assertThat(asAgent.call(() -> inquiries.current().memberRef())).isEqualTo(member.ref());

        asAgent.call(() -> inquiries.close(InquiryOutcome.RESOLVED, null, null));
        assertThat(asAgent.call(() -> inquiries.ofMember(member.ref())))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.number()).isEqualTo(number);
                    assertThat(i.category()).isEqualTo(InquiryCategory.ADDRESS_CHANGE);
                    assertThat(i.outcome()).isEqualTo(InquiryOutcome.RESOLVED);
                    assertThat(i.staff()).isEqualTo("AGENT");
                });
    }

    @Test
    @DisplayName("ADMIN chooses the identity check's fields (at least one); agents cannot")
    void identityCheckFieldsAreAdmins() throws Exception {
        Set<PersonalField> original = asAdmin.call(() -> identityCheck.fields());
        try {
            asAdmin.call(() -> {
                identityCheck.configure(EnumSet.of(PersonalField.PHONE, PersonalField.BIRTH_DATE));
                return null;
            });
            assertThat(asAgent.call(() -> identityCheck.fields()))
                    .containsExactlyInAnyOrder(PersonalField.PHONE, PersonalField.BIRTH_DATE);
            assertThatThrownBy(() -> asAdmin.call(() -> {
                        identityCheck.configure(Set.of());
                        return null;
                    }))
                    .isInstanceOf(BusinessException.class)
                    .hasMessage("identityCheck.fieldsRequired");
            assertThatThrownBy(() -> asAgent.call(() -> {
                        identityCheck.configure(Set.of(PersonalField.EMAIL));
                        return null;
                    }))
                    .isInstanceOf(EJBAccessException.class);
            assertThat((String) TestDatabase.scalar(
                            "SELECT target FROM audit_entry WHERE event_type = 'IDENTITY_CHECK_CHANGED'"
                                    + " ORDER BY id DESC LIMIT 1"))
                    .endsWith("->birth_date,phone");
        } finally {
            asAdmin.call(() -> {
                identityCheck.configure(original);
                return null;
            });
        }
    }

    @Test
    @DisplayName("notes are sealed in the table, read back by the agent, and limited in length")
    void notesAreSealed() throws Exception {
        String canary = "折り返し希望 " + UUID.randomUUID();
        InquiryView started = asAgent.call(() -> inquiries.start(InquiryChannel.PHONE, InquiryCategory.OTHER));

        InquiryView saved = asAgent.call(() -> inquiries.update(InquiryCategory.LOST_CARD, canary));

        assertThat(saved.notes()).isEqualTo(canary);
        assertThat(saved.category()).isEqualTo(InquiryCategory.LOST_CARD);
        byte[] stored = (byte[])
                TestDatabase.scalar("SELECT notes_enc FROM inquiry WHERE inquiry_number = ?", started.number());
        assertThat(new String(stored, StandardCharsets.ISO_8859_1))
                .doesNotContain(new String(canary.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
        assertThat(((Number) TestDatabase.scalar(
                                "SELECT COUNT(*) FROM audit_entry WHERE target LIKE ? OR reason LIKE ?",
                                "%" + canary + "%",
                                "%" + canary + "%"))
                        .longValue())
                .isZero();
        assertThatThrownBy(() -> asAgent.call(() -> inquiries.update(InquiryCategory.OTHER, "あ".repeat(2001))))
                .isInstanceOf(BusinessException.class)
                .hasMessage("inquiry.notesTooLong");
        assertThat(asAgent.call(() -> inquiries.current().notes())).isEqualTo(canary);
    }

    @Test
    @DisplayName("a follow-up needs a day not past and a serving owner; managers see the team's, agents their own")
    void followUps() throws Exception {
        TestMembers.Created member = TestMembers.create();
        asAgent.call(() -> inquiries.start(InquiryChannel.PHONE, InquiryCategory.POINTS));
        asAgent.call(() -> inquiries.identify(member.ref()));
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(1);

        assertThatThrownBy(() -> asAgent.call(() -> inquiries.close(InquiryOutcome.FOLLOW_UP, null, null)))
                .hasMessage("inquiry.followUpDateRequired");
        assertThatThrownBy(() ->
                        asAgent.call(() -> inquiries.close(InquiryOutcome.FOLLOW_UP, tomorrow.minusDays(3), null)))
                .hasMessage("inquiry.followUpDateInPast");
        assertThatThrownBy(() -> asAgent.call(
                        () -> inquiries.close(InquiryOutcome.FOLLOW_UP, tomorrow, "nobody-" + UUID.randomUUID())))
                .hasMessage("inquiry.ownerUnknown");
        String number = asAgent.call(() -> inquiries.close(InquiryOutcome.FOLLOW_UP, tomorrow, " "))
                .number();

        assertThat(asManager.call(() -> followUps.open()))
                .filteredOn(i -> i.number().equals(number))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.followUpOwner()).isEqualTo("AGENT");
                    assertThat(i.memberRef()).isEqualTo(member.ref());
                });
        assertThat(asAgent.call(() -> followUps.open())).allMatch(i -> "AGENT".equals(i.followUpOwner()));
        assertThat(asAgent.call(() -> followUps.read(number).notes())).isEmpty();

        asManager.call(() -> {
            followUps.done(number);
            return null;
        });

        assertThat(asManager.call(() -> followUps.open()))
                .noneMatch(i -> i.number().equals(number));
        assertThatThrownBy(() -> asManager.call(() -> {
                    followUps.done(number);
                    return null;
                }))
                .hasMessage("inquiry.noFollowUp");
    }

    private static long sequence(String number) {
        return Long.parseLong(number.substring(number.lastIndexOf('-') + 1));
    }

    private static long lastEntryId() throws Exception {
        return ((Number) TestDatabase.scalar("SELECT COALESCE(MAX(id), 0) FROM audit_entry")).longValue();
    }
}
