package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import jp.member.demo.SyntheticMember;
import jp.member.exports.boundary.ExportApprovals;
import jp.member.exports.boundary.ExportDownloads;
import jp.member.exports.boundary.ExportRequests;
import jp.member.exports.entity.ExportStatus;
import jp.member.exports.rules.ConsentBasis;
import jp.member.exports.rules.ExportColumn;
import jp.member.exports.rules.ExportDraft;
import jp.member.exports.rules.ExportFilter;
import jp.member.exports.rules.PurposeCategory;
import jp.member.exports.rules.RecipientKind;
import jp.member.inquiries.boundary.IdentityCheck;
import jp.member.inquiries.boundary.Inquiries;
import jp.member.inquiries.entity.InquiryCategory;
import jp.member.inquiries.entity.InquiryChannel;
import jp.member.inquiries.entity.InquiryOutcome;
import jp.member.members.boundary.MemberInput;
import jp.member.members.entity.MemberStatus;
import jp.member.members.entity.PersonalField;
import jp.member.points.boundary.PointsDesk;
import jp.member.points.rules.PointsChange;
import jp.member.requests.boundary.MemberRequests;
import jp.member.requests.boundary.PublishedMatters;
import jp.member.requests.boundary.PublishedView;
import jp.member.requests.boundary.RequestDecisions;
import jp.member.requests.boundary.RequestReplies;
import jp.member.requests.boundary.RequestSummary;
import jp.member.requests.boundary.RequestView;
import jp.member.requests.control.RequestClockAlerts;
import jp.member.requests.entity.MemberRequest;
import jp.member.requests.rules.Decision;
import jp.member.requests.rules.DecisionDraft;
import jp.member.requests.rules.DeliveryForm;
import jp.member.requests.rules.FeeStatus;
import jp.member.requests.rules.IdentityMethod;
import jp.member.requests.rules.PackageSection;
import jp.member.requests.rules.PublishedItem;
import jp.member.requests.rules.RefusalReason;
import jp.member.requests.rules.RequestChannel;
import jp.member.requests.rules.RequestIntake;
import jp.member.requests.rules.RequestKind;
import jp.member.requests.rules.Requester;
import jp.member.requests.rules.StopGround;
import jp.member.shared.BusinessException;
import jp.member.shared.InvalidInputException;
import jp.member.testsupport.AsAgent;
import jp.member.testsupport.AsAuditor;
import jp.member.testsupport.AsManager;
import jp.member.testsupport.AsOtherManager;
import jp.member.testsupport.AsPrivacyOfficer;
import jp.member.testsupport.Deployments;
import jp.member.testsupport.TestDatabase;
import jp.member.testsupport.TestMembers;
import net.lingala.zip4j.io.inputstream.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Members' requests under the APPI end to end in the container: taken in an inquiry after the identity check or
 * entered by the privacy officer, decided, executed through the members' own paths, and answered with a reply that
 * holds exactly the member's own data, every read on the trail against the request.
 */
@ExtendWith(ArquillianExtension.class)
class MemberRequestsIT {

    private static final AtomicInteger DAYS = new AtomicInteger();

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Inject
    MemberRequests requests;

    @Inject
    RequestDecisions decisions;

    @Inject
    RequestReplies replies;

    @Inject
    PublishedMatters published;

    @Inject
    RequestClockAlerts clockAlerts;

    @Inject
    Inquiries inquiries;

    @Inject
    IdentityCheck identityCheck;

    @Inject
    PointsDesk points;

    @Inject
    ExportRequests exportRequests;

    @Inject
    ExportApprovals exportApprovals;

    @Inject
    ExportDownloads exportDownloads;

    @Inject
    AsAgent asAgent;

    @Inject
    AsManager asManager;

    @Inject
    AsOtherManager asOtherManager;

    @Inject
    AsPrivacyOfficer asOfficer;

    @Inject
    AsAuditor asAuditor;

    @AfterEach
    void closeOpenInquiry() throws Exception {
        asAgent.call(() -> {
            if (inquiries.current() != null) {
                inquiries.close(InquiryOutcome.RESOLVED, null, null);
            }
            return null;
        });
    }

