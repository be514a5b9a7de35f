package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.member.exports.boundary.ExportApprovals;
import jp.member.exports.boundary.ExportDownloads;
import jp.member.exports.boundary.ExportRequests;
import jp.member.exports.entity.ExportStatus;
import jp.member.exports.rules.ExportColumn;
import jp.member.exports.rules.ExportDraft;
import jp.member.exports.rules.ExportFilter;
import jp.member.exports.rules.MemberList;
import jp.member.exports.rules.PurposeCategory;
import jp.member.exports.rules.RecipientKind;
import jp.member.incidents.boundary.IncidentNotices;
import jp.member.incidents.boundary.IncidentReports;
import jp.member.incidents.boundary.IncidentScopes;
import jp.member.incidents.boundary.IncidentView;
import jp.member.incidents.boundary.Incidents;
import jp.member.incidents.boundary.ProcedureView;
import jp.member.incidents.boundary.RecurrenceMeasures;
import jp.member.incidents.boundary.ResponseProcedures;
import jp.member.incidents.boundary.ScopeView;
import jp.member.incidents.control.ClockAlerts;
import jp.member.incidents.entity.PpcReport.Stage;
import jp.member.incidents.rules.CauseCategory;
import jp.member.incidents.rules.IncidentFacts;
import jp.member.incidents.rules.IncidentKind;
import jp.member.incidents.rules.ItemExposure;
import jp.member.incidents.rules.JnsaModel.ResponseRating;
import jp.member.incidents.rules.Malice;
import jp.member.incidents.rules.ReportItem;
import jp.member.incidents.rules.Reportability.Trigger;
import jp.member.incidents.rules.ScopeSpec;
import jp.member.incidents.rules.ScopeSpec.Access;
import jp.member.members.validation.MemberNumbers;
import jp.member.security.Roles;
import jp.member.shared.BusinessException;
import jp.member.testsupport.AsAgent;
import jp.member.testsupport.AsAuditor;
import jp.member.testsupport.AsManager;
import jp.member.testsupport.AsOtherManager;
import jp.member.testsupport.AsPrivacyOfficer;
import jp.member.testsupport.Deployments;
import jp.member.testsupport.TestDatabase;
import jp.member.testsupport.TestMembers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The incident register: the affected members computed from seeded trail entries with exact counts per item and
 * exposure, reportability, the procedure version, the clocks' alerts, the report and the notice, and closing refused
 * until everything the law asks for is recorded. Containment has its own class ({@code ContainmentIT}).
 */
