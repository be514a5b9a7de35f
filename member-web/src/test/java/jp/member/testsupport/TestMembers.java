package jp.member.testsupport;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import jp.member.demo.MemberCsv;
import jp.member.demo.SyntheticMember;
import jp.member.demo.SyntheticMembers;
import jp.member.members.boundary.ImportReport;
import jp.member.members.control.MemberCsvImporter;
import jp.member.members.control.PersonalDataVault;
import jp.member.security.crypto.BlindIndex;
import jp.member.security.crypto.FieldCipher;
import jp.member.security.crypto.KeyRing;
import jp.member.shared.BusinessTime;

/**
 * Test members, created through the application's own bulk import with the test keys — so they are sealed exactly
 * as the server seals them. Each comes from a fresh random seed, so phones and e-mails do not collide across tests.
 */
public final class TestMembers {

    /** A member the test created: its synthetic data and how to find it. */
    public record Created(SyntheticMember data, String memberNumber, String ref, long id) {}

    private TestMembers() {}

    public static KeyRing keys() {
        return KeyRing.parse(
                setting("member.it.data.keys", "MEMBER_DATA_KEYS"), setting("member.it.index.key", "MEMBER_INDEX_KEY"));
    }

    /** A data key of the test ring other than the current one: what a rotation leaves behind. */
    public static String olderKeyId() {
        KeyRing full = keys();
        return full.dataKeyIds().stream()
                .filter(id -> !id.equals(full.currentKeyId()))
                .findFirst()
                .orElseThrow();
    }

    /** The ring as it was before the last rotation: only the older key, which sealed everything then. */
    public static KeyRing olderKeyOnly() {
        KeyRing full = keys();
        String older = olderKeyId();
        java.util.Base64.Encoder base64 = java.util.Base64.getEncoder();
        return KeyRing.parse(
                older + ":" + base64.encodeToString(full.dataKey(older).getEncoded()),
                base64.encodeToString(full.indexKey().getEncoded()));
    }

    /** The vault with the given ring (e.g. only the old key, to create data that needs rotation). */
    public static PersonalDataVault vault(KeyRing ring) {
        return new PersonalDataVault(new FieldCipher(ring), new BlindIndex(ring));
    }

    public static SyntheticMember synthetic() {
        return new SyntheticMembers(ThreadLocalRandom.current().nextLong(), LocalDate.of(2026, 11, 28)).member(0);
    }

    public static Created create() throws Exception {
        return create(synthetic());
    }

    public static Created create(SyntheticMember member) throws Exception {
        return create(member, vault(keys()));
    }

    public static Created create(SyntheticMember member, PersonalDataVault vault) throws Exception {
        MysqlDataSource dataSource = new MysqlDataSource();
        dataSource.setUrl(setting("member.it.db.url", "MEMBER_DB_URL"));
        dataSource.setUser(setting("member.it.db.user", "MEMBER_DB_USER"));
        dataSource.setPassword(setting("member.it.db.password", "MEMBER_DB_PASSWORD"));
        String csv = String.join(",", MemberCsv.HEADER) + "\r\n" + MemberCsv.row(member) + "\r\n";
        ImportReport report = new MemberCsvImporter(
                        dataSource, vault, new BusinessTime(Clock.systemUTC(), BusinessTime.DEFAULT_ZONE))
                .run(new StringReader(csv));
        if (report.imported() != 1) {
            throw new IllegalStateException("test member not imported: " + report.rejections());
        }
        Integer index = vault.phoneIndex(member.phone());
        List<Object[]> rows = TestDatabase.rows(
                "SELECT member_number, data_ref, id FROM member WHERE bidx_phone = ? ORDER BY id DESC", index);
        Object[] row = rows.get(0);
        return new Created(member, (String) row[0], (String) row[1], ((Number) row[2]).longValue());
    }

    /** The member as the web site sends an enrolment to the API (JSON), with extra properties appended as given. */
    public static String enrolmentJson(SyntheticMember m, String channel, String extra) {
        return "{\"nameKanji\":\"" + m.nameKanji() + "\",\"nameKana\":\"" + m.nameKana() + "\",\"birthDate\":\""
                + m.birthDate() + "\",\"postalCode\":\"" + m.postalCode() + "\",\"prefecture\":\"" + m.prefectureCode()
                + "\",\"city\":\"" + m.city() + "\",\"street\":\"" + m.street() + "\",\"phone\":\"" + m.phone()
                + "\",\"email\":\"" + m.email() + "\",\"channel\":\"" + channel + "\"" + extra + "}";
    }

    private static String setting(String property, String env) {
        String value = System.getProperty(property);
        return value != null ? value : System.getenv(env);
    }
}
