package jp.member.exports.control;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import jp.member.exports.rules.ExportCells;
import jp.member.exports.rules.ExportColumn;
import jp.member.exports.rules.ExportFilter;
import jp.member.members.control.PersonalDataVault;
import jp.member.members.entity.PersonalField;

/**
 * Reads the members an export filter selects, in member id order, with a streaming cursor (constant memory for a
 * million rows) and plain JDBC (the export's speed is the database's). Every member matching the filter without
 * its consent condition is read; those who did not consent are counted and skipped here, so one pass gives both
 * the rows and the number left out. A prefecture filter is applied after opening the sealed prefecture.
 */
public final class ExportQuery {

    /** What the filter selects: all matching members, and those the consent condition leaves out. */
    public record Counts(long matched, long excluded) {
        public long included() {
            return matched - excluded;
        }
    }

    /** Receives each included row: the member's id and the cells, already opened and formatted for the file. */
    @FunctionalInterface
    public interface Rows {
        void row(long memberId, String[] cells) throws Exception;
    }

    private static final int SAMPLE_WINDOW = 5_000;
    private static final int FIXED = 4; // id, data_ref, consent, prefecture

    private final ExportFilter filter;
    private final List<ExportColumn> columns;
    private final PersonalDataVault vault;

    public ExportQuery(ExportFilter filter, List<ExportColumn> columns, PersonalDataVault vault) {
        this.filter = filter;
        this.columns = List.copyOf(columns);
        this.vault = vault;
    }

    /** Streams the included rows to {@code rows}, at most {@code limit} of them; returns the counts. */
    public Counts stream(Connection db, long limit, Rows rows) throws Exception {
        return stream(db, limit, false, rows);
    }

    /** The first {@code n} included rows, for a preview; reads no further than it needs. */
    public void sample(Connection db, int n, Rows rows) throws Exception {
        stream(db, n, true, rows);
    }

    private Counts stream(Connection db, long limit, boolean stopAtLimit, Rows rows) throws Exception {
        List<Object> parameters = new ArrayList<>();
        String sql = select() + where(parameters) + " ORDER BY m.id";
        if (stopAtLimit) {
            // a closed streaming cursor still reads to its end: a sample asks for few rows (a prefecture filter
            // is applied after reading, so it looks at a window of rows; a sample may then be short)
            sql += " LIMIT " + (filter.prefectures().isEmpty() ? limit : SAMPLE_WINDOW);
        }
        long matched = 0;
        long excluded = 0;
        long written = 0;
        Set<String> prefectures =
                filter.prefectures().stream().map(p -> p.code()).collect(Collectors.toUnmodifiableSet());
        try (PreparedStatement statement =
                db.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            // Connector/J streams row by row with this fetch size instead of reading the whole result
            statement.setFetchSize(Integer.MIN_VALUE);
            bind(statement, parameters);
            try (ResultSet r = statement.executeQuery()) {
                while (r.next() && !(stopAtLimit && written >= limit)) {
                    String ref = r.getString(2);
                    if (!prefectures.isEmpty()) {
                        String code = vault.open(r.getBytes(4), PersonalField.PREFECTURE, ref);
                        if (code == null || !prefectures.contains(code)) {
                            continue;
                        }
                    }
                    matched++;
                    if (filter.consent() != null && !r.getBoolean(3)) {
                        excluded++;
                        continue;
                    }
                    if (written < limit) {
                        rows.row(r.getLong(1), cells(r, ref));
                        written++;
                    }
                }
            }
        }
        return new Counts(matched, excluded);
    }

    /** The counts alone (no cell is opened unless the prefecture filter needs it). */
    public Counts count(Connection db) throws Exception {
        if (filter.prefectures().isEmpty()) {
            List<Object> parameters = new ArrayList<>();
            String consent = filter.consent() == null ? "COUNT(*)" : "SUM(" + consentColumn() + ")";
            String sql = "SELECT COUNT(*), COALESCE(" + consent + ", 0) FROM member m" + where(parameters);
            try (PreparedStatement statement = db.prepareStatement(sql)) {
                bind(statement, parameters);
                try (ResultSet r = statement.executeQuery()) {
                    r.next();
                    long matched = r.getLong(1);
                    return new Counts(matched, matched - r.getLong(2));
                }
            }
        }
        return new ExportQuery(filter, List.of(), vault).stream(db, 0, (id, cells) -> {});
    }

