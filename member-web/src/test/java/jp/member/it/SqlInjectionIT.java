package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.member.audit.boundary.AuditQuery;
import jp.member.audit.boundary.AuditSearch;
import jp.member.exports.boundary.ExportRequests;
import jp.member.exports.boundary.ProvisionRecords;
import jp.member.exports.rules.ExportColumn;
import jp.member.exports.rules.ExportDraft;
import jp.member.exports.rules.ExportFilter;
import jp.member.exports.rules.PurposeCategory;
import jp.member.exports.rules.RecipientKind;
import jp.member.members.boundary.MemberSearch;
import jp.member.members.entity.MemberStatus;
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
 * OWASP ASVS 1.2.4: SQL in every free-text search field is data. Each field gets payloads that would widen the query
 * (a tautology, a UNION, a comment, a stacked statement) and the answer must be what the literal text finds —
 * nothing — with the tables intact. Fields with a format (phone, e-mail, number) are covered by AsvsEvidenceIT.
 */
@ExtendWith(ArquillianExtension.class)
class SqlInjectionIT {

    private static final List<String> PAYLOADS = List.of(
            "x' OR '1'='1",
            "x' OR 1=1 -- ",
            "x') UNION SELECT member_number FROM member -- ",
            "x'; DROP TABLE member; -- ",
            "%' OR actor LIKE '%",
            "\\\\' OR 1=1 #");

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Inject
    MemberSearch search;

    @Inject
    AuditSearch audit;

    @Inject
    ProvisionRecords provisions;

    @Inject
    ExportRequests exports;

    @Inject
    AsAgent asAgent;

    @Inject
    AsAuditor asAuditor;

    @Inject
    AsManager asManager;

    @Test
    @DisplayName(
            "the kana and birth-date search, the auditors' trail search and provisions by member: payloads find nothing")
    void searchFields() throws Exception {
        TestMembers.create();
        long members = count("member");
        long entries = count("audit_entry");

        for (String payload : PAYLOADS) {
            assertThat(refusedOrEmpty(() -> asAgent.call(() ->
                            search.byKanaAndBirthDate(payload, "1980-01-01").members())))
                    .as("kana " + payload)
                    .isTrue();
            assertThat(refusedOrEmpty(() -> asAgent.call(
                            () -> search.byKanaAndBirthDate("ﾔﾏﾀﾞ", payload).members())))
                    .as("birth date " + payload)
                    .isTrue();
            assertThat(asAuditor.call(() -> audit.search(new AuditQuery(payload, null, null, null, null), 0)
                            .rows()))
                    .as("actor " + payload)
                    .isEmpty();
            assertThat(refusedOrEmpty(
                            () -> asAuditor.call(() -> audit.search(new AuditQuery(null, payload, null, null, null), 0)
                                    .rows())))
                    .as("member number " + payload)
                    .isTrue();
            assertThat(refusedOrEmpty(() -> asAuditor.call(() -> provisions.forMember(payload))))
                    .as("provisions " + payload)
                    .isTrue();
        }

        assertThat(count("member")).isEqualTo(members);
        assertThat(count("audit_entry"))
                .as("only the searches' own records were added")
                .isGreaterThan(entries);
    }

    @Test
    @DisplayName("the export filter's rank names: payloads select nobody")
    void exportFilter() throws Exception {
        for (String payload : PAYLOADS) {
            ExportFilter filter =
                    new ExportFilter(EnumSet.of(MemberStatus.ACTIVE), Set.of(payload), null, null, Set.of(), null);
            ExportDraft draft = new ExportDraft(
                    PurposeCategory.ANALYSIS,
                    "injection test",
                    RecipientKind.INTERNAL,
                    "analysis team",
                    null,
                    filter,
                    List.of(ExportColumn.RANK),
                    Map.of(),
                    false,
                    false);

            assertThat(refusedOrEmpty(
                            () -> asManager.call(() -> exports.preview(draft).matched() == 0 ? List.of() : List.of(1))))
                    .as("rank " + payload)
                    .isTrue();
        }
    }

    /** The call either refused the input as invalid or found nothing. */
    private static boolean refusedOrEmpty(java.util.concurrent.Callable<? extends java.util.Collection<?>> call)
            throws Exception {
        try {
            return call.call().isEmpty();
        } catch (BusinessException refused) {
            return true;
        }
    }

    private static long count(String table) throws Exception {
        return ((Number) TestDatabase.scalar("SELECT COUNT(*) FROM " + table)).longValue();
    }
}
