package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import jp.member.audit.boundary.AuditQuery;
import jp.member.audit.boundary.AuditRow;
import jp.member.audit.boundary.AuditSearch;
import jp.member.exports.boundary.ExportApprovals;
import jp.member.exports.boundary.ExportDownloads;
import jp.member.exports.boundary.ExportPreview;
import jp.member.exports.boundary.ExportRequests;
import jp.member.exports.boundary.ExportSummary;
import jp.member.exports.boundary.ProvisionRecords;
import jp.member.exports.boundary.ProvisionView;
import jp.member.exports.control.ExportFiles;
import jp.member.exports.control.ExportHousekeeping;
import jp.member.exports.entity.ExportStatus;
import jp.member.exports.rules.ConsentBasis;
import jp.member.exports.rules.ExportColumn;
import jp.member.exports.rules.ExportDraft;
import jp.member.exports.rules.ExportFilter;
import jp.member.exports.rules.PurposeCategory;
import jp.member.exports.rules.RecipientKind;
import jp.member.members.boundary.KeyRotation;
import jp.member.members.entity.ConsentChannel;
import jp.member.members.entity.MemberStatus;
import jp.member.security.crypto.FieldCipher;
import jp.member.shared.BusinessException;
import jp.member.shared.NotFoundException;
import jp.member.testsupport.AsAdmin;
import jp.member.testsupport.AsAgent;
import jp.member.testsupport.AsAuditor;
import jp.member.testsupport.AsManager;
import jp.member.testsupport.AsOtherManager;
import jp.member.testsupport.Deployments;
import jp.member.testsupport.ServerLog;
import jp.member.testsupport.TestDatabase;
import jp.member.testsupport.TestMembers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The export workflow in the container on the real database: two managers, the consent rule, generation into an
 * encrypted file, downloads by the requester only within their limits, provision records, and a failure that
 * leaves nothing behind. Each test selects its own members by a private enrolment day.
 */
@ExtendWith(ArquillianExtension.class)
class ExportIT {

    /** Each test's members get their own enrolment day, so that no test sees another's. */
    private static final AtomicInteger DAYS = new AtomicInteger();

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Inject
    ExportRequests requests;

    @Inject
    ExportApprovals approvals;

    @Inject
    ExportDownloads downloads;

    @Inject
    ProvisionRecords provisions;

    @Inject
    ExportFiles files;

    @Inject
    AuditSearch audit;

    @Inject
    ExportHousekeeping housekeeping;

    @Inject
    AsManager asManager;

    @Inject
    AsOtherManager asOtherManager;

    @Inject
    AsAgent asAgent;

    @Inject
    AsAuditor asAuditor;

    @Inject
    KeyRotation rotation;

    @Inject
    AsAdmin asAdmin;

    @Test
    @DisplayName("two-person rule: the requester can neither approve nor reject; another manager can")
    void requesterCannotDecideOwnRequest() throws Exception {
        LocalDate day = members(2, Set.of());
        String ref = asManager.call(() -> requests.request(draft(day, RecipientKind.INTERNAL)));

        assertThatThrownBy(() -> asManager.call(() -> {
                    approvals.approve(ref, "looks fine");
                    return null;
                }))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("export.decide.own");
        assertThatThrownBy(() -> asManager.call(() -> {
                    approvals.reject(ref, "no");
                    return null;
                }))
                .isInstanceOf(BusinessException.class);
        assertThat(asManager.call(() -> requests.status(ref)).status()).isEqualTo(ExportStatus.PENDING);
        assertThat(asManager.call(() -> approvals.pending()))
                .filteredOn(e -> e.ref().equals(ref))
                .singleElement()
                .extracting(ExportSummary::mine)
                .isEqualTo(true);

        asOtherManager.call(() -> {
            approvals.approve(ref, "ok for the campaign");
            return null;
        });
        ExportSummary ready = awaitSettled(ref);
        assertThat(ready.status()).isEqualTo(ExportStatus.READY);
        assertThat(ready.decidedBy()).isEqualTo(AsOtherManager.NAME);
        assertThat(ready.rowsWritten()).isEqualTo(2);
        assertThat(TestDatabase.scalar(
                        "SELECT COUNT(*) FROM audit_entry WHERE event_type = 'EXPORT_APPROVED' AND actor = ?",
                        AsOtherManager.NAME))
                .isNotEqualTo(0L);
    }

