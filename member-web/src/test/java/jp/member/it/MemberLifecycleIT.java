package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import jp.member.inquiries.boundary.FollowUps;
import jp.member.inquiries.boundary.Inquiries;
import jp.member.inquiries.control.InquiryNotes;
import jp.member.inquiries.entity.InquiryCategory;
import jp.member.inquiries.entity.InquiryChannel;
import jp.member.inquiries.entity.InquiryOutcome;
import jp.member.members.boundary.Enrolled;
import jp.member.members.boundary.KeyRotation;
import jp.member.members.boundary.MemberEnrolment;
import jp.member.members.boundary.MemberInput;
import jp.member.members.boundary.MemberMaintenance;
import jp.member.members.boundary.MemberRecords;
import jp.member.members.boundary.MemberRetention;
import jp.member.members.boundary.MemberSearch;
import jp.member.members.boundary.RevealReason;
import jp.member.members.boundary.RotationStatus;
import jp.member.members.boundary.SearchResult;
import jp.member.members.boundary.TillMembers;
import jp.member.members.entity.ConsentChannel;
import jp.member.members.entity.EnrolmentChannel;
import jp.member.members.entity.MemberStatus;
import jp.member.members.entity.PersonalField;
import jp.member.members.entity.RetiredNumber;
import jp.member.members.validation.MemberNumber;
import jp.member.members.validation.MemberNumbers;
import jp.member.security.Roles;
import jp.member.security.crypto.FieldCipher;
import jp.member.security.crypto.KeyRing;
import jp.member.shared.BusinessException;
import jp.member.shared.InvalidInputException;
import jp.member.staff.boundary.StaffAuthentication;
import jp.member.staff.control.SecondFactor;
import jp.member.testsupport.AsAdmin;
import jp.member.testsupport.AsAgent;
import jp.member.testsupport.AsManager;
import jp.member.testsupport.AsPos;
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
 * The use cases that change members: enrolment, contact, consent, lost cards, merge, suspension, withdrawal, keys
 * (with everything else the data keys seal: inquiry notes, second-factor keys).
 */
@ExtendWith(ArquillianExtension.class)
class MemberLifecycleIT {

    private static final String STAFF_PASSWORD = "correct horse battery";
    private static final String STAFF_ADDRESS = "127.0.0.2"; // inside the networks the test deployment allows

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Inject
    MemberEnrolment enrolment;

    @Inject
    MemberMaintenance maintenance;

    @Inject
    MemberRecords records;

    @Inject
    MemberSearch search;

    @Inject
    MemberRetention retention;

    @Inject
    KeyRotation rotation;

    @Inject
    TillMembers tills;

    @Inject
    jp.member.members.boundary.MemberImport memberImport;

    @Inject
    Inquiries inquiries;

    @Inject
    FollowUps followUps;

    @Inject
    StaffAuthentication authentication;

    @Inject
    AsAgent asAgent;

    @Inject
    AsManager asManager;

    @Inject
    AsAdmin asAdmin;

    @Inject
    AsPos asPos;

    @Test
    @DisplayName("an agent enrols a member: a valid 12-digit number, normalised data, consent history started")
    void enrol() throws Exception {
        var d = TestMembers.synthetic();
        MemberInput input = new MemberInput(
                d.nameKanji().replace('\u3000', ' '),
                d.nameKana(),
                d.birthDate().toString(),
                "F",
                "〒" + d.postalCode().substring(0, 3) + "-" + d.postalCode().substring(3),
                d.prefectureCode(),
                d.city(),
                d.street(),
                null,
                d.phone(),
                d.email());

        Enrolled enrolled = asAgent.call(
                () -> enrolment.enrol(input, EnrolmentChannel.CALL_CENTRE, null, Map.of(ConsentChannel.EMAIL, true)));

        assertThat(MemberNumbers.isValid(enrolled.memberNumber().digits())).isTrue();
        assertThat(asAgent.call(() -> records.reveal(enrolled.ref(), PersonalField.POSTAL_CODE, RevealReason.OTHER)))
                .isEqualTo(d.postalCode().substring(0, 3) + "-" + d.postalCode().substring(3));
        assertThat(asAgent.call(() -> records.consentHistory(enrolled.ref())))
                .singleElement()
                .satisfies(c -> assertThat(c.channel()).isEqualTo(ConsentChannel.EMAIL));
    }

