package jp.member.bench;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.member.demo.MemberCsv;
import jp.member.demo.SyntheticMembers;
import jp.member.members.boundary.ImportReport;
import jp.member.members.control.CsvReader;
import jp.member.members.control.MemberCsvImporter;
import jp.member.members.control.PersonalDataVault;
import jp.member.shared.BusinessTime;

/**
 * (a) The application's bulk import — validate, normalise, encrypt, blind-index, number, batch insert — against a
 * plain JDBC batch insert of the same rows, in clear, into a table of the same shape. Both commit every 1,000 rows.
 */
final class ImportBenchmark {

    record Result(long members, double importRowsPerSecond, double rawRowsPerSecond, ImportReport report) {}

    private ImportBenchmark() {}

    static Result run(MysqlDataSource db, PersonalDataVault vault, Path dir, SyntheticMembers generator, int members)
            throws IOException, SQLException {
        Path csv = writeCsv(dir, generator, members);

        long start = System.nanoTime();
        ImportReport report = importCsv(db, vault, csv);
        double importRate = report.imported() / seconds(start);

        List<List<String>> rows = readAll(csv);
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS member_raw");
            s.execute("CREATE TABLE member_raw LIKE member");
        }
        start = System.nanoTime();
        long inserted = rawInsert(db, rows);
        double rawRate = inserted / seconds(start);
        Files.delete(csv);
        return new Result(members, importRate, rawRate, report);
    }

    /** The members alone, through the application's import, without the comparison (for runs that skip it). */
    static ImportReport seed(
            MysqlDataSource db, PersonalDataVault vault, Path dir, SyntheticMembers generator, int members)
            throws IOException, SQLException {
        Path csv = writeCsv(dir, generator, members);
        try {
            return importCsv(db, vault, csv);
        } finally {
            Files.delete(csv);
        }
    }

    private static Path writeCsv(Path dir, SyntheticMembers generator, int members) throws IOException {
        Path csv = dir.resolve("members.csv");
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            MemberCsv.write(out, generator, members);
        }
        return csv;
    }

    private static ImportReport importCsv(MysqlDataSource db, PersonalDataVault vault, Path csv)
            throws IOException, SQLException {
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return new MemberCsvImporter(db, vault, new BusinessTime(Clock.systemUTC(), BusinessTime.DEFAULT_ZONE))
                    .run(in);
        }
    }

    private static List<List<String>> readAll(Path csv) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            CsvReader reader = new CsvReader(in);
            reader.next();
            List<String> row;
            while ((row = reader.next()) != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** The same rows, in clear, straight in: the floor of what any import path can reach on this database. */
    private static long rawInsert(MysqlDataSource db, List<List<String>> rows) throws SQLException {
        String sql = "INSERT INTO member_raw (member_number, data_ref, data_key_id, name_kanji_enc, name_kana_enc,"
                + " birth_date_enc, gender_enc, postal_code_enc, prefecture_enc, city_enc, street_enc, building_enc,"
                + " phone_enc, email_enc, bidx_phone, bidx_email, bidx_kana_birth, status, member_rank, enrolled_on,"
                + " enrolment_channel, store_code, consent_post, consent_email, consent_phone, consent_sms, created_at,"
                + " version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)";
        long count = 0;
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            c.setAutoCommit(false);
            Timestamp now = new Timestamp(System.currentTimeMillis());
            java.util.Random random = new java.util.Random(7);
            java.util.Set<String> numbers = new java.util.HashSet<>();
            for (List<String> f : rows) {
                int i = 1;
                String number;
                do {
                    number = jp.member.members.validation.MemberNumbers.random(random);
                } while (!numbers.add(number));
                ps.setString(i++, number);
                ps.setString(i++, UUID.randomUUID().toString().substring(0, 22));
                ps.setString(i++, "raw");
                // The *_enc columns are binary: the clear value as UTF-8 bytes, as the import stores its ciphertext.
                for (int column = 0; column < 11; column++) {
                    ps.setBytes(
                            i++, f.get(column).isEmpty() ? null : f.get(column).getBytes(StandardCharsets.UTF_8));
                }
                // A plain system would index phone, e-mail and name: values in random order, as here.
                ps.setInt(i++, random.nextInt(1 << 20));
                ps.setInt(i++, random.nextInt(1 << 20));
                ps.setInt(i++, random.nextInt(1 << 20));
                ps.setString(i++, "ACTIVE");
                ps.setString(i++, "REGULAR");
                ps.setDate(i++, java.sql.Date.valueOf(f.get(11)));
                ps.setString(i++, f.get(12));
                ps.setString(i++, f.get(13).isEmpty() ? null : f.get(13));
                for (int consent = 14; consent < 18; consent++) {
                    ps.setBoolean(i++, "1".equals(f.get(consent)));
                }
                ps.setTimestamp(i, now);
                ps.addBatch();
                if (++count % MemberCsvImporter.BATCH == 0) {
                    ps.executeBatch();
                    c.commit();
                }
            }
            ps.executeBatch();
            c.commit();
        }
        return count;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
