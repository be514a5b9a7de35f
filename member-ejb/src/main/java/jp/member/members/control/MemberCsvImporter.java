package jp.member.members.control;

import java.io.IOException;
import java.io.Reader;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import jp.member.members.boundary.ImportReport;
import jp.member.members.boundary.MemberInput;
import jp.member.members.entity.EnrolmentChannel;
import jp.member.members.entity.MemberStatus;
import jp.member.members.entity.PersonalData;
import jp.member.members.entity.PersonalField;
import jp.member.members.entity.SealedPersonalData;
import jp.member.members.validation.Limits;
import jp.member.members.validation.MemberNumbers;
import jp.member.shared.BusinessTime;
import jp.member.shared.InvalidInputException;
import jp.member.shared.Violation;

/**
 * The bulk import of members from CSV — how a company migrates from its old system, and the path the benchmark
 * measures. Each row is validated and normalised with the same rules as enrolment, sealed, given a never-used
 * number and inserted with JDBC batches of {@value #BATCH} rows, each batch committed on its own. Bad rows are
 * reported (line, field, message key — never the value) and skipped; good rows are imported.
 *
 * <p>Plain Java over a {@link DataSource}, so that it runs the same inside the server and in the benchmark.
 * The next batch is validated and sealed on a background thread while the current one is written.
 */
public final class MemberCsvImporter {

    public static final int BATCH = 1000;

    /** The columns of the import file, in order (UTF-8, header line required). */
    public static final List<String> HEADER = List.of(
            "name_kanji",
            "name_kana",
            "birth_date",
            "gender",
            "postal_code",
            "prefecture",
            "city",
            "street",
            "building",
            "phone",
            "email",
            "enrolled_on",
            "channel",
            "store_code",
            "consent_post",
            "consent_email",
            "consent_phone",
            "consent_sms");

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String INSERT = "INSERT INTO member (member_number, data_ref, data_key_id, name_kanji_enc,"
            + " name_kana_enc, birth_date_enc, gender_enc, postal_code_enc, prefecture_enc, city_enc, street_enc,"
            + " building_enc, phone_enc, email_enc, bidx_phone, bidx_email, bidx_kana_birth, status, member_rank,"
            + " enrolled_on, enrolment_channel, store_code, consent_post, consent_email, consent_phone, consent_sms,"
            + " created_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)";