    @Test
    @DisplayName("an enrolment with bad input is refused field by field and stores nothing")
    void badEnrolment() throws Exception {
        long before = count("member");
        MemberInput bad = new MemberInput(
                "", "Yamada", "2099-01-01", "?", "12345", "Atlantis", "", "", null, "123", "not-an-email");

        assertThatThrownBy(() -> asAgent.call(() -> enrolment.enrol(bad, EnrolmentChannel.CALL_CENTRE, null, Map.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field())
                        .containsExactlyInAnyOrder(
                                "nameKanji",
                                "nameKana",
                                "birthDate",
                                "gender",
                                "postalCode",
                                "prefecture",
                                "city",
                                "street",
                                "phone",
                                "email"));
        assertThat(count("member")).isEqualTo(before);
    }

    @Test
    @DisplayName("a new address replaces the old; a bad postal code changes nothing at all")
    void contactChange() throws Exception {
        TestMembers.Created member = TestMembers.create();
        byte[] sealedBefore = sealedStreet(member.id());

        assertThatThrownBy(() -> asAgent.call(() -> {
                    maintenance.changeContact(
                            member.ref(), MemberInput.contact("12-34", "13", "千代田区", "丸の内1-1", null, null, null));
                    return null;
                }))
                .isInstanceOf(InvalidInputException.class);
        assertThat(sealedStreet(member.id())).isEqualTo(sealedBefore);

        asAgent.call(() -> {
            maintenance.changeContact(
                    member.ref(),
                    MemberInput.contact("100-0005", "東京都", "千代田区", "丸の内1丁目9-1", "グラントウキョウ 12階", null, null));
            return null;
        });
        assertThat(asAgent.call(() -> records.reveal(member.ref(), PersonalField.STREET, RevealReason.CONTACT_UPDATE)))
                .isEqualTo("丸の内1丁目9-1");
        assertThat(asAgent.call(() -> records.reveal(member.ref(), PersonalField.PHONE, RevealReason.CONTACT_UPDATE)))
                .isEqualTo(jp.member.members.validation.PhoneNumber.format(
                        member.data().phone()));
    }

    @Test
    @DisplayName("consent changes are kept with who changed them; setting the same value again records nothing")
    void consent() throws Exception {
        TestMembers.Created member = TestMembers.create();
        boolean current = member.data().consentSms();

        asAgent.call(() -> {
            maintenance.changeConsent(member.ref(), ConsentChannel.SMS, !current);
            maintenance.changeConsent(member.ref(), ConsentChannel.SMS, !current);
            return null;
        });

        assertThat(asAgent.call(() -> records.consentHistory(member.ref())))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.channel()).isEqualTo(ConsentChannel.SMS);
                    assertThat(c.granted()).isEqualTo(!current);
                    assertThat(c.changedBy()).isEqualTo("AGENT");
                    assertThat(c.via()).isEqualTo(EnrolmentChannel.CALL_CENTRE);
                });
    }

    @Test
    @DisplayName("a lost card: new number, the old one blocked at the till but still leading agents to the member")
    void reissue() throws Exception {
        TestMembers.Created member = TestMembers.create();

        String newNumber =
                asAgent.call(() -> maintenance.reissueCard(member.ref())).replace(" ", "");
        SearchResult byOld = asAgent.call(() -> search.byNumber(member.memberNumber()));

        assertThat(newNumber).isNotEqualTo(member.memberNumber());
        assertThat(byOld.retiredNumber()).isEqualTo(RetiredNumber.Reason.LOST);
        assertThat(byOld.members()).extracting(s -> s.ref()).containsExactly(member.ref());
        assertThatThrownBy(() -> asPos.call(() -> tills.status(member.memberNumber())))
                .isInstanceOf(BusinessException.class)
                .hasMessage("member.card.blocked");
        assertThat(asPos.call(() -> tills.status(newNumber)).status()).isEqualTo(MemberStatus.ACTIVE);
    }

    @Test
    @DisplayName(
            "a manager merges a duplicate: its number leads to the survivor, it is no longer found; agents may not merge")
    void merge() throws Exception {
        TestMembers.Created survivor = TestMembers.create();
        TestMembers.Created duplicate = TestMembers.create();

        assertThatThrownBy(() -> asAgent.call(() -> {
                    maintenance.merge(survivor.ref(), duplicate.ref());
                    return null;
                }))
                .isInstanceOf(EJBAccessException.class);
        asManager.call(() -> {
            maintenance.merge(survivor.ref(), duplicate.ref());
            return null;
        });

        SearchResult byDuplicateNumber = asAgent.call(() -> search.byNumber(duplicate.memberNumber()));
        assertThat(byDuplicateNumber.members()).extracting(s -> s.ref()).containsExactly(survivor.ref());
        assertThat(asAgent.call(() -> search.byPhone(duplicate.data().phone())).members())
                .isEmpty();
        assertThat(asPos.call(() -> tills.status(duplicate.memberNumber())).memberNumber())
                .isEqualTo(MemberNumber.of(survivor.memberNumber()));
        assertThat(TestDatabase.scalar("SELECT survivor_id FROM member WHERE id = ?", duplicate.id()))
                .isEqualTo(survivor.id());
    }

    @Test
    @DisplayName("managers suspend and reactivate; agents may not")
    void suspension() throws Exception {
        TestMembers.Created member = TestMembers.create();

        assertThatThrownBy(() -> asAgent.call(() -> {
                    maintenance.suspend(member.ref());
                    return null;
                }))
                .isInstanceOf(EJBAccessException.class);
        asManager.call(() -> {
            maintenance.suspend(member.ref());
            return null;
        });
        assertThat(asPos.call(() -> tills.status(member.memberNumber())).status())
                .isEqualTo(MemberStatus.SUSPENDED);
        asManager.call(() -> {
            maintenance.reactivate(member.ref());
            return null;
        });
        assertThat(asPos.call(() -> tills.status(member.memberNumber())).status())
                .isEqualTo(MemberStatus.ACTIVE);
    }

    @Test
    @DisplayName("a withdrawn member is not found; after the retention period the personal fields are erased for good")
    void withdrawalAndAnonymisation() throws Exception {
        TestMembers.Created member = TestMembers.create();
        asAgent.call(() -> records.view(member.ref()));

        asAgent.call(() -> {
            maintenance.withdraw(member.ref());
            return null;
        });
        assertThat(asAgent.call(() -> search.byPhone(member.data().phone())).members())
                .isEmpty();
        assertThatThrownBy(() -> asAgent.call(() -> records.view(member.ref()))).isInstanceOf(BusinessException.class);

        TestDatabase.update(
                "UPDATE member SET withdrawn_at = ? WHERE id = ?",
                Timestamp.from(Instant.now().minus(400, ChronoUnit.DAYS)),
                member.id());
        int erased = asAdmin.call(() -> retention.anonymiseDue());

        assertThat(erased).isGreaterThanOrEqualTo(1);
        assertThat(TestDatabase.rows(
                        "SELECT status, name_kanji_enc, phone_enc, email_enc, bidx_phone, data_key_id,"
                                + " member_number FROM member WHERE id = ?",
                        member.id()))
                .singleElement()
                .satisfies(row -> assertThat(row)
                        .containsExactly("ANONYMISED", null, null, null, null, null, member.memberNumber()));
        assertThat(((Number) TestDatabase.scalar(
                                "SELECT COUNT(*) FROM audit_entry WHERE event_type = 'PERSONAL_DATA_READ' AND member_id = ?",
                                member.id()))
                        .longValue())
                .isEqualTo(1);
        assertThat(asAdmin.call(() -> retention.anonymiseDue())).isZero();
    }

    @Test
    @DisplayName("key rotation re-encrypts members sealed with an older key, and their data still reads the same")
    void keyRotation() throws Exception {
        KeyRing full = TestMembers.keys();
        String oldKey = TestMembers.olderKeyId();
        TestMembers.Created member =
                TestMembers.create(TestMembers.synthetic(), TestMembers.vault(TestMembers.olderKeyOnly()));
        assertThat(TestDatabase.scalar("SELECT data_key_id FROM member WHERE id = ?", member.id()))
                .isEqualTo(oldKey);

        KeyRotation.Result result = asAdmin.call(() -> rotation.reencryptAll());

        assertThat(result.reencrypted()).isGreaterThanOrEqualTo(1);
        assertThat(TestDatabase.scalar("SELECT data_key_id FROM member WHERE id = ?", member.id()))
                .isEqualTo(full.currentKeyId());
        assertThat(FieldCipher.keyIdOf(
                        (byte[]) TestDatabase.scalar("SELECT email_enc FROM member WHERE id = ?", member.id())))
                .isEqualTo(full.currentKeyId());
        assertThat(asAdmin.call(() -> rotation.status()).membersByKey()).containsKey(full.currentKeyId());
        assertThat(asAgent.call(() -> records.reveal(member.ref(), PersonalField.EMAIL, RevealReason.INQUIRY)))
                .isEqualTo(member.data().email());
        assertThat(asAgent.call(() -> search.byEmail(member.data().email())).members())
                .hasSize(1);
    }

    @Test
    @DisplayName("key rotation also re-seals inquiry notes and second-factor keys: counted under the old key before,"
            + " not after, and still read the same")
    void keyRotationReachesOtherSealedValues() throws Exception {
        KeyRing full = TestMembers.keys();
        String oldKey = TestMembers.olderKeyId();
        FieldCipher old = new FieldCipher(TestMembers.olderKeyOnly());
        String notes = "折り返し希望 " + UUID.randomUUID();
        String number = closedInquiryWithNotes(notes);
        TestDatabase.update(
                "UPDATE inquiry SET notes_enc = ?, notes_key_id = ? WHERE inquiry_number = ?",
                old.seal(notes, "inquiry_notes:" + number),
                oldKey,
                number);
        String manager = TestDatabase.uniqueUsername("rotated");
        long managerId = TestDatabase.insertStaff(manager, STAFF_PASSWORD, false, Roles.MANAGER);
        String totpBinding = "staff_account.totp:" + managerId;
        String totpSecret = new FieldCipher(full).open(totpSecretOf(managerId), totpBinding);
        TestDatabase.update(
                "UPDATE staff_account SET totp_secret = ? WHERE id = ?", old.seal(totpSecret, totpBinding), managerId);
        RotationStatus before = asAdmin.call(() -> rotation.status());

        KeyRotation.Result result = asAdmin.call(() -> rotation.reencryptAll());

        RotationStatus after = asAdmin.call(() -> rotation.status());
        assertThat(count(before, InquiryNotes.KIND, oldKey)).isGreaterThanOrEqualTo(1);
        assertThat(count(before, SecondFactor.KIND, oldKey)).isGreaterThanOrEqualTo(1);
        assertThat(before.remaining()).isGreaterThanOrEqualTo(2);
        assertThat(result.reencrypted()).isGreaterThanOrEqualTo(2);
        assertThat(count(after, InquiryNotes.KIND, oldKey)).isZero();
        assertThat(count(after, SecondFactor.KIND, oldKey)).isZero();
        assertThat(count(after, InquiryNotes.KIND, full.currentKeyId())).isGreaterThanOrEqualTo(1);
        assertThat(TestDatabase.scalar("SELECT notes_key_id FROM inquiry WHERE inquiry_number = ?", number))
                .isEqualTo(full.currentKeyId());
        assertThat(FieldCipher.keyIdOf(
                        (byte[]) TestDatabase.scalar("SELECT notes_enc FROM inquiry WHERE inquiry_number = ?", number)))
                .isEqualTo(full.currentKeyId());
        assertThat(asAgent.call(() -> followUps.read(number).notes())).isEqualTo(notes);
        assertThat(FieldCipher.keyIdOf(totpSecretOf(managerId))).isEqualTo(full.currentKeyId());
        assertThat(authentication
                        .signIn(manager, STAFF_PASSWORD, TestDatabase.oneTimeCode(manager), STAFF_ADDRESS)
                        .accepted())
                .isTrue();
    }

    @Test
    @DisplayName("a member or inquiry notes sealed with a key no longer in the ring are counted and skipped; the"
            + " rotation still finishes")
    void rotationSurvivesUnreadableRecords() throws Exception {
        KeyRing full = TestMembers.keys();
        KeyRing lost = KeyRing.parse(
                "lost:" + java.util.Base64.getEncoder().encodeToString(new byte[32]),
                java.util.Base64.getEncoder().encodeToString(full.indexKey().getEncoded()));
        TestMembers.Created orphan = TestMembers.create(TestMembers.synthetic(), TestMembers.vault(lost));
        String number = closedInquiryWithNotes("メモ " + UUID.randomUUID());
        TestDatabase.update(
                "UPDATE inquiry SET notes_enc = ?, notes_key_id = 'lost' WHERE inquiry_number = ?",
                new FieldCipher(lost).seal("メモ", "inquiry_notes:" + number),
                number);

        KeyRotation.Result result = asAdmin.call(() -> rotation.reencryptAll());

        assertThat(result.unreadable()).isGreaterThanOrEqualTo(2);
        assertThat(TestDatabase.scalar("SELECT data_key_id FROM member WHERE id = ?", orphan.id()))
                .isEqualTo("lost");
        assertThat(TestDatabase.scalar("SELECT notes_key_id FROM inquiry WHERE inquiry_number = ?", number))
                .isEqualTo("lost");
        assertThat(count(asAdmin.call(() -> rotation.status()), InquiryNotes.KIND, "lost"))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    @DisplayName(
            "the bulk import takes the good rows and reports the bad ones by line, field and rule — never by value")
    void importReportsBadRows() throws Exception {
        var good = TestMembers.synthetic();
        var bad = TestMembers.synthetic();
        String badRow = jp.member.demo.MemberCsv.row(bad).replace("," + bad.postalCode() + ",", ",9-9,");
        String csv = String.join(",", jp.member.demo.MemberCsv.HEADER) + "\r\n" + jp.member.demo.MemberCsv.row(good)
                + "\r\n" + badRow + "\r\n";

        var report = asAdmin.call(() -> memberImport.importCsv(
                new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))));

        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.rejected()).isEqualTo(1);
        assertThat(report.rejections()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.field()).isEqualTo("postalCode");
            assertThat(r.messageKey()).isEqualTo("member.postalCode.invalid");
        });
        assertThat(report.toString()).doesNotContain(bad.phone(), bad.nameKanji(), "9-9");
        assertThat(asAgent.call(() -> search.byPhone(good.phone())).members()).hasSize(1);
        assertThat(asAgent.call(() -> search.byPhone(bad.phone())).members()).isEmpty();
    }

    /** An inquiry the agent started, wrote notes in and closed again (an agent has at most one open). */
    private String closedInquiryWithNotes(String notes) throws Exception {
        String number = asAgent.call(() -> inquiries.start(InquiryChannel.PHONE, InquiryCategory.OTHER))
                .number();
        try {
            asAgent.call(() -> inquiries.update(InquiryCategory.OTHER, notes));
        } finally {
            asAgent.call(() -> inquiries.close(InquiryOutcome.RESOLVED, null, null));
        }
        return number;
    }

    /** How many values of a kind other than members' data the status counts under a key. */
    private static long count(RotationStatus status, String kind, String keyId) {
        return status.otherValues().stream()
                .filter(c -> c.kind().equals(kind) && c.keyId().equals(keyId))
                .mapToLong(RotationStatus.SealedCount::count)
                .sum();
    }

    private static byte[] totpSecretOf(long staffId) throws Exception {
        return (byte[]) TestDatabase.scalar("SELECT totp_secret FROM staff_account WHERE id = ?", staffId);
    }

    private static long count(String table) throws Exception {
        return ((Number) TestDatabase.scalar("SELECT COUNT(*) FROM " + table)).longValue();
    }

    private static byte[] sealedStreet(long id) throws Exception {
        return (byte[]) TestDatabase.scalar("SELECT street_enc FROM member WHERE id = ?", id);
    }
}
