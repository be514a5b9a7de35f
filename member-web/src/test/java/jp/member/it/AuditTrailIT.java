package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import jp.member.audit.boundary.AuditPage;
import jp.member.audit.boundary.AuditQuery;
import jp.member.audit.boundary.AuditSearch;
import jp.member.audit.boundary.AuditVerification;
import jp.member.audit.boundary.VerificationReport;
import jp.member.audit.control.AuditChainer;
import jp.member.audit.entity.AuditEventType;
import jp.member.inquiries.boundary.Inquiries;
import jp.member.inquiries.entity.InquiryCategory;
import jp.member.inquiries.entity.InquiryChannel;
import jp.member.inquiries.entity.InquiryOutcome;
import jp.member.members.boundary.MemberMaintenance;
import jp.member.members.boundary.MemberRecords;
import jp.member.members.boundary.RevealReason;
import jp.member.members.entity.PersonalField;
import jp.member.points.boundary.PointsDesk;
import jp.member.points.rules.PointsChange;
import jp.member.shared.BusinessException;
import jp.member.testsupport.AsAgent;
import jp.member.testsupport.AsAuditor;
import jp.member.testsupport.AsManager;
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
 * The audit trail in the container on the real database: each audited action leaves exactly its entry, in the
 * action's transaction; concurrent writers and chainers keep one chain; the verifier finds a doctored row in the
 * database and accepts only checkpoints this system signed.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Inject
    MemberMaintenance maintenance;

    @Inject
    MemberRecords records;

    @Inject
    PointsDesk desk;

    @Inject
    AuditSearch search;

    @Inject
    AuditVerification verification;

    @Inject
    AuditChainer chainer;

    @Inject
    AsAgent asAgent;

    @Inject
    Inquiries inquiries;

    @Inject
    AsManager asManager;

    @Inject
    AsAuditor asAuditor;

    @Inject
    UserTransaction transaction;

    @Resource
    ManagedExecutorService executor;

    @Test
    @DisplayName("a suspension and a point adjustment each leave exactly one entry: who, what, which member, outcome")
    void actionsLeaveTheirEntry() throws Exception {
        TestMembers.Created member = TestMembers.create();

        asManager.call(() -> {
            maintenance.suspend(member.ref());
            return null;
        });
        asManager.call(() -> {
            maintenance.reactivate(member.ref());
            return null;
        });
        asAgent.call(() -> desk.adjust(member.ref(), PointsChange.of(15), "お詫び IT"));

        assertThat(entries(member.id()))
                .extracting(r -> r[0] + "|" + r[1] + "|" + r[2] + "|" + r[3])
                .containsExactly(
                        "MEMBER_SUSPENDED|SUCCESS|MANAGER|STAFF",
                        "MEMBER_REACTIVATED|SUCCESS|MANAGER|STAFF",
                        "POINTS_ADJUSTED|SUCCESS|AGENT|STAFF");
        assertThat(TestDatabase.scalar(
                        "SELECT reason FROM audit_entry WHERE member_id = ? AND event_type = 'POINTS_ADJUSTED'",
                        member.id()))
                .isEqualTo("お詫び IT");
    }

    @Test
    @DisplayName("a rolled-back action leaves no entry; a refused one leaves none either")
    void rollbackLeavesNothing() throws Exception {
        TestMembers.Created member = TestMembers.create();

        transaction.begin();
        asManager.call(() -> {
            maintenance.suspend(member.ref());
            return null;
        });
        transaction.rollback();
        assertThatThrownBy(() -> asAgent.call(() -> desk.adjust(member.ref(), PointsChange.of(5), " ")))
                .isInstanceOf(BusinessException.class);

        assertThat(entries(member.id())).isEmpty();
        assertThat(TestDatabase.scalar("SELECT status FROM member WHERE id = ?", member.id()))
                .isEqualTo("ACTIVE");
    }

    @Test
    @DisplayName("an auditor finds who saw a member; the search itself is recorded against the member")
    void whoSawMember() throws Exception {
        TestMembers.Created member = TestMembers.create();
        asAgent.call(() -> records.view(member.ref()));
        String inquiry = asAgent.call(() -> inquiries.start(InquiryChannel.PHONE, InquiryCategory.OTHER))
                .number();
        try {
            asAgent.call(() -> records.reveal(member.ref(), PersonalField.EMAIL, RevealReason.INQUIRY));
        } finally {
            asAgent.call(() -> inquiries.close(InquiryOutcome.RESOLVED, null, null));
        }

        AuditPage page = asAuditor.call(() -> search.search(AuditQuery.whoSaw(member.memberNumber()), 0));

        assertThat(page.rows())
                .extracting(r -> r.actor() + "|" + r.purpose() + "|" + r.memberNumber())
                .containsExactly("AGENT|REVEAL|" + member.memberNumber(), "AGENT|VIEW|" + member.memberNumber());
        assertThat(page.rows().get(0).fields()).isEqualTo("email");
        assertThat(page.rows().get(0).inquiryNumber()).isEqualTo(inquiry);
        assertThat(entries(member.id())).extracting(r -> r[0] + "|" + r[2]).endsWith("AUDIT_SEARCHED|AUDITOR");
        assertThatThrownBy(() -> asAuditor.call(() -> search.search(AuditQuery.whoSaw("99999999999"), 0)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("audit.member.unknown");
    }

    @Test
    @DisplayName("8 writers and 4 chainers at once: every entry is linked exactly once and the chain verifies")
    void concurrentWritersKeepOneChain() throws Exception {
        List<Future<?>> work = new ArrayList<>();
        for (int writer = 0; writer < 8; writer++) {
            work.add(executor.submit(() -> {
                for (int i = 0; i < 25; i++) {
                    asAuditor.call(
                            () -> search.search(new AuditQuery("nobody", null, AuditEventType.SIGN_IN, null, null), 0));
                }
                return null;
            }));
        }
        for (int c = 0; c < 4; c++) {
            work.add(executor.submit(() -> {
                for (int i = 0; i < 20; i++) {
                    chainer.chainPending(7);
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }

        VerificationReport report = asAuditor.call(() -> verification.verify(null));

        assertThat(report.intact())
                .as("verification: %s at %s", report.problem(), report.brokenAt())
                .isTrue();
        long anchor = ((Number) TestDatabase.scalar("SELECT anchor_seq FROM audit_head")).longValue();
        assertThat(TestDatabase.scalar("SELECT COUNT(*) FROM audit_chain WHERE seq > ?", anchor))
                .isEqualTo(report.lastSeq() - anchor);
        assertThat(TestDatabase.scalar("SELECT MAX(seq) FROM audit_chain")).isEqualTo(report.lastSeq());
        assertThat(TestDatabase.scalar("SELECT COUNT(*) FROM audit_entry e LEFT JOIN audit_chain c"
                        + " ON c.entry_id = e.id LEFT JOIN audit_pending p ON p.entry_id = e.id"
                        + " WHERE c.entry_id IS NULL AND p.entry_id IS NULL"))
                .isEqualTo(0L);
    }

    @Test
    @DisplayName("one byte changed in a stored entry: verification reports its position; put back, it verifies")
    void doctoredRowFound() throws Exception {
        TestMembers.Created member = TestMembers.create();
        asAgent.call(() -> records.view(member.ref()));
        asAuditor.call(() -> verification.verify(null));
        Object[] target = TestDatabase.rows(
                        "SELECT e.id, c.seq, e.actor FROM audit_entry e JOIN audit_chain c ON c.entry_id = e.id"
                                + " WHERE e.member_id = ? AND e.event_type = 'PERSONAL_DATA_READ'",
                        member.id())
                .get(0);

        VerificationReport broken;
        try {
            TestDatabase.update("UPDATE audit_entry SET actor = 'AGENX' WHERE id = ?", target[0]);
            broken = asAuditor.call(() -> verification.verify(null));
        } finally {
            TestDatabase.update("UPDATE audit_entry SET actor = ? WHERE id = ?", target[2], target[0]);
        }
        VerificationReport repaired = asAuditor.call(() -> verification.verify(null));

        assertThat(broken.intact()).isFalse();
        assertThat(broken.problem()).isEqualTo("HASH_MISMATCH");
        assertThat(broken.brokenAt()).isEqualTo(((Number) target[1]).longValue());
        assertThat(TestDatabase.scalar(
                        "SELECT COUNT(*) FROM alert WHERE rule_code = 'AUDIT_CHAIN_BROKEN' AND hit_count = ?",
                        target[1]))
                .as("a broken chain raises an alert for managers")
                .isNotEqualTo(0L);
        assertThat(repaired.intact()).isTrue();
        assertThat(asAuditor.call(() -> verification.latest()).orElseThrow().intact())
                .isTrue();
    }

    @Test
    @DisplayName("a checkpoint taken out verifies when handed back; a forged one is reported; garbage is refused")
    void checkpoints() throws Exception {
        asAuditor.call(() -> search.search(new AuditQuery("nobody", null, null, null, null), 0));
        String line = asAuditor.call(() -> verification.checkpointNow());
        String forged = line.substring(0, line.length() - 1) + (line.endsWith("0") ? "1" : "0");

        VerificationReport good = asAuditor.call(() -> verification.verify(line));
        VerificationReport bad = asAuditor.call(() -> verification.verify(forged));

        assertThat(line).startsWith("member-audit-checkpoint v1 seq=");
        assertThat(good.intact()).isTrue();
        assertThat(bad.problem()).isEqualTo("CHECKPOINT_FORGED");
        assertThatThrownBy(() -> asAuditor.call(() -> verification.verify("not a checkpoint")))
                .isInstanceOf(BusinessException.class)
                .hasMessage("audit.checkpoint.invalid");
    }

    /** The member's entries in order: type, outcome, actor, actor kind. */
    private static List<Object[]> entries(long memberId) throws Exception {
        return TestDatabase.rows(
                "SELECT event_type, outcome, actor, actor_kind FROM audit_entry WHERE member_id = ?"
                        + " AND event_type <> 'PERSONAL_DATA_READ' ORDER BY id",
                memberId);
    }
}