    @Test
    @DisplayName("a disclosure taken in an inquiry holds exactly the member's data, consent, points and provision"
            + " records — nothing of a member with a similar name — and every read is on the trail with its number")
    void disclosureHoldsOnlyTheMembersOwnData() throws Exception {
        LocalDate day = uniqueDay();
        TestMembers.Created member = TestMembers.create();
        SyntheticMember similar = similarTo(member.data());
        TestMembers.Created other = TestMembers.create(similar);
        TestDatabase.update("UPDATE member SET enrolled_on = ?, status = 'ACTIVE' WHERE id = ?", day, member.id());
        asAgent.call(() -> points.adjust(member.ref(), PointsChange.of(120), "お詫びの加算"));
        asAgent.call(() -> points.adjust(other.ref(), PointsChange.of(70), "お詫びの加算"));
        provideToThirdParty(day);

        String ref = takeInInquiry(member, intake(RequestKind.DISCLOSURE, DeliveryForm.ELECTRONIC, null))
                .ref();
        asOfficer.call(() -> decisions.decide(ref, accept()));
        RequestView ready = awaitReply(ref);
        long before = lastEntryId();
        String password = asOfficer.call(() -> replies.revealPassword(ref));
        String reply = unzip(asOfficer.call(() -> bytes(ref)), password);

        assertThat(ready.replySections())
                .contains(
                        PackageSection.PERSONAL_FIELDS,
                        PackageSection.CONSENTS,
                        PackageSection.POINT_HISTORY,
                        PackageSection.RANK_HISTORY,
                        PackageSection.PROVISION_RECORDS,
                        PackageSection.INQUIRIES);
        assertThat(reply)
                .contains(
                        printed(member),
                        member.data().nameKanji(),
                        member.data().nameKana(),
                        "Partner Co.")
                .contains("<td>120</td>", "調整")
                .doesNotContain(printed(other), similar.nameKanji(), "<td>70</td>");
        if (similar.email() != null) {
            assertThat(reply).doesNotContain(similar.email());
        }
        assertThat(TestDatabase.rows(
                        "SELECT fields FROM audit_entry WHERE member_id = ? AND purpose = 'MEMBER_REQUEST'"
                                + " AND reason = ?",
                        member.id(),
                        "member-request:" + ref))
                .extracting(r -> (String) r[0])
                .containsAll(EnumSet.allOf(PersonalField.class).stream()
                        .map(PersonalField::column)
                        .toList());
        assertThat(TestDatabase.scalar(
                        "SELECT COUNT(*) FROM audit_entry WHERE member_id = ? AND reason = ?",
                        other.id(),
                        "member-request:" + ref))
                .isEqualTo(0L);
        assertThat(TestDatabase.scalar(
                        "SELECT COUNT(*) FROM audit_entry WHERE id > ? AND event_type = 'REQUEST_REPLY_OPENED'"
                                + " AND target LIKE ?",
                        before,
                        "member-request:" + ref + "%"))
                .isEqualTo(2L);
    }

    @Test
    @DisplayName("nothing is decided or produced before the identity check: on the phone it needs the check in the"
            + " inquiry; documents awaited keep the request out of the officer's hands until identified")
    void identityCheckComesFirst() throws Exception {
        TestMembers.Created member = TestMembers.create();
        asAgent.call(() -> inquiries.start(InquiryChannel.PHONE, InquiryCategory.DATA_REQUEST));
        asAgent.call(() -> inquiries.identify(member.ref()));

        assertRefused(
                () -> asAgent.call(() -> requests.take(
                        member.ref(),
                        intake(RequestKind.DISCLOSURE, DeliveryForm.PAPER, IdentityMethod.REGISTERED_DETAILS),
                        null)),
                "request.identity.checkFirst");
        TestMembers.Created someoneElse = TestMembers.create();
        assertRefused(
                () -> asAgent.call(() -> requests.take(
                        someoneElse.ref(), intake(RequestKind.DISCLOSURE, DeliveryForm.PAPER, null), null)),
                "request.inquiryOtherMember");
        String ref = asAgent.call(() ->
                        requests.take(member.ref(), intake(RequestKind.DISCLOSURE, DeliveryForm.PAPER, null), null))
                .ref();

        assertThat(asOfficer.call(() -> requests.get(ref)).status()).isEqualTo(MemberRequest.Status.AWAITING_IDENTITY);
        assertRefused(() -> asOfficer.call(() -> decisions.decide(ref, accept())), "request.status.open");
        assertRefused(
                () -> asOfficer.call(() -> requests.identify(ref, Requester.MEMBER, IdentityMethod.PHOTO_ID)),
                "request.identity.methodNotAcceptable");
        RequestView identified =
                asOfficer.call(() -> requests.identify(ref, Requester.MEMBER, IdentityMethod.ID_DOCUMENT_COPY));
        assertThat(identified.status()).isEqualTo(MemberRequest.Status.OPEN);
        assertThat(identified.identityCheckedBy()).isEqualTo("PRIVACY_OFFICER");
        assertThat(TestDatabase.scalar(
                        "SELECT COUNT(*) FROM audit_entry WHERE member_id = ? AND purpose = 'MEMBER_REQUEST'",
                        member.id()))
                .isEqualTo(0L);
    }