    private String select() {
        StringBuilder sql = new StringBuilder("SELECT m.id, m.data_ref, ")
                .append(filter.consent() == null ? "TRUE" : consentColumn())
                .append(", ")
                .append(filter.prefectures().isEmpty() ? "NULL" : "m.prefecture_enc");
        for (ExportColumn column : columns) {
            sql.append(", ").append(expression(column));
        }
        sql.append(" FROM member m");
        if (columns.contains(ExportColumn.POINTS_BALANCE)) {
            sql.append(" LEFT JOIN point_account a ON a.member_id = m.id");
        }
        return sql.toString();
    }

    private String where(List<Object> parameters) {
        StringBuilder sql = new StringBuilder(" WHERE m.status IN (")
                .append(placeholders(filter.statuses().size()))
                .append(')');
        filter.statuses().stream().sorted().forEach(s -> parameters.add(s.name()));
        if (!filter.ranks().isEmpty()) {
            sql.append(" AND m.member_rank IN (")
                    .append(placeholders(filter.ranks().size()))
                    .append(')');
            parameters.addAll(filter.ranks().stream().sorted().toList());
        }
        if (filter.enrolledFrom() != null) {
            sql.append(" AND m.enrolled_on >= ?");
            parameters.add(Date.valueOf(filter.enrolledFrom()));
        }
        if (filter.enrolledTo() != null) {
            sql.append(" AND m.enrolled_on <= ?");
            parameters.add(Date.valueOf(filter.enrolledTo()));
        }
        if (filter.memberList() != null) {
            sql.append(" AND m.id IN (SELECT l.member_id FROM export_list_member l WHERE l.list_id = ?)");
            parameters.add(filter.memberList());
        } else {
            // a member who asked to stop use or provision (APPI Art. 35) is in no export but a leak notice list
            sql.append(" AND m.use_stopped_at IS NULL AND m.provision_stopped_at IS NULL");
        }
        return sql.toString();
    }

    private String consentColumn() {
        return "m.consent_" + filter.consent().name().toLowerCase(Locale.ROOT);
    }

    private static String expression(ExportColumn column) {
        if (column.field() != null) {
            return "m." + column.field().column() + "_enc";
        }
        return switch (column) {
            case MEMBER_NUMBER -> "m.member_number";
            case STATUS -> "m.status";
            case RANK -> "m.member_rank";
            case ENROLLED_ON -> "m.enrolled_on";
            case ENROLMENT_CHANNEL -> "m.enrolment_channel";
            case STORE_CODE -> "m.store_code";
            case POINTS_BALANCE -> "COALESCE(a.balance, 0)";
            case CONSENT_POST -> "m.consent_post";
            case CONSENT_EMAIL -> "m.consent_email";
            case CONSENT_PHONE -> "m.consent_phone";
            case CONSENT_SMS -> "m.consent_sms";
            default -> throw new IllegalArgumentException(column.name());
        };
    }

    private String[] cells(ResultSet r, String ref) throws SQLException {
        String[] cells = new String[columns.size()];
        for (int i = 0; i < cells.length; i++) {
            ExportColumn column = columns.get(i);
            int at = FIXED + 1 + i;
            if (column.field() != null) {
                cells[i] = ExportCells.shown(column, vault.open(r.getBytes(at), column.field(), ref));
            } else if (column.name().startsWith("CONSENT_")) {
                cells[i] = r.getBoolean(at) ? "1" : "0";
            } else {
                cells[i] = r.getString(at);
            }
        }
        return cells;
    }

    private static String placeholders(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }
}