    @Test
    @DisplayName("marketing by e-mail leaves out members without e-mail consent and says how many")
    void consentExclusionIsCounted() throws Exception {
        LocalDate day = members(5, Set.of(0, 3));
        ExportDraft marketing = new ExportDraft(
                PurposeCategory.MARKETING,
                "winter campaign mail",
                RecipientKind.INTERNAL,
                "CRM team",
                null,
                onDay(day).withConsent(ConsentChannel.EMAIL),
                List.of(ExportColumn.MEMBER_NUMBER, ExportColumn.EMAIL, ExportColumn.CONSENT_EMAIL),
                Map.of(ExportColumn.MEMBER_NUMBER, "match replies", ExportColumn.EMAIL, "send the mail"),
                false,
                false);

        ExportPreview preview = asManager.call(() -> requests.preview(marketing));
        assertThat(preview.matched()).isEqualTo(5);
        assertThat(preview.excluded()).isEqualTo(2);
        assertThat(preview.included()).isEqualTo(3);
        assertThat(preview.maskedSample()).hasSize(3);
        assertThat(preview.maskedSample()).allSatisfy(row -> {
            assertThat(row.get(0)).startsWith("****");
            assertThat(row.get(1)).isEqualTo("1");
            assertThat(row.get(2)).contains("****@");
        });

        String ref = asManager.call(() -> requests.request(marketing));
        approve(ref);
        ExportSummary ready = awaitSettled(ref);
        assertThat(ready.rowsWritten()).isEqualTo(3);
        assertThat(ready.excluded()).isEqualTo(2);
        List<String> lines = lines(asManager.call(() -> content(ref)));
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("member_number,consent_email,email");
        assertThat(lines.subList(1, 4))
                .allSatisfy(line -> assertThat(line.split(",")[1]).isEqualTo("1"));
    }

