package jp.member.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import jp.member.demo.KenAllCsv;
import jp.member.demo.MemberCsv;
import jp.member.demo.SyntheticMembers;
import jp.member.members.boundary.PostalAddress;
import jp.member.members.boundary.PostalCodes;
import jp.member.members.boundary.PostalCodesStatus;
import jp.member.members.boundary.PostalImportReport;
import jp.member.members.validation.Prefecture;
import jp.member.shared.BusinessException;
import jp.member.shared.InvalidInputException;
import jp.member.testsupport.AsAdmin;
import jp.member.testsupport.AsAgent;
import jp.member.testsupport.AsAuditor;
import jp.member.testsupport.AsManager;
import jp.member.testsupport.Deployments;
import jp.member.testsupport.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The address from a postal code: an administrator's import of Japan Post's file replaces the data in one transaction
 * (a refused or rolled-back one leaves the old), is reported and audited; agents and managers look codes up.
 */
@ExtendWith(ArquillianExtension.class)
class PostalCodesIT {

    private static final Logger LOG = Logger.getLogger(PostalCodesIT.class.getName());

    /** Codes no other test types (MemberBrowserIT types 104-0061 and must find nothing to fill in). */
    private static final List<KenAllCsv.Row> FIRST = List.of(
            new KenAllCsv.Row("9990001", Prefecture.TOKYO, "千代田区", "千代田", "ﾁﾖﾀﾞｸ", "ﾁﾖﾀﾞ"),
            KenAllCsv.Row.of("9990002", Prefecture.TOKYO, "千代田区", "丸の内（次のビルを除く）"),
            KenAllCsv.Row.of("9990003", Prefecture.HOKKAIDO, "山越郡長万部町", "共立"),
            KenAllCsv.Row.of("9990003", Prefecture.HOKKAIDO, "山越郡長万部町", "大中"));

    private static final List<KenAllCsv.Row> SECOND = List.of(
            KenAllCsv.Row.of("9990101", Prefecture.OSAKA, "大阪市城東区", "八幡町"),
            KenAllCsv.Row.of("9990102", Prefecture.OSAKA, "大阪市城東区", "以下に掲載がない場合"));

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Inject
    PostalCodes postalCodes;

    @Inject
    UserTransaction transaction;

    @Inject
    AsAdmin asAdmin;

    @Inject
    AsAgent asAgent;

    @Inject
    AsManager asManager;

    @Inject
    AsAuditor asAuditor;

    @Test
    @DisplayName("an import replaces every area at once, reports its counts and leaves one audit entry with them")
    void importReplaces() throws Exception {
        importFile(KenAllCsv.bytes(FIRST), "first.csv");
        long audited = imports();

        PostalImportReport report = importFile(KenAllCsv.bytes(SECOND), "KEN_ALL.CSV");

        assertThat(report.rowsRead()).isEqualTo(2);
        assertThat(report.postalCodes()).isEqualTo(2);
        assertThat(report.areas()).isEqualTo(2);
        assertThat(report.replacedAreas()).isEqualTo(4);
        assertThat(report.rowsRefused()).isZero();
        assertThat(lookup("999-0001")).isEmpty();
        assertThat(lookup("999-0101")).extracting(PostalAddress::town).containsExactly("八幡町");
        assertThat(TestDatabase.scalar("SELECT COUNT(*) FROM postal_area")).isEqualTo(2L);
        PostalCodesStatus status = asAdmin.call(() -> postalCodes.status());
        assertThat(status.imported()).isTrue();
        assertThat(status.fileName()).isEqualTo("KEN_ALL.CSV");
        assertThat(status.importedBy()).isEqualTo("ADMIN");
        assertThat(status.rowsRead()).isEqualTo(2);
        assertThat(status.rowsRefused()).isZero();
        assertThat(status.postalCodes()).isEqualTo(2);
        assertThat(status.areas()).isEqualTo(2);
        assertThat(imports()).isEqualTo(audited + 1);
        assertThat((String) TestDatabase.scalar("SELECT target FROM audit_entry WHERE event_type ="
                        + " 'POSTAL_CODES_IMPORTED' AND actor = 'ADMIN' ORDER BY id DESC LIMIT 1"))
                .matches("postal-import:[0-9]+;codes:2;areas:2;refused:0");
    }