@ExtendWith(ArquillianExtension.class)
class IncidentsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    @Inject
    Incidents incidents;

    @Inject
    IncidentScopes scopes;

    @Inject
    IncidentReports reports;

    @Inject
    IncidentNotices notices;

    @Inject
    RecurrenceMeasures measures;

    @Inject
    ResponseProcedures procedures;

    @Inject
    ClockAlerts clockAlerts;

    @Inject
    AsPrivacyOfficer asOfficer;

    @Inject
    AsAuditor asAuditor;

    @Inject
    AsAgent asAgent;

    @Inject
    AsManager asManager;

    @Inject
    AsOtherManager asOtherManager;

    @Inject
    ExportRequests exportRequests;

    @Inject
    ExportApprovals exportApprovals;

    @Inject
    ExportDownloads exportDownloads;

    @Test
    @DisplayName("a staff account's scope: every member it read, revealed or downloaded, per item, clear, masked or"
            + " only encrypted; nothing outside the period or by someone else")
    void staffScopeFromTheTrail() throws Exception {
        TestMembers.Created searched = TestMembers.create();
        TestMembers.Created viewed = TestMembers.create();
        TestMembers.Created inFile = TestMembers.create();
        TestMembers.Created tooEarly = TestMembers.create();
        String agent = TestDatabase.uniqueUsername("leaker");
        Instant now = Instant.now();
        read(agent, "STAFF", searched.id(), "SEARCH", "name_kanji,name_kana", now.minus(2, ChronoUnit.HOURS));
        read(agent, "STAFF", searched.id(), "REVEAL", "phone", now.minus(1, ChronoUnit.HOURS));
        read(agent, "STAFF", viewed.id(), "VIEW", "name_kanji,birth_date,phone", now.minus(1, ChronoUnit.HOURS));
        read(agent, "STAFF", tooEarly.id(), "REVEAL", "email", now.minus(40, ChronoUnit.DAYS));
        read("someone-else", "STAFF", tooEarly.id(), "REVEAL", "email", now.minus(1, ChronoUnit.HOURS));
        long export = zipExport(inFile.id(), "MEMBER_NUMBER,NAME_KANJI,PHONE", false);
        download(agent, export, now.minus(30, ChronoUnit.MINUTES));
        String ref = open(Malice.NO, now.minus(1, ChronoUnit.DAYS));

        ScopeView scope = asOfficer.call(() -> scopes.compute(
                ref, ScopeSpec.staff(List.of(agent), now.minus(30, ChronoUnit.DAYS), now.plusSeconds(1))));

        assertThat(scope.members()).isEqualTo(3);
        assertThat(scope.exposedMembers()).isEqualTo(2);
        assertThat(scope.encryptedOnly()).isEqualTo(1);
        assertThat(scope.entriesRead()).as("three reads and the download").isEqualTo(4);
        assertThat(scope.items())
                .extracting(ItemExposure::item, ItemExposure::clear, ItemExposure::masked, ItemExposure::encrypted)
                .containsExactlyInAnyOrder(
                        tuple("member_number", 2L, 0L, 1L),
                        tuple("name_kanji", 0L, 2L, 1L),
                        tuple("name_kana", 0L, 1L, 0L),
                        tuple("phone", 1L, 1L, 1L),
                        tuple("birth_date", 0L, 1L, 0L));
        assertThat(asOfficer.call(() -> scopes.members(ref, scope.id(), 0, 10)))
                .extracting(IncidentScopes.AffectedMember::memberNumber)
                .containsExactlyInAnyOrder(searched.memberNumber(), viewed.memberNumber(), inFile.memberNumber());
        assertThat(TestDatabase.scalar(
                        "SELECT COUNT(*) FROM audit_entry WHERE purpose = 'INCIDENT' AND reason = ? AND actor = ?",
                        "incident:" + ref,
                        Roles.PRIVACY_OFFICER))
                .as("each member the officer listed is an access record")
                .isEqualTo(3L);
        IncidentView view = asOfficer.call(() -> incidents.get(ref));
        assertThat(view.reportable()).isFalse();
        assertThat(view.assessment().reasons())
                .extracting(r -> r.trigger())
                .contains(Trigger.ENCRYPTION_EXEMPT, Trigger.NONE);
        assertThat(view.expectedDamages())
                .as("JNSA: name+phone (identifiable 3) ×2 ×500 for one, name+birth date+phone for the other")
                .isEqualTo(2 * 500 * 2 * 3);
    }

    @Test
    @DisplayName("an API client's scope, one export's members, a period's reveals and an uploaded list of numbers")
    void otherScopes() throws Exception {
        TestMembers.Created a = TestMembers.create();
        TestMembers.Created b = TestMembers.create();
        String client = TestDatabase.uniqueUsername("site");
        Instant now = Instant.now();
        read(client, "CLIENT", a.id(), "API_READ", "name_kanji,email", now.minus(5, ChronoUnit.MINUTES));
        read(client, "CLIENT", b.id(), "API_READ", "name_kanji", now.minus(4, ChronoUnit.MINUTES));
        long export = zipExport(b.id(), "MEMBER_NUMBER,EMAIL", true);
        String exportRef = (String) TestDatabase.scalar("SELECT ref FROM export_request WHERE id = ?", export);
        String ref = open(Malice.UNKNOWN, now.minus(1, ChronoUnit.HOURS));

        ScopeView byClient = asOfficer.call(() -> scopes.compute(
                ref, ScopeSpec.apiClient(List.of(client), now.minus(1, ChronoUnit.HOURS), now.plusSeconds(1))));
        ScopeView byExport = asOfficer.call(() -> scopes.compute(ref, ScopeSpec.export(exportRef)));
        ScopeView byPeriod = asOfficer.call(() -> scopes.compute(
                ref,
                ScopeSpec.period(now.minus(6, ChronoUnit.MINUTES), now.plusSeconds(1), EnumSet.of(Access.API_READ))));
        ScopeView byList = asOfficer.call(() -> scopes.compute(
                ref,
                ScopeSpec.memberList(
                        List.of(MemberNumbers.format(a.memberNumber()), "000000000000", "not a number"),
                        Set.of("name_kanji", "phone"))));

        assertThat(byClient.members()).isEqualTo(2);
        assertThat(byClient.items())
                .extracting(ItemExposure::item, ItemExposure::clear)
                .contains(tuple("name_kanji", 2L), tuple("email", 1L));
        assertThat(byExport.members()).isEqualTo(1);
        assertThat(byExport.exposedMembers())
                .as("the password was shown: the file counts as clear")
                .isEqualTo(1);
        assertThat(byPeriod.members())
                .as("other tests' API reads may fall in the period")
                .isGreaterThanOrEqualTo(2);
        assertThat(byList.members()).as("the unknown number names nobody").isEqualTo(1);
        assertThat(byList.items())
                .extracting(ItemExposure::item, ItemExposure::clear)
                .containsExactlyInAnyOrder(tuple("member_number", 1L), tuple("name_kanji", 1L), tuple("phone", 1L));
        assertThat(asOfficer.call(() -> scopes.computations(ref))).hasSize(4);
        IncidentView view = asOfficer.call(() -> incidents.get(ref));
        assertThat(view.scope().id()).as("the latest computation counts").isEqualTo(byList.id());
        assertThat(view.reportable())
                .as("a possibly malicious act: reportable at one person")
                .isTrue();
        assertThat(view.assessment().reasons()).extracting(r -> r.trigger()).contains(Trigger.MALICIOUS);
    }

    @Test
    @DisplayName("incidents opened at the same moment get numbers of their own, INC-yyyy-nnnn")
    void numbersUnderConcurrency() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Callable<String>> opens = java.util.Collections.nCopies(
                    4, () -> open(Malice.NO, Instant.now().minus(1, ChronoUnit.HOURS)));
            List<String> refs = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<String> opened : pool.invokeAll(opens)) {
                refs.add(opened.get());
            }

            assertThat(refs).doesNotHaveDuplicates().allMatch(r -> r.matches("INC-\\d{4}-\\d{4,}"));
        } finally {
            pool.shutdown();
        }
    }

    @Test
    @DisplayName("bad scopes and facts are refused with the field named; the auditor reads but cannot act")
    void refusals() throws Exception {
        String ref = open(Malice.NO, Instant.now().minus(1, ChronoUnit.HOURS));

        assertThatThrownBy(() -> asOfficer.call(() -> scopes.compute(
                        ref,
                        ScopeSpec.staff(List.of(), Instant.now(), Instant.now().minusSeconds(5)))))
                .isInstanceOf(BusinessException.class)
                .hasMessage("input.invalid");
        assertThatThrownBy(() -> asOfficer.call(
                        () -> incidents.open(facts("", Malice.NO, Instant.now().plusSeconds(3600)))))
                .isInstanceOf(BusinessException.class)
                .hasMessage("input.invalid");
        assertThatThrownBy(() -> asOfficer.call(() -> scopes.compute(ref, ScopeSpec.export("no-such-export"))))
                .isInstanceOf(BusinessException.class)
                .hasMessage("incident.scope.exportUnknown");
        assertThat(asAuditor.call(() -> incidents.get(ref)).ref()).isEqualTo(ref);
        assertThatThrownBy(() -> asAuditor.call(() -> {
                    incidents.close(ref);
                    return null;
                }))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> asAgent.call(() -> incidents.list())).isInstanceOf(EJBAccessException.class);
    }

    @Test
    @DisplayName("closing is refused while the scope, the final report, the notices or the measures are missing")
    void closingNeedsEverything() throws Exception {
        TestMembers.Created member = TestMembers.create();
        String agent = TestDatabase.uniqueUsername("insider");
        Instant now = Instant.now();
        read(agent, "STAFF", member.id(), "REVEAL", "name_kanji,street,phone", now.minus(10, ChronoUnit.MINUTES));
        String ref = open(Malice.YES, now.minus(1, ChronoUnit.HOURS));

        assertClosingRefused(ref, "incident.close.scopeMissing");
        asOfficer.call(() -> scopes.compute(
                ref, ScopeSpec.staff(List.of(agent), now.minus(1, ChronoUnit.DAYS), now.plusSeconds(1))));
        assertClosingRefused(ref, "incident.close.finalReportMissing");

        Map<ReportItem, String> items = new EnumMap<>(
                asOfficer.call(() -> reports.report(ref, Stage.FINAL)).items());
        assertThat(items.get(ReportItem.PERSON_COUNT))
                .as("pre-filled with the count")
                .contains("1");
        assertThatThrownBy(() -> asOfficer.call(() -> {
                    reports.markSent(ref, Stage.FINAL, Instant.now(), "web form");
                    return null;
                }))
                .hasMessage("incident.report.notSaved");
        asOfficer.call(() -> {
            reports.save(ref, Stage.FINAL, items);
            reports.markSent(ref, Stage.FINAL, Instant.now(), "PPC web form");
            return null;
        });
        assertThat(asOfficer.call(() -> reports.json(ref, Stage.FINAL))).contains("\"stage\":\"FINAL\"", "概要");
        assertThat(asOfficer.call(() -> reports.csv(ref, Stage.FINAL))).startsWith("項番,項目,内容");
        assertThatThrownBy(() -> asOfficer.call(() -> {
                    reports.save(ref, Stage.FINAL, items);
                    return null;
                }))
                .as("what was filed stays as it was")
                .hasMessage("incident.report.alreadySent");
        assertClosingRefused(ref, "incident.close.noticesMissing");

        long listed = asOfficer.call(() -> notices.prepareList(ref));
        int recorded = asOfficer.call(() -> notices.recordSent(ref, LocalDate.now(), IncidentNotices.Method.POST));
        assertThat(listed).isEqualTo(1);
        assertThat(recorded).isEqualTo(1);
        assertThat(asAgent.call(() -> notices.ofMember(member.ref())))
                .extracting(IncidentNotices.MemberNotice::incidentRef)
                .containsExactly(ref);
        assertThat(asOfficer.call(() -> notices.notice(ref)).text()).containsOnlyKeys(ReportItem.forNotice());
        assertClosingRefused(ref, "incident.close.measuresMissing");

        asOfficer.call(() -> {
            measures.add(ref, "職員の閲覧権限を見直す", "情報システム部", LocalDate.now().plusDays(30));
            incidents.close(ref);
            return null;
        });
        IncidentView closed = asOfficer.call(() -> incidents.get(ref));
        assertThat(closed.isOpen()).isFalse();
        assertThat(closed.timeline())
                .extracting(IncidentView.TimelineView::kind)
                .map(Enum::name)
                .containsSubsequence(
                        "OPENED",
                        "SCOPED",
                        "REPORT_SAVED",
                        "REPORT_SENT",
                        "NOTICE_LIST_PREPARED",
                        "NOTICES_RECORDED",
                        "MEASURE_ADDED",
                        "CLOSED");
        assertThat(TestDatabase.scalar(
                        "SELECT COUNT(*) FROM audit_entry WHERE target = ? AND event_type = 'INCIDENT_CLOSED'",
                        "incident:" + ref))
                .isEqualTo(1L);
    }

    @Test
    @DisplayName("the notice list leaves only as a 本人通知 export a second manager approves, withdrawn members too")
    void noticeListThroughTheExportWorkflow() throws Exception {
        TestMembers.Created active = TestMembers.create();
        TestMembers.Created withdrawn = TestMembers.create();
        TestDatabase.update("UPDATE member SET status = 'WITHDRAWN' WHERE id = ?", withdrawn.id());
        String agent = TestDatabase.uniqueUsername("copier");
        Instant now = Instant.now();
        read(agent, "STAFF", active.id(), "REVEAL", "name_kanji,postal_code", now.minus(3, ChronoUnit.MINUTES));
        read(agent, "STAFF", withdrawn.id(), "REVEAL", "name_kanji", now.minus(2, ChronoUnit.MINUTES));
        String ref = open(Malice.YES, now.minus(1, ChronoUnit.HOURS));
        asOfficer.call(() -> scopes.compute(
                ref, ScopeSpec.staff(List.of(agent), now.minus(1, ChronoUnit.DAYS), now.plusSeconds(1))));

        long listed = asOfficer.call(() -> notices.prepareList(ref));
        MemberList list = asManager.call(() -> exportRequests.memberLists()).stream()
                .filter(l -> l.label().startsWith(ref))
                .findFirst()
                .orElseThrow();
        Map<ExportColumn, String> reasons = new EnumMap<>(ExportColumn.class);
        reasons.put(ExportColumn.MEMBER_NUMBER, "宛名と照合する");
        reasons.put(ExportColumn.NAME_KANJI, "宛名");
        ExportDraft draft = new ExportDraft(
                PurposeCategory.BREACH_NOTICE,
                "漏えい等の本人への通知（" + ref + "）",
                RecipientKind.INTERNAL,
                "お客様相談室",
                null,
                ExportFilter.activeMembers().withMemberList(list.id()),
                List.of(ExportColumn.MEMBER_NUMBER, ExportColumn.NAME_KANJI),
                reasons,
                false,
                false);
        String export = asManager.call(() -> exportRequests.request(draft));
        asOtherManager.call(() -> {
            exportApprovals.approve(export, null);
            return null;
        });
        String file = awaitFile(export);

        assertThat(listed).isEqualTo(2);
        assertThat(list.members()).isEqualTo(2);
        assertThat(file.split("\r\n")).hasSize(3);
        assertThat(file).contains(active.memberNumber(), withdrawn.memberNumber());
    }

    @Test
    @DisplayName("the procedure is versioned; an incident names the version in force when it was opened")
    void procedureVersions() throws Exception {
        ProcedureView before = asOfficer.call(() -> procedures.current());
        int version = asOfficer.call(() -> procedures.save(
                List.of(new ProcedureView.Contact("山田 太郎", "個人情報保護管理者", "03-1234-5678", "24時間")),
                new ProcedureView.Organisation("社長", "個人情報保護管理者", "広報部長"),
                Map.of(CauseCategory.UNAUTHORISED_ACCESS, List.of("ネットワークを遮断する", "ログを保全する")),
                "緊急連絡先を追加"));
        String ref = open(Malice.NO, Instant.now().minus(1, ChronoUnit.HOURS));

        assertThat(version).isEqualTo(before.version() + 1);
        assertThat(asManager.call(() -> procedures.current().contacts()))
                .extracting(ProcedureView.Contact::phone)
                .containsExactly("03-1234-5678");
        assertThat(asOfficer.call(() -> incidents.get(ref)).procedureVersion()).isEqualTo(version);
        assertThat(asAuditor.call(() -> procedures.version(before.version())).version())
                .isEqualTo(before.version());
        assertThatThrownBy(() -> asOfficer.call(() -> procedures.save(
                        List.of(new ProcedureView.Contact("", "", "not a phone", "")),
                        new ProcedureView.Organisation("", "", ""),
                        Map.of(),
                        "")))
                .hasMessage("input.invalid");
        assertThat(asOfficer.call(() -> procedures.current()).version()).isEqualTo(version);
    }

    @Test
    @DisplayName("an overdue preliminary report raises one alert, however often the clocks are checked")
    void overdueClockAlerts() throws Exception {
        String ref = open(Malice.NO, Instant.now().minus(7, ChronoUnit.DAYS));

        asOfficer.call(() -> clockAlerts.check());
        asOfficer.call(() -> clockAlerts.check());

        assertThat(TestDatabase.scalar(
                        "SELECT COUNT(*) FROM alert WHERE rule_code = ? AND actor = ?",
                        ClockAlerts.PRELIMINARY_OVERDUE,
                        ref))
                .isEqualTo(1L);
        assertThat(asManager.call(() -> incidents.active()))
                .filteredOn(s -> s.ref().equals(ref))
                .singleElement()
                .satisfies(s -> assertThat(s.preliminary().name()).isEqualTo("OVERDUE"));
    }

    @Test
    @DisplayName("opened from an alert: the alert is named and its account over the evidence period is the first scope")
    void openFromAlert() throws Exception {
        TestMembers.Created member = TestMembers.create();
        String agent = TestDatabase.uniqueUsername("night");
        Instant now = Instant.now();
        long entry = read(agent, "STAFF", member.id(), "VIEW", "name_kanji", now.minus(3, ChronoUnit.MINUTES));
        TestDatabase.update(
                "INSERT INTO alert (rule_code, actor, actor_kind, raised_at, hit_count, status, suspended, version)"
                        + " VALUES ('OUTSIDE_HOURS', ?, 'STAFF', ?, 1, 'OPEN', FALSE, 0)",
                agent,
                java.sql.Timestamp.from(now));
        long alert = ((Number) TestDatabase.scalar("SELECT id FROM alert WHERE actor = ?", agent)).longValue();
        TestDatabase.update("INSERT INTO alert_evidence (alert_id, entry_id) VALUES (?, ?)", alert, entry);

        String ref = asOfficer.call(() -> incidents.openFromAlert(alert, facts("夜間の閲覧", Malice.UNKNOWN, now)));

        IncidentView view = asOfficer.call(() -> incidents.get(ref));
        assertThat(view.alertId()).isEqualTo(alert);
        assertThat(view.scope().spec()).contains("STAFF", agent);
        assertThat(view.scope().members()).isEqualTo(1);
    }

    /** Waits for the export's file and downloads it once (as its requester). */
    private String awaitFile(String export) throws Exception {
        long until = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (asManager.call(() -> exportRequests.status(export)).status() != ExportStatus.READY) {
            if (System.nanoTime() > until) {
                throw new AssertionError("export not ready");
            }
            Thread.sleep(100);
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        asManager.call(() -> {
            exportDownloads.download(export).writeTo(out);
            return null;
        });
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private void assertClosingRefused(String ref, String key) {
        assertThatThrownBy(() -> asOfficer.call(() -> {
                    incidents.close(ref);
                    return null;
                }))
                .isInstanceOf(BusinessException.class)
                .hasMessage(key);
    }

    private String open(Malice malice, Instant knownAt) throws Exception {
        return asOfficer.call(() -> incidents.open(facts("テスト事案", malice, knownAt)));
    }

    static IncidentFacts facts(String title, Malice malice, Instant knownAt) {
        return new IncidentFacts(
                title,
                null,
                knownAt,
                "コールセンター長",
                IncidentKind.LEAK,
                true,
                CauseCategory.INSIDER,
                malice,
                null,
                "調査中",
                false,
                false,
                null,
                ResponseRating.UNKNOWN);
    }

    /** A personal-data read in the trail, as the application writes it (linked into the chain by the chainer). */
    static long read(String actor, String kind, long member, String purpose, String fields, Instant at)
            throws Exception {
        return entry(actor, kind, "PERSONAL_DATA_READ", member, null, fields, purpose, at);
    }

    static void download(String actor, long export, Instant at) throws Exception {
        entry(actor, "STAFF", "EXPORT_DOWNLOADED", null, "export:" + export + ";download:1/3", null, null, at);
    }

    private static long entry(
            String actor,
            String kind,
            String type,
            Long member,
            String target,
            String fields,
            String purpose,
            Instant at)
            throws Exception {
        TestDatabase.update(
                "INSERT INTO audit_entry (occurred_us, event_type, outcome, actor, actor_kind, client_address, member_id,"
                        + " target, fields, purpose) VALUES (?, ?, 'SUCCESS', ?, ?, '127.0.0.1', ?, ?, ?, ?)",
                ChronoUnit.MICROS.between(Instant.EPOCH, at),
                type,
                actor,
                kind,
                member,
                target,
                fields,
                purpose);
        long id = ((Number) TestDatabase.scalar("SELECT MAX(id) FROM audit_entry WHERE actor = ?", actor)).longValue();
        TestDatabase.update("INSERT INTO audit_pending (entry_id) VALUES (?)", id);
        return id;
    }

    /**
     * A generated export file of one member, as a password ZIP; {@code shown}: its password was displayed. Ready as
     * the generator leaves one (a download window and limit), so that export housekeeping sees a real request.
     */
    static long zipExport(long member, String columns, boolean shown) throws Exception {
        String ref = java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 22);
        TestDatabase.update(
                "INSERT INTO export_request (ref, status, requested_by, requested_at, decide_by, purpose_category,"
                        + " purpose, recipient_kind, recipient_name, filter_spec, columns_spec, with_bom, as_zip,"
                        + " matched_at_request, excluded_at_request, password_shown, ready_at, download_until,"
                        + " download_limit)"
                        + " VALUES (?, 'READY', 'MANAGER', NOW(6), NOW(6), 'OTHER', 'test', 'INTERNAL', 'test',"
                        + " 'status=ACTIVE;rank=;from=;to=;prefecture=;consent=', ?, FALSE, TRUE, 1, 0, ?, NOW(6),"
                        + " NOW(6) + INTERVAL 1 DAY, 3)",
                ref,
                columns,
                shown);
        long id = ((Number) TestDatabase.scalar("SELECT id FROM export_request WHERE ref = ?", ref)).longValue();
        TestDatabase.update("INSERT INTO export_member (export_id, member_id) VALUES (?, ?)", id, member);
        return id;
    }
}