    @Test
    @DisplayName("a purpose notice by post: the published fee is due and the reply cannot be closed until it is paid;"
            + " the reply states the purposes; a correction and a stop are free")
    void purposeNoticeWithFee() throws Exception {
        TestMembers.Created member = TestMembers.create();
        long fee = asOfficer.call(() -> published.current()).feeYen();
        String ref = enter(
                member,
                intake(
                        RequestKind.PURPOSE_NOTICE,
                        DeliveryForm.PAPER,
                        IdentityMethod.ID_DOCUMENT_COPY,
                        RequestChannel.POST));
        RequestView taken = asOfficer.call(() -> requests.get(ref));
        assertThat(taken.feeYen()).isEqualTo(fee).isPositive();
        assertThat(taken.feeStatus()).isEqualTo(FeeStatus.DUE);

        asOfficer.call(() -> decisions.decide(ref, accept()));
        awaitReply(ref);
        assertRefused(() -> asOfficer.call(() -> decisions.close(ref, today())), "request.fee.due");
        asOfficer.call(() -> decisions.recordFee(ref, FeeStatus.PAID));
        String letter = new String(asOfficer.call(() -> bytes(ref)), StandardCharsets.UTF_8);
        RequestView closed = asOfficer.call(() -> decisions.close(ref, today()));

        assertThat(letter).contains("利用目的", "ポイント", member.data().nameKanji());
        assertThat(closed.status()).isEqualTo(MemberRequest.Status.CLOSED);
        assertThat(closed.reply()).isEqualTo(MemberRequest.ReplyState.SENT);
        assertRefused(() -> asOfficer.call(() -> replies.open(ref)), "request.reply.notReady");
        String correction = enter(
                member,
                new RequestIntake(
                        RequestKind.CORRECTION,
                        RequestChannel.POST,
                        Requester.MEMBER,
                        IdentityMethod.ID_DOCUMENT_COPY,
                        DeliveryForm.PAPER,
                        "ja",
                        null,
                        Set.of(PersonalField.PHONE)),
                phone("09011112222"));
        assertThat(asOfficer.call(() -> requests.get(correction)).feeStatus()).isEqualTo(FeeStatus.NONE);
    }

    @Test
    @DisplayName("a correction applies the true value through the members' path once accepted, and the sealed value"
            + " leaves the request; a bad value is refused at intake and nothing is recorded")
    void correctionIsApplied() throws Exception {
        TestMembers.Created member = TestMembers.create();
        String newPhone = "0312345678";
        RequestIntake intake = new RequestIntake(
                RequestKind.CORRECTION,
                RequestChannel.COUNTER,
                Requester.MEMBER,
                IdentityMethod.PHOTO_ID,
                DeliveryForm.PAPER,
                "en",
                null,
                Set.of(PersonalField.PHONE));
        long requestsBefore = (Long) TestDatabase.scalar("SELECT COUNT(*) FROM member_request");
        assertThatThrownBy(() -> enter(member, intake, phone("not a phone"))).isInstanceOf(InvalidInputException.class);
        assertThat(TestDatabase.scalar("SELECT COUNT(*) FROM member_request")).isEqualTo(requestsBefore);

        String ref = enter(member, intake, phone(newPhone));
        assertThat(flag("SELECT correction_sealed IS NOT NULL FROM member_request WHERE ref = ?", ref))
                .isTrue();
        asOfficer.call(() -> decisions.decide(ref, accept()));
        String letter = new String(bytesWhenReady(ref), StandardCharsets.UTF_8);

        asAgent.call(() -> inquiries.start(InquiryChannel.PHONE, InquiryCategory.OTHER));
        assertThat(asAgent.call(() -> identityCheck.reveal(member.ref())).get(PersonalField.PHONE))
                .satisfies(shown -> assertThat(shown.replace("-", "")).isEqualTo(newPhone));
        assertThat(flag("SELECT correction_sealed IS NULL FROM member_request WHERE ref = ?", ref))
                .isTrue();
        assertThat(letter).contains("What we corrected", "Phone").doesNotContain(newPhone, "03-1234-5678");
    }