    @Test
    @DisplayName("an import is one transaction: others see the old data until it commits; rolled back, nothing changed")
    void oneTransaction() throws Exception {
        importFile(KenAllCsv.bytes(FIRST), "first.csv");
        long audited = imports();

        transaction.begin();
        try {
            importFile(KenAllCsv.bytes(SECOND), "second.csv");
            assertThat(lookup("9990101")).hasSize(1);
            assertThat(TestDatabase.scalar("SELECT COUNT(*) FROM postal_area WHERE postal_code = '9990001'"))
                    .as("another connection, while the import is open")
                    .isEqualTo(1L);
        } finally {
            transaction.rollback();
        }

        assertThat(lookup("9990001")).hasSize(1);
        assertThat(lookup("9990101")).isEmpty();
        assertThat(TestDatabase.scalar("SELECT COUNT(*) FROM postal_area")).isEqualTo(4L);
        assertThat(asAdmin.call(() -> postalCodes.status()).fileName()).isEqualTo("first.csv");
        assertThat(imports()).isEqualTo(audited);
    }

    @Test
    @DisplayName("a file that is not Japan Post's postal-code file is refused with its reason and changes nothing")
    void badFilesChangeNothing() throws Exception {
        importFile(KenAllCsv.bytes(FIRST), "first.csv");
        PostalCodesStatus before = asAdmin.call(() -> postalCodes.status());
        long audited = imports();
        byte[] second = KenAllCsv.bytes(SECOND);
        StringWriter members = new StringWriter();
        MemberCsv.write(members, new SyntheticMembers(13, LocalDate.of(2026, 12, 1)), 2);

        assertRefused(new String(second, KenAllCsv.CHARSET).getBytes(StandardCharsets.UTF_8), "postal.file.encoding");
        assertRefused(members.toString().getBytes(KenAllCsv.CHARSET), "postal.file.format");
        assertRefused(new byte[0], "postal.file.missing");
        assertRefused(
                new String(second, KenAllCsv.CHARSET)
                        .replace(",0,0,0,0,0,0\r\n", ",0,0,0,0,2,6\r\n")
                        .getBytes(KenAllCsv.CHARSET),
                "postal.file.noAreas");
        assertThatThrownBy(() -> asAdmin.call(() -> postalCodes.importFile(null, null)))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("postal.file.missing"));