    private final DataSource dataSource;
    private final PersonalDataVault vault;
    private final BusinessTime time;
    private final ExecutorService preparer = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "member-import-prepare");
        thread.setDaemon(true);
        return thread;
    });

    public MemberCsvImporter(DataSource dataSource, PersonalDataVault vault, BusinessTime time) {
        this.dataSource = dataSource;
        this.vault = vault;
        this.time = time;
    }

    public ImportReport run(Reader csv) throws IOException, SQLException {
        try {
            return pipeline(csv);
        } finally {
            preparer.shutdown();
        }
    }

    private ImportReport pipeline(Reader csv) throws IOException, SQLException {
        CsvReader reader = new CsvReader(csv);
        List<String> header = reader.next();
        if (header == null || !HEADER.equals(header.stream().map(String::strip).toList())) {
            return new ImportReport(0, 0, 1, List.of(new ImportReport.Rejection(1, "header", "import.header.invalid")));
        }
        LocalDate today = time.today();
        Tally tally = new Tally();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            // A pipeline: the next batch is validated and sealed while the current one is written.
            CompletableFuture<List<Prepared>> next = prepareAsync(readBatch(reader, tally), today);
            while (true) {
                List<Prepared> prepared = await(next);
                if (prepared.isEmpty()) {
                    break;
                }
                next = prepareAsync(readBatch(reader, tally), today);
                tally.imported += insert(connection, tally.keepGood(prepared));
            }
        }
        return new ImportReport(tally.read, tally.imported, tally.rejectedRows, tally.rejections);
    }

    private static List<RawRow> readBatch(CsvReader reader, Tally tally) throws IOException {
        List<RawRow> batch = new ArrayList<>(BATCH);
        List<String> record;
        while (batch.size() < BATCH && (record = reader.next()) != null) {
            batch.add(new RawRow(reader.recordLine(), record));
            tally.read++;
        }
        return batch;
    }

    private CompletableFuture<List<Prepared>> prepareAsync(List<RawRow> batch, LocalDate today) {
        return CompletableFuture.supplyAsync(
                () -> batch.parallelStream().map(row -> prepare(row, today)).toList());
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    /** Counts and the listed rejections, as the batches go by. */
    private static final class Tally {
        long read;
        long imported;
        long rejectedRows;
        final List<ImportReport.Rejection> rejections = new ArrayList<>();

        List<Prepared> keepGood(List<Prepared> prepared) {
            List<Prepared> good = new ArrayList<>();
            for (Prepared p : prepared) {
                if (p.violations().isEmpty()) {
                    good.add(p);
                    continue;
                }
                rejectedRows++;
                for (Violation v : p.violations()) {
                    if (rejections.size() < ImportReport.MAX_LISTED) {
                        rejections.add(new ImportReport.Rejection(p.line(), v.field(), v.messageKey()));
                    }
                }
            }
            return good;
        }
    }

    private Prepared prepare(RawRow row, LocalDate today) {
        List<String> f = row.fields();
        if (f.size() != HEADER.size()) {
            return Prepared.rejected(row.line(), new Violation("row", "import.row.columns"));
        }
        List<Violation> violations = new ArrayList<>();
        PersonalData data = null;
        try {
            data = MemberRules.personalData(
                    new MemberInput(
                            f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5), f.get(6), f.get(7), f.get(8),
                            f.get(9), f.get(10)),
                    today);
        } catch (InvalidInputException e) {
            violations.addAll(e.violations());
        }
        LocalDate enrolled = today;
        if (!f.get(11).isBlank()) {
            try {
                enrolled = LocalDate.parse(f.get(11).strip());
                if (enrolled.isAfter(today)) {
                    violations.add(new Violation("enrolled_on", "import.enrolledOn.future"));
                }
            } catch (DateTimeParseException e) {
                violations.add(new Violation("enrolled_on", "import.enrolledOn.invalid"));
            }
        }
        EnrolmentChannel channel = EnrolmentChannel.IMPORT;
        if (!f.get(12).isBlank()) {
            try {
                channel = EnrolmentChannel.valueOf(f.get(12).strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                violations.add(new Violation("channel", "import.channel.invalid"));
            }
        }
        String store = f.get(13).isBlank() ? null : f.get(13).strip();
        if (store != null && !store.matches("[A-Za-z0-9-]{1," + Limits.STORE_CODE_MAX + "}")) {
            violations.add(new Violation("store_code", "member.storeCode.invalid"));
        }
        boolean[] consents = new boolean[4];
        for (int i = 0; i < 4; i++) {
            String value = f.get(14 + i).strip();
            switch (value) {
                case "1", "true", "TRUE", "yes" -> consents[i] = true;
                case "", "0", "false", "FALSE", "no" -> consents[i] = false;
                default -> violations.add(new Violation(HEADER.get(14 + i), "import.consent.invalid"));
            }
        }
        if (!violations.isEmpty()) {
            return new Prepared(row.line(), violations, null, null, null, null, null, null);
        }
        String ref = PersonalDataVault.newDataRef();
        return new Prepared(row.line(), List.of(), ref, vault.seal(data, ref), enrolled, channel, store, consents);
    }

    private int insert(Connection connection, List<Prepared> rows) throws SQLException {
        if (rows.isEmpty()) {
            return 0;
        }
        for (int attempt = 0; ; attempt++) {
            List<String> numbers = unusedNumbers(connection, rows.size());
            Timestamp now = Timestamp.from(time.now());
            try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
                for (int i = 0; i < rows.size(); i++) {
                    bind(ps, rows.get(i), numbers.get(i), now);
                    ps.addBatch();
                }
                ps.executeBatch();
                connection.commit();
                return rows.size();
            } catch (SQLIntegrityConstraintViolationException numberTakenMeanwhile) {
                connection.rollback();
                if (attempt >= 3) {
                    throw numberTakenMeanwhile;
                }
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static void bind(PreparedStatement ps, Prepared row, String number, Timestamp now) throws SQLException {
        SealedPersonalData sealed = row.sealed();
        int i = 1;
        ps.setString(i++, number);
        ps.setString(i++, row.ref());
        ps.setString(i++, sealed.keyId());
        for (PersonalField field : PersonalField.values()) {
            setBytes(ps, i++, sealed.sealed(field));
        }
        setInteger(ps, i++, sealed.phoneIndex());
        setInteger(ps, i++, sealed.emailIndex());
        setInteger(ps, i++, sealed.kanaBirthIndex());
        ps.setString(i++, MemberStatus.ACTIVE.name());
        ps.setString(i++, jp.member.members.entity.Member.DEFAULT_RANK.code());
        ps.setDate(i++, Date.valueOf(row.enrolledOn()));
        ps.setString(i++, row.channel().name());
        ps.setString(i++, row.storeCode());
        for (boolean consent : row.consents()) {
            ps.setBoolean(i++, consent);
        }
        ps.setTimestamp(i, now);
    }

    private static void setBytes(PreparedStatement ps, int index, byte[] value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARBINARY);
        } else {
            ps.setBytes(index, value);
        }
    }

    private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    /** Random numbers for a batch that no member and no retired card has. */
    private static List<String> unusedNumbers(Connection connection, int count) throws SQLException {
        Set<String> chosen = new HashSet<>();
        while (chosen.size() < count) {
            Set<String> candidates = new HashSet<>();
            while (candidates.size() < count - chosen.size()) {
                String n = MemberNumbers.random(RANDOM);
                if (!chosen.contains(n)) {
                    candidates.add(n);
                }
            }
            candidates.removeAll(taken(connection, candidates));
            chosen.addAll(candidates);
        }
        return new ArrayList<>(chosen);
    }

    private static Set<String> taken(Connection connection, Set<String> numbers) throws SQLException {
        String in = numbers.stream().map(n -> "?").collect(Collectors.joining(","));
        Set<String> taken = new HashSet<>();
        try (PreparedStatement ps =
                connection.prepareStatement("SELECT member_number FROM member WHERE member_number" + " IN (" + in
                        + ") UNION SELECT member_number FROM retired_number WHERE member_number IN (" + in + ")")) {
            int i = 1;
            for (int pass = 0; pass < 2; pass++) {
                for (String n : numbers) {
                    ps.setString(i++, n);
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    taken.add(rs.getString(1));
                }
            }
        }
        return taken;
    }

    private record RawRow(long line, List<String> fields) {}

    private record Prepared(
            long line,
            List<Violation> violations,
            String ref,
            SealedPersonalData sealed,
            LocalDate enrolledOn,
            EnrolmentChannel channel,
            String storeCode,
            boolean[] consents) {

        static Prepared rejected(long line, Violation violation) {
            return new Prepared(line, List.of(violation), null, null, null, null, null, null);
        }
    }
}