    @Test
    @DisplayName("a stop of use turns every consent off and removes the member from every later export preview;"
            + " a leak notice list would still reach them")
    void stopOfUseLeavesTheMemberOutOfExports() throws Exception {
        LocalDate day = uniqueDay();
        TestMembers.Created member = TestMembers.create();
        TestMembers.Created neighbour = TestMembers.create();
        TestDatabase.update(
                "UPDATE member SET enrolled_on = ?, status = 'ACTIVE', consent_email = TRUE WHERE id IN (?, ?)",
                day,
                member.id(),
                neighbour.id());
        assertThat(asManager.call(() -> exportRequests.preview(draft(day))).included())
                .isEqualTo(2);

        String ref = takeInInquiry(
                        member,
                        new RequestIntake(
                                RequestKind.STOP_USE,
                                RequestChannel.INQUIRY,
                                Requester.MEMBER,
                                IdentityMethod.REGISTERED_DETAILS,
                                DeliveryForm.PAPER,
                                "ja",
                                StopGround.NO_LONGER_NEEDED,
                                Set.of()))
                .ref();
        asOfficer.call(() -> decisions.decide(ref, accept()));

        assertThat(asManager.call(() -> exportRequests.preview(draft(day))).included())
                .isEqualTo(1);
        assertThat(TestDatabase.rows(
                        "SELECT consent_post, consent_email, consent_phone, consent_sms FROM member WHERE id = ?",
                        member.id()))
                .singleElement()
                .satisfies(r -> assertThat(r).containsOnly(false));
        assertThat(TestDatabase.scalar(
                        "SELECT COUNT(*) FROM consent_event WHERE member_id = ? AND via = 'MEMBER_REQUEST'",
                        member.id()))
                .isNotEqualTo(0L);
        assertThat(new String(bytesWhenReady(ref), StandardCharsets.UTF_8)).contains("利用を停止しました");
    }

    @Test
    @DisplayName("the provision records alone answer Art. 33(5); a stop of provision leaves the member out of every"
            + " later export and keeps their consents")
    void provisionRecordsAndTheirStop() throws Exception {
        LocalDate day = uniqueDay();
        TestMembers.Created member = TestMembers.create();
        TestDatabase.update(
                "UPDATE member SET enrolled_on = ?, status = 'ACTIVE', consent_email = TRUE WHERE id = ?",
                day,
                member.id());
        provideToThirdParty(day);
        String records = enter(
                member,
                intake(
                        RequestKind.PROVISION_RECORDS,
                        DeliveryForm.PAPER,
                        IdentityMethod.ID_DOCUMENT_COPY,
                        RequestChannel.POST));
        asOfficer.call(() -> decisions.decide(records, accept()));
        String letter = new String(bytesWhenReady(records), StandardCharsets.UTF_8);

        assertThat(letter).contains("第三者提供記録", "Partner Co.", "customer survey").doesNotContain("ポイント履歴");
        assertThat(TestDatabase.scalar(
                        "SELECT COUNT(*) FROM audit_entry WHERE member_id = ? AND reason = ? AND fields = 'email'",
                        member.id(),
                        "member-request:" + records))
                .as("a provision-records reply reads the address, not the whole record")
                .isEqualTo(0L);

        String stop = takeInInquiry(
                        member,
                        new RequestIntake(
                                RequestKind.STOP_PROVISION,
                                RequestChannel.INQUIRY,
                                Requester.MEMBER,
                                IdentityMethod.REGISTERED_DETAILS,
                                DeliveryForm.PAPER,
                                "ja",
                                StopGround.PROVIDED_WITHOUT_CONSENT,
                                Set.of()))
                .ref();
        asOfficer.call(() -> decisions.decide(stop, accept()));

        assertThat(asManager.call(() -> exportRequests.preview(draft(day))).included())
                .isZero();
        assertThat(flag("SELECT consent_email FROM member WHERE id = ?", member.id()))
                .isTrue();
        assertThat(new String(bytesWhenReady(stop), StandardCharsets.UTF_8)).contains("第三者への提供を停止しました");
    }