        assertThat(lookup("9990003")).extracting(PostalAddress::town).containsExactly("共立", "大中");
        assertThat(TestDatabase.scalar("SELECT COUNT(*) FROM postal_area")).isEqualTo(4L);
        assertThat(asAdmin.call(() -> postalCodes.status())).isEqualTo(before);
        assertThat(imports()).isEqualTo(audited);
    }

    @Test
    @DisplayName("bad rows among good ones are reported by line and reason; the good ones are imported")
    void badRowsReported() throws Exception {
        String bad = "13101,\"100  \",\"9990201\"\r\n";
        byte[] file = (new String(KenAllCsv.bytes(SECOND), KenAllCsv.CHARSET) + bad).getBytes(KenAllCsv.CHARSET);

        PostalImportReport report = importFile(file, "KEN_ALL.CSV");

        assertThat(report.rowsRead()).isEqualTo(3);
        assertThat(report.areas()).isEqualTo(2);
        assertThat(report.rowsRefused()).isEqualTo(1);
        assertThat(report.refusals()).containsExactly(new PostalImportReport.Refusal(3, "postal.row.columns"));
    }

    @Test
    @DisplayName("a code typed with or without hyphen, in full-width digits or after 〒 finds its places, in file order")
    void lookup() throws Exception {
        importFile(KenAllCsv.bytes(FIRST), "first.csv");

        for (String typed : List.of("999-0001", "9990001", "９９９－０００１", "〒999-0001", " 999-0001 ")) {
            assertThat(lookup(typed))
                    .as(typed)
                    .extracting(
                            PostalAddress::postalCode,
                            PostalAddress::prefecture,
                            PostalAddress::city,
                            PostalAddress::town,
                            PostalAddress::cityKana,
                            PostalAddress::townKana)
                    .containsExactly(tuple("9990001", Prefecture.TOKYO, "千代田区", "千代田", "チヨダク", "チヨダ"));
        }
        assertThat(lookup("9990002")).extracting(PostalAddress::town).containsExactly("丸の内");
        assertThat(asManager.call(() -> postalCodes.lookup("999-0003")))
                .extracting(PostalAddress::town)
                .containsExactly("共立", "大中");
        assertThat(lookup("999-0999")).isEmpty();
    }

    @Test
    @DisplayName("a text that is no postal code is refused with the postal code's message")
    void invalidCode() {
        for (String typed : new String[] {null, "", "12-34", "1234567a", "99900011"}) {
            assertThatThrownBy(() -> lookup(typed))
                    .as(String.valueOf(typed))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                                assertThat(v.field()).isEqualTo("postalCode");
                                assertThat(v.messageKey()).isEqualTo("member.postalCode.invalid");
                            }));
        }
    }

    @Test
    @DisplayName("auditors may not look codes up; agents and managers may neither import nor read the status")
    void roles() {
        byte[] file = KenAllCsv.bytes(SECOND);

        assertThatThrownBy(() -> asAuditor.call(() -> postalCodes.lookup("9990001")))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> asAgent.call(() -> postalCodes.importFile(new ByteArrayInputStream(file), "x.csv")))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> asManager.call(() -> postalCodes.importFile(new ByteArrayInputStream(file), "x.csv")))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> asAgent.call(() -> postalCodes.status())).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> asManager.call(() -> postalCodes.status())).isInstanceOf(EJBAccessException.class);
    }

    @Test
    @DisplayName("a file the size of Japan Post's (124,000 rows) is imported in one transaction")
    void fullSizeFile() throws Exception {
        List<KenAllCsv.Row> rows = new ArrayList<>(124_000);
        Prefecture[] prefectures = Prefecture.values();
        for (int i = 0; i < 124_000; i++) {
            rows.add(new KenAllCsv.Row(
                    String.format("%07d", 100_000 + i),
                    prefectures[i % prefectures.length],
                    "見本市中央区",
                    "本町" + i + "（次のビルを除く）",
                    "ﾐﾎﾝｼﾁｭｳｵｳｸ",
                    "ﾎﾝﾁｮｳ(ﾂｷﾞﾉﾋﾞﾙｦﾉｿﾞｸ)"));
        }
        byte[] file = KenAllCsv.bytes(rows);

        long started = System.nanoTime();
        PostalImportReport report = importFile(file, "KEN_ALL.CSV");
        long millis = (System.nanoTime() - started) / 1_000_000;

        LOG.info(() -> "PostalCodesIT: " + file.length + " bytes, " + rows.size() + " rows imported and committed in "
                + millis + " ms");
        assertThat(report.areas()).isEqualTo(124_000);
        assertThat(report.rowsRefused()).isZero();
        assertThat(TestDatabase.scalar("SELECT COUNT(*) FROM postal_area")).isEqualTo(124_000L);
        assertThat(lookup("0223999")).extracting(PostalAddress::town).containsExactly("本町123999");
    }

    private PostalImportReport importFile(byte[] file, String name) throws Exception {
        return asAdmin.call(() -> postalCodes.importFile(new ByteArrayInputStream(file), name));
    }

    private List<PostalAddress> lookup(String postalCode) throws Exception {
        return asAgent.call(() -> postalCodes.lookup(postalCode));
    }

    private void assertRefused(byte[] file, String messageKey) {
        assertThatThrownBy(() -> importFile(file, "bad.csv"))
                .as(messageKey)
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    private static long imports() throws Exception {
        return ((Number) TestDatabase.scalar(
                        "SELECT COUNT(*) FROM audit_entry WHERE event_type = 'POSTAL_CODES_IMPORTED'"))
                .longValue();
    }
}