    @Test
    @DisplayName("a marketing request without a channel, or a personal column without a reason, is refused")
    void incompleteRequestsAreRefused() throws Exception {
        LocalDate day = members(1, Set.of());
        ExportDraft noChannel = new ExportDraft(
                PurposeCategory.MARKETING,
                "mail",
                RecipientKind.INTERNAL,
                "CRM",
                null,
                onDay(day),
                List.of(ExportColumn.RANK),
                Map.of(),
                false,
                false);
        ExportDraft noReason = new ExportDraft(
                PurposeCategory.ANALYSIS,
                "study",
                RecipientKind.INTERNAL,
                "BI",
                null,
                onDay(day),
                List.of(ExportColumn.NAME_KANJI),
                Map.of(),
                false,
                false);
        long before = (Long) TestDatabase.scalar("SELECT COUNT(*) FROM export_request");

        assertThatThrownBy(() -> asManager.call(() -> requests.request(noChannel)))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> asManager.call(() -> requests.request(noReason)))
                .isInstanceOf(BusinessException.class);
        assertThat(TestDatabase.scalar("SELECT COUNT(*) FROM export_request")).isEqualTo(before);
    }

    @Test
    @DisplayName("downloads: the requester only, three times, within the window; others are told it does not exist")
    void downloadLimitsAndOwnership() throws Exception {
        LocalDate day = members(3, Set.of());
        String ref = asManager.call(() -> requests.request(draft(day, RecipientKind.INTERNAL)));
        approve(ref);
        assertThat(awaitSettled(ref).status()).isEqualTo(ExportStatus.READY);

        assertThatThrownBy(() -> asOtherManager.call(() -> downloads.download(ref)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> asOtherManager.call(() -> downloads.download("AAAAAAAAAAAAAAAAAAAAAA")))
                .isInstanceOf(NotFoundException.class);
        assertThat(TestDatabase.scalar(
                        "SELECT COUNT(*) FROM audit_entry WHERE event_type = 'EXPORT_DOWNLOADED' AND outcome = 'DENIED'"
                                + " AND actor = ? AND target LIKE ?",
                        AsOtherManager.NAME,
                        "export:" + exportId(ref) + ";%"))
                .as("the other manager's attempt is on record")
                .isEqualTo(1L);
        assertThatThrownBy(() -> asAgent.call(() -> downloads.download(ref))).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> asAuditor.call(() -> downloads.download(ref))).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> asOtherManager.call(() -> requests.status(ref)))
                .isInstanceOf(NotFoundException.class);

        for (int i = 0; i < 3; i++) {
            assertThat(lines(asManager.call(() -> content(ref)))).hasSize(4);
        }
        assertThatThrownBy(() -> asManager.call(() -> downloads.download(ref)))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("export.download.limitReached");
        assertThat(TestDatabase.scalar(
                        "SELECT COUNT(*) FROM audit_entry WHERE event_type = 'EXPORT_DOWNLOADED' AND outcome = 'SUCCESS'"
                                + " AND target LIKE ?",
                        "export:" + exportId(ref) + ";%"))
                .isEqualTo(3L);

        String other = asManager.call(() -> requests.request(draft(day, RecipientKind.INTERNAL)));
        approve(other);
        awaitSettled(other);
        TestDatabase.update(
                "UPDATE export_request SET download_until = ? WHERE ref = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)),
                other);
        assertThatThrownBy(() -> asManager.call(() -> downloads.download(other)))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey())
                // (the minute timer may have deleted the file of the closed window in between)
                .isIn("export.download.windowClosed", "export.download.gone");
    }

    @Test
    @DisplayName("the file on disk is encrypted: no member value in it, and a changed byte fails the download")
    void fileIsEncryptedAtRest() throws Exception {
        LocalDate day = members(2, Set.of());
        String ref = asManager.call(() -> requests.request(draft(day, RecipientKind.INTERNAL)));
        approve(ref);
        awaitSettled(ref);
        byte[] onDisk = Files.readAllBytes(files.file(ref));
        String plain = asManager.call(() -> content(ref));
        List<String> row = Arrays.asList(lines(plain).get(1).split(","));

        assertThat(new String(onDisk, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("MBRX");
        for (String cell : row) {
            if (cell.length() >= 4) {
                assertThat(contains(onDisk, cell.getBytes(StandardCharsets.UTF_8)))
                        .as("a value of the file in the clear on disk")
                        .isFalse();
            }
        }
        onDisk[onDisk.length / 2] ^= 1;
        Files.write(files.file(ref), onDisk);
        assertThatThrownBy(() -> asManager.call(() -> content(ref))).isInstanceOf(java.io.IOException.class);
    }

    @Test
    @DisplayName("key rotation re-seals the file key of a ready export sealed with the older key; the file still opens")
    void keyRotationResealsFileKey() throws Exception {
        LocalDate day = members(2, Set.of());
        String ref = asManager.call(() -> requests.request(draft(day, RecipientKind.INTERNAL)));
        approve(ref);
        assertThat(awaitSettled(ref).status()).isEqualTo(ExportStatus.READY);
        String binding = "export-file|" + ref; // as ExportFiles binds a file's key to its export
        String fileKey = new FieldCipher(TestMembers.keys()).open(fileKeyOf(ref), binding);
        TestDatabase.update(
                "UPDATE export_request SET file_key = ? WHERE ref = ?",
                new FieldCipher(TestMembers.olderKeyOnly()).seal(fileKey, binding),
                ref);

        asAdmin.call(() -> rotation.reencryptAll());

        assertThat(FieldCipher.keyIdOf(fileKeyOf(ref)))
                .isEqualTo(TestMembers.keys().currentKeyId());
        assertThat(lines(asManager.call(() -> content(ref)))).hasSize(3);
    }

    @Test
    @DisplayName("as an AES-256 ZIP: the password is shown once, to the requester, and opens the file")
    void zipWithPasswordShownOnce() throws Exception {
        LocalDate day = members(2, Set.of());
        ExportDraft plain = draft(day, RecipientKind.INTERNAL);
        ExportDraft zipped = new ExportDraft(
                plain.category(),
                plain.purpose(),
                plain.recipientKind(),
                plain.recipientName(),
                null,
                plain.filter(),
                plain.columns(),
                plain.reasons(),
                true,
                true);
        String ref = asManager.call(() -> requests.request(zipped));
        approve(ref);
        awaitSettled(ref);

        assertThatThrownBy(() -> asOtherManager.call(() -> downloads.revealPassword(ref)))
                .isInstanceOf(NotFoundException.class);
        String password = asManager.call(() -> downloads.revealPassword(ref));
        assertThatThrownBy(() -> asManager.call(() -> downloads.revealPassword(ref)))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("export.password.shown");
        assertThat(password).hasSize(23);

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        var download = asManager.call(() -> downloads.download(ref));
        download.writeTo(zip);
        assertThat(download.fileName()).endsWith(".zip");
        try (var in = new net.lingala.zip4j.io.inputstream.ZipInputStream(
                new java.io.ByteArrayInputStream(zip.toByteArray()), password.toCharArray())) {
            var entry = in.getNextEntry();
            assertThat(entry.isEncrypted()).isTrue();
            assertThat(entry.getEncryptionMethod()).isEqualTo(net.lingala.zip4j.model.enums.EncryptionMethod.AES);
            String csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(csv).startsWith("\uFEFFmember_number,rank,name_kanji,phone\r\n");
            assertThat(lines(csv)).hasSize(3);
        }
        assertThatThrownBy(() -> {
                    try (var in = new net.lingala.zip4j.io.inputstream.ZipInputStream(
                            new java.io.ByteArrayInputStream(zip.toByteArray()), "wrong-password".toCharArray())) {
                        in.getNextEntry();
                        in.readAllBytes();
                    }
                })
                .isInstanceOf(java.io.IOException.class);
    }

    @Test
    @DisplayName("a third-party export makes a provision record on its first download, listed for each member in it")
    void thirdPartyProvisionIsRecorded() throws Exception {
        LocalDate day = members(2, Set.of());
        List<Object[]> mine = TestDatabase.rows("SELECT member_number FROM member WHERE enrolled_on = ?", day);
        var outsider = TestMembers.create();
        String ref = asManager.call(() -> requests.request(draft(day, RecipientKind.THIRD_PARTY)));
        approve(ref);
        awaitSettled(ref);
        long id = exportId(ref);
        assertThat(TestDatabase.scalar("SELECT COUNT(*) FROM provision_record WHERE export_id = ?", id))
                .isEqualTo(0L);

        asManager.call(() -> content(ref));
        asManager.call(() -> content(ref));

        assertThat(TestDatabase.scalar("SELECT COUNT(*) FROM provision_record WHERE export_id = ?", id))
                .isEqualTo(1L);
        for (Object[] member : mine) {
            List<ProvisionView> listed = asAuditor.call(() -> provisions.forMember((String) member[0]));
            assertThat(listed).extracting(ProvisionView::exportId).contains(id);
            ProvisionView record =
                    listed.stream().filter(p -> p.exportId() == id).findFirst().orElseThrow();
            assertThat(record.recipientName()).isEqualTo("Partner Co.");
            assertThat(record.consentBasis()).isEqualTo(ConsentBasis.MEMBER_CONSENT);
            assertThat(record.memberCount()).isEqualTo(2);
            assertThat(record.dataItems()).contains("member_number", "name_kanji");
            assertThat(record.keepUntil()).isAfter(LocalDate.now().plusYears(2));
        }
        String someone = (String) mine.get(0)[0];
        assertThat(asAuditor
                        .call(() -> audit.search(AuditQuery.whoSaw(someone), 0))
                        .rows())
                .as("who saw the member: the downloads of the export they were in")
                .filteredOn(r -> r.eventType().equals("EXPORT_DOWNLOADED"))
                .hasSize(2)
                .allSatisfy(r -> assertThat(r.actor()).isEqualTo("MANAGER"));
        assertThat(TestDatabase.scalar(
                        "SELECT COUNT(*) FROM audit_entry WHERE subject_kind = 'export' AND subject_id = ?"
                                + " AND event_type = 'EXPORT_DOWNLOADED'",
                        id))
                .as("the typed subject columns the question joins on, derived from the chained target")
                .isEqualTo(2L);
        assertThat(asAuditor
                        .call(() -> audit.search(AuditQuery.whoSaw(outsider.memberNumber()), 0))
                        .rows())
                .extracting(AuditRow::target)
                .noneMatch(t -> t != null && t.startsWith("export:" + id + ";"));
        assertThat(asAuditor.call(() -> provisions.forMember(outsider.memberNumber())))
                .extracting(ProvisionView::exportId)
                .doesNotContain(id);
        assertThat(asAuditor.call(() -> provisions.list(null, null)))
                .extracting(ProvisionView::exportId)
                .contains(id);
    }

    @Test
    @DisplayName("housekeeping: an undecided request expires at its deadline; a file goes when its window closes")
    void overdueRequestsExpireAndSpentFilesGo() throws Exception {
        LocalDate day = members(1, Set.of());
        String undecided = asManager.call(() -> requests.request(draft(day, RecipientKind.INTERNAL)));
        String downloaded = asManager.call(() -> requests.request(draft(day, RecipientKind.INTERNAL)));
        approve(downloaded);
        awaitSettled(downloaded);
        asManager.call(() -> content(downloaded));
        java.sql.Timestamp past =
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1));
        TestDatabase.update("UPDATE export_request SET decide_by = ? WHERE ref = ?", past, undecided);
        TestDatabase.update("UPDATE export_request SET download_until = ? WHERE ref = ?", past, downloaded);

        housekeeping.run();

        assertThat(asManager.call(() -> requests.status(undecided)).status()).isEqualTo(ExportStatus.EXPIRED);
        assertThatThrownBy(() -> asOtherManager.call(() -> {
                    approvals.approve(undecided, null);
                    return null;
                }))
                .isInstanceOf(BusinessException.class);
        assertThat(asManager.call(() -> requests.status(downloaded)).status()).isEqualTo(ExportStatus.DELETED);
        assertThat(Files.exists(files.file(downloaded))).isFalse();
        for (var expected : Map.of("EXPORT_EXPIRED", undecided, "EXPORT_FILE_DELETED", downloaded)
                .entrySet()) {
            assertThat(TestDatabase.scalar(
                            "SELECT COUNT(*) FROM audit_entry WHERE event_type = ? AND target LIKE ?",
                            expected.getKey(),
                            "export:" + exportId(expected.getValue()) + ";%"))
                    .as(expected.getKey())
                    .isEqualTo(1L);
        }
    }

    @Test
    @DisplayName(
            "a request for more members than export.max.rows is refused and nothing is requested (anti-harvesting)")
    void rowCapRefused() throws Exception {
        LocalDate day = members(2, Set.of());
        long before = ((Number) TestDatabase.scalar("SELECT COUNT(*) FROM export_request")).longValue();
        System.setProperty("export.max.rows", "1");
        try {
            assertThatThrownBy(() -> asManager.call(() -> requests.request(draft(day, RecipientKind.INTERNAL))))
                    .isInstanceOf(BusinessException.class)
                    .extracting(e -> ((BusinessException) e).messageKey())
                    .isEqualTo("export.tooMany");
        } finally {
            System.clearProperty("export.max.rows");
        }
        assertThat(((Number) TestDatabase.scalar("SELECT COUNT(*) FROM export_request")).longValue())
                .isEqualTo(before);
    }

    @Test
    @DisplayName("housekeeping goes on past a request it cannot handle, and logs the failure's frames, no message")
    void housekeepingGoesOnPastAFailure() throws Exception {
        LocalDate day = members(1, Set.of());
        String stuck = asManager.call(() -> requests.request(draft(day, RecipientKind.INTERNAL)));
        String spent = asManager.call(() -> requests.request(draft(day, RecipientKind.INTERNAL)));
        for (String ref : List.of(stuck, spent)) {
            approve(ref);
            assertThat(awaitSettled(ref).status()).isEqualTo(ExportStatus.READY);
        }
        // the first one's file cannot be deleted: a directory with something in it stands in its place (before the
        // two expire, so that the minute's scheduled housekeeping, if it comes first, meets the same situation)
        Files.delete(files.file(stuck));
        Files.createDirectories(files.file(stuck).resolve("held"));
        try {
            java.sql.Timestamp past =
                    java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1));
            TestDatabase.update("UPDATE export_request SET download_until = ? WHERE ref IN (?, ?)", past, stuck, spent);
            housekeeping.run();
            ServerLog.awaitWritten();

            assertThat(asManager.call(() -> requests.status(spent)).status()).isEqualTo(ExportStatus.DELETED);
            assertThat(asManager.call(() -> requests.status(stuck)).status()).isEqualTo(ExportStatus.READY);
            String log = ServerLog.read();
            String line = "Export housekeeping could not delete the file of export " + exportId(stuck);
            assertThat(log).contains(line);
            String entry = log.substring(log.indexOf(line));
            entry = entry.contains("\n\n[") ? entry.substring(0, entry.indexOf("\n\n[")) : entry;
            assertThat(entry)
                    .contains("java.io.UncheckedIOException", "Caused by: java.nio.file.DirectoryNotEmptyException")
                    .contains("\tat jp.member.exports.control.ExportHousekeeping.deleteSpentFile(")
                    .as("the exception messages (here a path) stay out of the log")
                    .doesNotContain(files.file(stuck).toString(), "could not be deleted");
        } finally {
            Files.delete(files.file(stuck).resolve("held"));
            Files.delete(files.file(stuck));
        }
    }

    @Test
    @DisplayName("a failure mid-generation leaves no file, no member list, and nothing to download")
    void failureLeavesNothingBehind() throws Exception {
        LocalDate day = members(3, Set.of());
        List<Object[]> rows = TestDatabase.rows("SELECT id FROM member WHERE enrolled_on = ? ORDER BY id", day);
        long broken = ((Number) rows.get(2)[0]).longValue();
        // the last member's name no longer authenticates: generation stops after two rows were written
        TestDatabase.update(
                "UPDATE member SET name_kanji_enc = CONCAT(LEFT(name_kanji_enc, LENGTH(name_kanji_enc) - 1),"
                        + " CHAR(ASCII(RIGHT(name_kanji_enc, 1)) ^ 1)) WHERE id = ?",
                broken);
        try {
            String ref = asManager.call(() -> requests.request(draft(day, RecipientKind.THIRD_PARTY)));
            approve(ref);
            ExportSummary settled = awaitSettled(ref);

            assertThat(settled.status()).isEqualTo(ExportStatus.FAILED);
            assertThat(Files.exists(files.file(ref))).isFalse();
            assertThat(Files.exists(files.partFile(ref))).isFalse();
            assertThat(TestDatabase.scalar("SELECT COUNT(*) FROM export_member WHERE export_id = ?", exportId(ref)))
                    .isEqualTo(0L);
            assertThatThrownBy(() -> asManager.call(() -> downloads.download(ref)))
                    .isInstanceOf(BusinessException.class)
                    .extracting(e -> ((BusinessException) e).messageKey())
                    .isEqualTo("export.download.notReady");
            assertThat(TestDatabase.scalar("SELECT COUNT(*) FROM provision_record WHERE export_id = ?", exportId(ref)))
                    .isEqualTo(0L);
        } finally {
            // a member whose data cannot be opened must not trouble other tests' exports
            TestDatabase.update("UPDATE member SET status = 'WITHDRAWN' WHERE id = ?", broken);
        }
    }

    /** Creates n members enrolled on a day of their own; those at the given positions lack e-mail consent. */
    private static LocalDate members(int n, Set<Integer> withoutEmailConsent) throws Exception {
        LocalDate day = LocalDate.of(1990, 1, 1).plusDays(DAYS.incrementAndGet() + 1000L * (System.nanoTime() % 7));
        while ((Long) TestDatabase.scalar("SELECT COUNT(*) FROM member WHERE enrolled_on = ?", day) > 0) {
            day = day.plusDays(DAYS.incrementAndGet());
        }
        for (int i = 0; i < n; i++) {
            long id = TestMembers.create().id();
            TestDatabase.update(
                    "UPDATE member SET enrolled_on = ?, consent_email = ?, status = 'ACTIVE' WHERE id = ?",
                    day,
                    !withoutEmailConsent.contains(i),
                    id);
        }
        return day;
    }

    private static ExportFilter onDay(LocalDate day) {
        return new ExportFilter(
                EnumSet.of(MemberStatus.ACTIVE, MemberStatus.SUSPENDED), Set.of(), day, day, Set.of(), null);
    }

    private static ExportDraft draft(LocalDate day, RecipientKind recipient) {
        Map<ExportColumn, String> reasons = new EnumMap<>(ExportColumn.class);
        reasons.put(ExportColumn.MEMBER_NUMBER, "identify the member");
        reasons.put(ExportColumn.NAME_KANJI, "address the letter");
        reasons.put(ExportColumn.PHONE, "call back");
        return new ExportDraft(
                PurposeCategory.OUTSOURCED_SERVICE,
                "customer survey",
                recipient,
                recipient == RecipientKind.THIRD_PARTY ? "Partner Co." : "Survey team",
                recipient == RecipientKind.THIRD_PARTY ? ConsentBasis.MEMBER_CONSENT : null,
                onDay(day),
                List.of(ExportColumn.MEMBER_NUMBER, ExportColumn.NAME_KANJI, ExportColumn.PHONE, ExportColumn.RANK),
                reasons,
                false,
                false);
    }

    private void approve(String ref) throws Exception {
        asOtherManager.call(() -> {
            approvals.approve(ref, null);
            return null;
        });
    }

    /** Waits for the background generation to end, READY or FAILED. */
    private ExportSummary awaitSettled(String ref) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            ExportSummary summary = asManager.call(() -> requests.status(ref));
            if (summary.status() == ExportStatus.READY || summary.status() == ExportStatus.FAILED) {
                return summary;
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("export still " + summary.status());
            }
            Thread.sleep(100);
        }
    }

    /** One counted download, as text. */
    private String content(String ref) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        downloads.download(ref).writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<String> lines(String csv) {
        return new ArrayList<>(Arrays.asList(csv.split("\r\n")));
    }

    private static byte[] fileKeyOf(String ref) throws Exception {
        return (byte[]) TestDatabase.scalar("SELECT file_key FROM export_request WHERE ref = ?", ref);
    }

    private static long exportId(String ref) throws Exception {
        return ((Number) TestDatabase.scalar("SELECT id FROM export_request WHERE ref = ?", ref)).longValue();
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