    @Test
    @DisplayName("an erasure stops use at once and erases when the reply is sent: the ledger and the provision records"
            + " stay, nothing personal does (sealed fields, blind indexes, inquiry notes)")
    void erasureKeepsOnlyWhatTheLawRequires() throws Exception {
        LocalDate day = uniqueDay();
        TestMembers.Created member = TestMembers.create();
        TestDatabase.update("UPDATE member SET enrolled_on = ?, status = 'ACTIVE' WHERE id = ?", day, member.id());
        asAgent.call(() -> points.adjust(member.ref(), PointsChange.of(50), "お詫び"));
        provideToThirdParty(day);
        asAgent.call(() -> inquiries.start(InquiryChannel.PHONE, InquiryCategory.DATA_REQUEST));
        asAgent.call(() -> inquiries.identify(member.ref()));
        asAgent.call(() -> inquiries.update(InquiryCategory.DATA_REQUEST, "本人より消去の依頼。電話番号を確認済み"));
        asAgent.call(() -> identityCheck.reveal(member.ref()));
        String ref = asAgent.call(() -> requests.take(
                        member.ref(),
                        new RequestIntake(
                                RequestKind.ERASURE,
                                RequestChannel.INQUIRY,
                                Requester.MEMBER,
                                IdentityMethod.REGISTERED_DETAILS,
                                DeliveryForm.PAPER,
                                "ja",
                                StopGround.NO_LONGER_NEEDED,
                                Set.of()),
                        null))
                .ref();
        asAgent.call(() -> inquiries.close(InquiryOutcome.ESCALATED, null, null));
        long ledger = (Long) TestDatabase.scalar("SELECT COUNT(*) FROM ledger_entry WHERE member_id = ?", member.id());

        asOfficer.call(() -> decisions.decide(ref, accept()));
        assertThat(flag("SELECT use_stopped_at IS NOT NULL FROM member WHERE id = ?", member.id()))
                .isTrue();
        String letter = new String(bytesWhenReady(ref), StandardCharsets.UTF_8);
        assertThat(letter).contains(member.data().nameKanji(), "消去", "ポイント履歴");
        RequestView closed = asOfficer.call(() -> decisions.close(ref, today()));

        assertThat(closed.status()).isEqualTo(MemberRequest.Status.CLOSED);
        assertThat(TestDatabase.rows(
                        "SELECT status, name_kanji_enc, phone_enc, email_enc, bidx_phone, birth_date_enc"
                                + " FROM member WHERE id = ?",
                        member.id()))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r[0]).isEqualTo(MemberStatus.ANONYMISED.name());
                    assertThat(java.util.Arrays.copyOfRange(r, 1, r.length)).containsOnlyNulls();
                });
        assertThat((Long) TestDatabase.scalar("SELECT COUNT(*) FROM ledger_entry WHERE member_id = ?", member.id()))
                .isGreaterThanOrEqualTo(ledger); // the forfeit of the withdrawal may join the history
        assertThat(TestDatabase.scalar(
                        "SELECT COUNT(*) FROM export_member m JOIN provision_record p ON p.export_id = m.export_id"
                                + " WHERE m.member_id = ?",
                        member.id()))
                .isEqualTo(1L);
        assertThat(TestDatabase.scalar(
                        "SELECT COUNT(*) FROM inquiry WHERE member_id = ? AND notes_enc IS NOT NULL", member.id()))
                .isEqualTo(0L);
        assertThat(TestDatabase.scalar(
                        "SELECT COUNT(*) FROM member_request WHERE member_id = ? AND (correction_sealed IS NOT NULL"
                                + " OR reply_key IS NOT NULL OR reply_password IS NOT NULL)",
                        member.id()))
                .isEqualTo(0L);
    }

    @Test
    @DisplayName("a refusal needs the reason the member is told, and the reply carries it; a partial disclosure leaves"
            + " out only what was withheld")
    void refusalsCarryTheirReason() throws Exception {
        TestMembers.Created member = TestMembers.create();
        String refused = enter(
                member,
                intake(
                        RequestKind.DISCLOSURE,
                        DeliveryForm.PAPER,
                        IdentityMethod.ID_DOCUMENT_COPY,
                        RequestChannel.POST));
        assertThatThrownBy(() -> asOfficer.call(() ->
                        decisions.decide(refused, new DecisionDraft(Decision.REFUSED, null, null, null, null, null))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(asOfficer.call(() -> requests.get(refused)).status()).isEqualTo(MemberRequest.Status.OPEN);

        String told = "ご提出の書類の住所が登録内容と一致しませんでした。";
        asOfficer.call(() -> decisions.decide(
                refused,
                new DecisionDraft(Decision.REFUSED, RefusalReason.IDENTITY_NOT_CONFIRMED, told, null, null, null)));
        String letter = new String(bytesWhenReady(refused), StandardCharsets.UTF_8);
        assertThat(letter)
                .contains(told, "ご請求に応じられません")
                .doesNotContain(member.data().email());

        String partly = enter(
                member,
                intake(
                        RequestKind.DISCLOSURE,
                        DeliveryForm.PAPER,
                        IdentityMethod.ID_DOCUMENT_COPY,
                        RequestChannel.POST));
        asOfficer.call(() -> decisions.decide(
                partly,
                new DecisionDraft(
                        Decision.PARTLY,
                        RefusalReason.BUSINESS_HINDRANCE,
                        "応対記録は社内の検討を含むため開示いたしません。",
                        null,
                        null,
                        Set.of(PackageSection.INQUIRIES))));
        RequestView view = awaitReply(partly);
        assertThat(view.replySections())
                .doesNotContain(PackageSection.INQUIRIES)
                .contains(PackageSection.PERSONAL_FIELDS);
        assertThat(TestDatabase.scalar(
                        "SELECT COUNT(*) FROM audit_entry WHERE reason = ? AND fields = 'inquiry_notes'",
                        "member-request:" + partly))
                .isEqualTo(0L);
    }

    @Test
    @DisplayName("agents take requests, only the privacy officer decides and opens replies, the auditor reads")
    void rolesAreKept() throws Exception {
        TestMembers.Created member = TestMembers.create();
        String ref = takeInInquiry(member, intake(RequestKind.PROVISION_RECORDS, DeliveryForm.PAPER, null))
                .ref();

        assertThatThrownBy(() -> asAgent.call(() -> decisions.decide(ref, accept())))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> asAuditor.call(() -> decisions.decide(ref, accept())))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> asManager.call(() -> requests.get(ref))).isInstanceOf(EJBAccessException.class);
        assertThat(asAuditor.call(() -> requests.queue()))
                .extracting(RequestSummary::ref)
                .contains(ref);
        assertThat(asAgent.call(() -> requests.ofMember(member.ref())))
                .singleElement()
                .satisfies(s -> assertThat(s.ref()).isEqualTo(ref));
        assertThatThrownBy(() -> asAuditor.call(() -> replies.open(ref))).isInstanceOf(EJBAccessException.class);
    }

    @Test
    @DisplayName("the clock: a request due within the warning days raises one warning, past its due day one overdue"
            + " alert, however often it is checked")
    void overdueRaisesOneAlert() throws Exception {
        TestMembers.Created member = TestMembers.create();
        String ref = enter(
                member,
                intake(
                        RequestKind.DISCLOSURE,
                        DeliveryForm.PAPER,
                        IdentityMethod.ID_DOCUMENT_COPY,
                        RequestChannel.POST));
        clockAlerts.check();
        assertThat(alerts(RequestClockAlerts.DUE_SOON, ref))
                .as("14 days ahead: no warning yet")
                .isZero();
        TestDatabase.update("UPDATE member_request SET due_on = ? WHERE ref = ?", today().plusDays(1), ref);
        clockAlerts.check();
        clockAlerts.check();
        assertThat(alerts(RequestClockAlerts.DUE_SOON, ref)).isEqualTo(1L);
        TestDatabase.update("UPDATE member_request SET due_on = ? WHERE ref = ?", today().minusDays(2), ref);

        clockAlerts.check();
        clockAlerts.check();

        assertThat(alerts(RequestClockAlerts.OVERDUE, ref)).isEqualTo(1L);
        assertThat(alerts(RequestClockAlerts.DUE_SOON, ref)).isEqualTo(1L);
        assertThat(asOfficer.call(() -> requests.get(ref)).summary().clock())
                .isEqualTo(jp.member.requests.rules.RequestClock.State.OVERDUE);
    }

    @Test
    @DisplayName("the published matters are versions kept by the officer; the fee published is the fee charged")
    void publishedMattersAreVersioned() throws Exception {
        PublishedView current = asAgent.call(() -> published.current());
        Map<PublishedItem, PublishedView.Text> items = new EnumMap<>(current.items());
        items.put(PublishedItem.BUSINESS_NAME, new PublishedView.Text("", "Nameless"));
        assertThatThrownBy(() -> asOfficer.call(() -> published.save(items, 500, "名前を消す")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> asAgent.call(() -> published.save(current.items(), 500, "x")))
                .isInstanceOf(EJBAccessException.class);

        int version = asOfficer.call(() -> published.save(current.items(), 300, "手数料を300円に改定"));
        try {
            TestMembers.Created member = TestMembers.create();
            String ref = enter(
                    member,
                    intake(
                            RequestKind.DISCLOSURE,
                            DeliveryForm.PAPER,
                            IdentityMethod.ID_DOCUMENT_COPY,
                            RequestChannel.POST));

            assertThat(version).isEqualTo(current.version() + 1);
            assertThat(asOfficer.call(() -> requests.get(ref)).feeYen()).isEqualTo(300L);
            assertThat(asOfficer.call(() -> published.history()))
                    .extracting(PublishedView::version)
                    .startsWith(version, current.version());
        } finally {
            asOfficer.call(() -> published.save(current.items(), current.feeYen(), "元に戻す"));
        }
    }

    // --- helpers

    private RequestSummary takeInInquiry(TestMembers.Created member, RequestIntake intake) throws Exception {
        asAgent.call(() -> inquiries.start(InquiryChannel.PHONE, InquiryCategory.DATA_REQUEST));
        asAgent.call(() -> identityCheck.reveal(member.ref()));
        RequestIntake identified = new RequestIntake(
                intake.kind(),
                RequestChannel.INQUIRY,
                intake.requester(),
                IdentityMethod.REGISTERED_DETAILS,
                intake.delivery(),
                intake.replyLanguage(),
                intake.ground(),
                intake.fields());
        RequestSummary taken = asAgent.call(() -> requests.take(member.ref(), identified, null));
        asAgent.call(() -> inquiries.close(InquiryOutcome.ESCALATED, null, null));
        return taken;
    }

    private String enter(TestMembers.Created member, RequestIntake intake) throws Exception {
        return enter(member, intake, null);
    }

    private String enter(TestMembers.Created member, RequestIntake intake, MemberInput correction) throws Exception {
        return asOfficer
                .call(() -> requests.enter(member.memberNumber(), intake, correction))
                .ref();
    }

    private static RequestIntake intake(RequestKind kind, DeliveryForm delivery, IdentityMethod method) {
        return intake(kind, delivery, method, RequestChannel.INQUIRY);
    }

    private static RequestIntake intake(
            RequestKind kind, DeliveryForm delivery, IdentityMethod method, RequestChannel channel) {
        return new RequestIntake(kind, channel, Requester.MEMBER, method, delivery, "ja", null, Set.of());
    }

    private static DecisionDraft accept() {
        return new DecisionDraft(Decision.ACCEPTED, null, null, null, null, null);
    }

    private static MemberInput phone(String phone) {
        return new MemberInput(null, null, null, null, null, null, null, null, null, phone, null);
    }

    private RequestView awaitReply(String ref) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            RequestView view = asOfficer.call(() -> requests.get(ref));
            if (view.reply() == MemberRequest.ReplyState.READY) {
                return view;
            }
            assertThat(view.reply()).isNotEqualTo(MemberRequest.ReplyState.FAILED);
            if (System.nanoTime() > until) {
                throw new AssertionError("reply not ready: " + view.reply());
            }
            Thread.sleep(100);
        }
    }

    private byte[] bytesWhenReady(String ref) throws Exception {
        awaitReply(ref);
        return asOfficer.call(() -> bytes(ref));
    }

    private byte[] bytes(String ref) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        replies.open(ref).writeTo(out);
        return out.toByteArray();
    }

    private static String unzip(byte[] zip, String password) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), password.toCharArray())) {
            assertThat(in.getNextEntry()).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Same kana and birth date, a name one character off, another phone and e-mail: the classic mix-up. */
    private static SyntheticMember similarTo(SyntheticMember m) {
        SyntheticMember other = TestMembers.synthetic();
        String name = m.nameKanji().substring(0, m.nameKanji().length() - 1)
                + (m.nameKanji().endsWith("子") ? "美" : "子");
        return new SyntheticMember(
                name,
                m.nameKana(),
                m.birthDate(),
                m.gender(),
                m.postalCode(),
                m.prefectureCode(),
                m.city(),
                m.street(),
                m.building(),
                other.phone(),
                "x" + other.email(),
                m.enrolledOn(),
                m.channel(),
                m.storeCode(),
                m.consentPost(),
                m.consentEmail(),
                m.consentPhone(),
                m.consentSms());
    }

    /** A third-party export of the members enrolled on {@code day}, approved and downloaded: a provision record. */
    private void provideToThirdParty(LocalDate day) throws Exception {
        Map<ExportColumn, String> reasons = new EnumMap<>(ExportColumn.class);
        reasons.put(ExportColumn.MEMBER_NUMBER, "identify the member");
        reasons.put(ExportColumn.NAME_KANJI, "address the letter");
        ExportDraft draft = new ExportDraft(
                PurposeCategory.OUTSOURCED_SERVICE,
                "customer survey",
                RecipientKind.THIRD_PARTY,
                "Partner Co.",
                ConsentBasis.MEMBER_CONSENT,
                onDay(day),
                List.of(ExportColumn.MEMBER_NUMBER, ExportColumn.NAME_KANJI),
                reasons,
                false,
                false);
        String export = asManager.call(() -> exportRequests.request(draft));
        asOtherManager.call(() -> {
            exportApprovals.approve(export, null);
            return null;
        });
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (asManager.call(() -> exportRequests.status(export)).status() != ExportStatus.READY) {
            if (System.nanoTime() > until) {
                throw new AssertionError("export not ready");
            }
            Thread.sleep(100);
        }
        asManager.call(() -> {
            exportDownloads.download(export).writeTo(new ByteArrayOutputStream());
            return null;
        });
    }

    private static ExportDraft draft(LocalDate day) {
        Map<ExportColumn, String> reasons = new EnumMap<>(ExportColumn.class);
        reasons.put(ExportColumn.MEMBER_NUMBER, "identify the member");
        return new ExportDraft(
                PurposeCategory.OUTSOURCED_SERVICE,
                "survey",
                RecipientKind.INTERNAL,
                "Survey team",
                null,
                onDay(day),
                List.of(ExportColumn.MEMBER_NUMBER),
                reasons,
                false,
                false);
    }

    private static ExportFilter onDay(LocalDate day) {
        return new ExportFilter(EnumSet.of(MemberStatus.ACTIVE), Set.of(), day, day, Set.of(), null);
    }

    private static LocalDate uniqueDay() throws Exception {
        LocalDate day = LocalDate.of(1985, 1, 1).plusDays(DAYS.incrementAndGet() + 977L * (System.nanoTime() % 9));
        while ((Long) TestDatabase.scalar("SELECT COUNT(*) FROM member WHERE enrolled_on = ?", day) > 0) {
            day = day.plusDays(DAYS.incrementAndGet());
        }
        return day;
    }

    private static long alerts(String rule, String ref) throws Exception {
        return (Long) TestDatabase.scalar("SELECT COUNT(*) FROM alert WHERE rule_code = ? AND actor = ?", rule, ref);
    }

    private static boolean flag(String sql, Object... parameters) throws Exception {
        Object value = TestDatabase.scalar(sql, parameters);
        return value instanceof Boolean b ? b : ((Number) value).intValue() == 1;
    }

    /** The member number as letters print it (groups of four). */
    private static String printed(TestMembers.Created member) {
        return jp.member.members.validation.MemberNumber.parse(member.memberNumber())
                .orElseThrow()
                .formatted();
    }

    /** The programme's business day (Tokyo), on which requests are received. */
    private static LocalDate today() {
        return LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));
    }

    private static long lastEntryId() throws Exception {
        return ((Number) TestDatabase.scalar("SELECT COALESCE(MAX(id), 0) FROM audit_entry")).longValue();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call)
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo(key);
    }
}
