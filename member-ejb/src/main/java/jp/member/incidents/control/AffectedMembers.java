package jp.member.incidents.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import jp.member.incidents.rules.Exposure;
import jp.member.incidents.rules.ItemExposure;
import jp.member.incidents.rules.ScopeSpec;
import jp.member.incidents.rules.ScopeSpec.Access;
import jp.member.members.validation.MemberNumber;
import jp.member.shared.Streaming;

/**
 * Computes an incident's affected members from the tamper-evident audit trail, per data item: every personal-data
 * read (masked on a search or a member's page, in clear when revealed or read by an API client) and every export
 * download (the file's columns for every member in it; in clear unless it was a password-protected AES-256 ZIP
 * whose password was never shown) in the scope. Plain JDBC with a streaming cursor on the trail's indexes (actor
 * and time, or type and time), in the caller's transaction; the members are written as rows of the computation.
 */
@ApplicationScoped
public class AffectedMembers {

    /** The item a member's card number is recorded as: every access shows it. */
    public static final String MEMBER_NUMBER = "member_number";

    /** What one computation found. */
    public record Result(
            long members, long exposedMembers, long usableBalance, List<ItemExposure> items, long entriesRead) {}

    private static final int INSERT_BATCH = 500;

    @Resource(lookup = "jdbc/member")
    DataSource dataSource;

    /**
     * Computes the scope and writes its members under {@code scopeId}.
     *
     * @param keyExposed the key or password of what left only encrypted was exposed too: it counts as exposed
     */
    public Result compute(long scopeId, ScopeSpec spec, boolean keyExposed) {
        try (Connection db = dataSource.getConnection()) {
            Tally tally = new Tally();
            long entries =
                    switch (spec.kind()) {
                        case STAFF -> readActors(db, spec, "STAFF", tally);
                        case API_CLIENT -> readActors(db, spec, "CLIENT", tally);
                        case PERIOD -> readPeriod(db, spec, tally);
                        case EXPORT -> readExport(db, exportId(db, spec.exportRef()), tally);
                        case MEMBER_LIST -> readList(db, spec, tally);
                    };
            write(db, scopeId, tally);
            long usable = usableBalance(db, scopeId);
            return new Result(tally.members(), tally.exposedMembers(keyExposed), usable, tally.items(), entries);
        } catch (SQLException e) {
            throw new IllegalStateException("affected members could not be computed", e);
        }
    }

    private long readActors(Connection db, ScopeSpec spec, String actorKind, Tally tally) throws SQLException {
        long entries = 0;
        for (String actor : spec.actors()) {
            try (PreparedStatement s = Streaming.statement(
                    db,
                    "SELECT event_type, member_id, fields, purpose, subject_id FROM audit_entry"
                            + " WHERE actor = ? AND actor_kind = ? AND occurred_us >= ? AND occurred_us < ?"
                            + " AND outcome = 'SUCCESS' AND event_type IN ('PERSONAL_DATA_READ', 'EXPORT_DOWNLOADED')")) {
                s.setString(1, actor);
                s.setString(2, actorKind);
                s.setLong(3, micros(spec.from()));
                s.setLong(4, micros(spec.to()));
                entries += readEntries(db, s, EnumSet.allOf(Access.class), tally);
            }
        }
        return entries;
    }

    private long readPeriod(Connection db, ScopeSpec spec, Tally tally) throws SQLException {
        long entries = 0;
        Set<Access> reads = EnumSet.copyOf(spec.accesses());
        reads.remove(Access.EXPORT_DOWNLOAD);
        if (!reads.isEmpty()) {
            try (PreparedStatement s = Streaming.statement(
                    db,
                    "SELECT event_type, member_id, fields, purpose, subject_id FROM audit_entry"
                            + " WHERE event_type = 'PERSONAL_DATA_READ' AND occurred_us >= ? AND occurred_us < ?"
                            + " AND outcome = 'SUCCESS'")) {
                s.setLong(1, micros(spec.from()));
                s.setLong(2, micros(spec.to()));
                entries += readEntries(db, s, reads, tally);
            }
        }
        if (spec.accesses().contains(Access.EXPORT_DOWNLOAD)) {
            try (PreparedStatement s = Streaming.statement(
                    db,
                    "SELECT event_type, member_id, fields, purpose, subject_id FROM audit_entry"
                            + " WHERE event_type = 'EXPORT_DOWNLOADED' AND occurred_us >= ? AND occurred_us < ?"
                            + " AND outcome = 'SUCCESS'")) {
                s.setLong(1, micros(spec.from()));
                s.setLong(2, micros(spec.to()));
                entries += readEntries(db, s, EnumSet.of(Access.EXPORT_DOWNLOAD), tally);
            }
        }
        return entries;
    }

    /** Reads trail entries; the export downloads among them are read after the cursor is closed. */
    private long readEntries(Connection db, PreparedStatement s, Set<Access> accesses, Tally tally)
            throws SQLException {
        long entries = 0;
        List<Long> downloads = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                entries++;
                if ("EXPORT_DOWNLOADED".equals(r.getString(1))) {
                    long export = r.getLong(5);
                    if (!r.wasNull() && !downloads.contains(export)) {
                        downloads.add(export);
                    }
                    continue;
                }
                long member = r.getLong(2);
                if (r.wasNull()) {
                    continue;
                }
                Access access = access(r.getString(4));
                if (access == null || !accesses.contains(access)) {
                    continue;
                }
                Exposure exposure =
                        access == Access.REVEAL || access == Access.API_READ ? Exposure.CLEAR : Exposure.MASKED;
                tally.add(member, MEMBER_NUMBER, Exposure.CLEAR);
                String fields = r.getString(3);
                if (fields != null && !fields.isEmpty()) {
                    for (String field : fields.split(",")) {
                        tally.add(member, field, exposure);
                    }
                }
            }
        }
        if (accesses.contains(Access.EXPORT_DOWNLOAD)) {
            for (long export : downloads) {
                readExport(db, export, tally);
            }
        }
        return entries;
    }

    private static Access access(String purpose) {
        if (purpose == null) {
            return null;
        }
        return switch (purpose) {
            case "SEARCH" -> Access.SEARCH;
            case "VIEW" -> Access.VIEW;
            case "REVEAL" -> Access.REVEAL;
            case "API_READ" -> Access.API_READ;
            default -> null;
        };
    }

    /** Every member in an export's file, with the file's columns: in clear, or only encrypted (see the class). */
    private long readExport(Connection db, long exportId, Tally tally) throws SQLException {
        List<String> columns;
        Exposure exposure;
        try (PreparedStatement s =
                db.prepareStatement("SELECT columns_spec, as_zip, password_shown FROM export_request WHERE id = ?")) {
            s.setLong(1, exportId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return 0;
                }
                columns = List.of(
                        r.getString(1).toLowerCase(java.util.Locale.ROOT).split(","));
                exposure = r.getBoolean(2) && !r.getBoolean(3) ? Exposure.ENCRYPTED : Exposure.CLEAR;
            }
        }
        long rows = 0;
        try (PreparedStatement s = Streaming.statement(db, "SELECT member_id FROM export_member WHERE export_id = ?")) {
            s.setLong(1, exportId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows++;
                    long member = r.getLong(1);
                    for (String column : columns) {
                        tally.add(member, column, exposure);
                    }
                }
            }
        }
        return rows;
    }

    private long readList(Connection db, ScopeSpec spec, Tally tally) throws SQLException {
        long found = 0;
        // as printed on a card or typed (groups, hyphens, full-width digits); what is not a member number names nobody
        List<String> numbers = spec.memberNumbers().stream()
                .map(MemberNumber::parse)
                .flatMap(java.util.Optional::stream)
                .map(MemberNumber::digits)
                .distinct()
                .toList();
        for (int from = 0; from < numbers.size(); from += INSERT_BATCH) {
            List<String> part = numbers.subList(from, Math.min(numbers.size(), from + INSERT_BATCH));
            String in = part.stream().map(n -> "?").collect(Collectors.joining(","));
            try (PreparedStatement s = db.prepareStatement("SELECT id FROM member WHERE member_number IN (" + in
                    + ") UNION SELECT member_id FROM retired_number WHERE member_number IN (" + in + ")")) {
                for (int i = 0; i < part.size(); i++) {
                    s.setString(i + 1, part.get(i));
                    s.setString(part.size() + i + 1, part.get(i));
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        found++;
                        long member = r.getLong(1);
                        tally.add(member, MEMBER_NUMBER, Exposure.CLEAR);
                        for (String item : spec.items()) {
                            tally.add(member, item, Exposure.CLEAR);
                        }
                    }
                }
            }
        }
        return found;
    }

    private static long exportId(Connection db, String ref) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT id FROM export_request WHERE ref = ?")) {
            s.setString(1, ref);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new jp.member.shared.NotFoundException("incident.scope.exportUnknown");
                }
                return r.getLong(1);
            }
        }
    }

    private static void write(Connection db, long scopeId, Tally tally) throws SQLException {
        List<Map.Entry<Long, byte[]>> rows = new ArrayList<>(tally.levels.entrySet());
        for (int from = 0; from < rows.size(); from += INSERT_BATCH) {
            List<Map.Entry<Long, byte[]>> part = rows.subList(from, Math.min(rows.size(), from + INSERT_BATCH));
            StringBuilder sql = new StringBuilder("INSERT INTO incident_member"
                    + " (scope_id, member_id, clear_items, masked_items, encrypted_items) VALUES ");
            for (int i = 0; i < part.size(); i++) {
                sql.append(i == 0 ? "(?,?,?,?,?)" : ",(?,?,?,?,?)");
            }
            try (PreparedStatement s = db.prepareStatement(sql.toString())) {
                int p = 1;
                for (Map.Entry<Long, byte[]> row : part) {
                    s.setLong(p++, scopeId);
                    s.setLong(p++, row.getKey());
                    s.setString(p++, tally.itemsAt(row.getValue(), Exposure.CLEAR));
                    s.setString(p++, tally.itemsAt(row.getValue(), Exposure.MASKED));
                    s.setString(p++, tally.itemsAt(row.getValue(), Exposure.ENCRYPTED));
                }
                s.executeUpdate();
            }
        }
    }

    /** Members whose card number was exposed and whose cards hold points someone else could spend. */
    private static long usableBalance(Connection db, long scopeId) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT COUNT(*) FROM incident_member m"
                + " JOIN point_account a ON a.member_id = m.member_id"
                + " WHERE m.scope_id = ? AND a.balance > 0 AND FIND_IN_SET('" + MEMBER_NUMBER
                + "', m.clear_items) > 0")) {
            s.setLong(1, scopeId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static long micros(Instant at) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, at);
    }

    /**
     * Per member, per item, the worst exposure seen: 0 none, then ENCRYPTED, MASKED, CLEAR. Items are numbered as
     * they are first seen; a member's levels are one byte per item.
     */
    static final class Tally {

        private final Map<String, Integer> index = new LinkedHashMap<>();
        final Map<Long, byte[]> levels = new LinkedHashMap<>();

        void add(long member, String item, Exposure exposure) {
            int i = index.computeIfAbsent(item, k -> index.size());
            byte[] row = levels.get(member);
            if (row == null || row.length <= i) {
                byte[] grown = new byte[Math.max(i + 1, 16)];
                if (row != null) {
                    System.arraycopy(row, 0, grown, 0, row.length);
                }
                row = grown;
                levels.put(member, row);
            }
            byte level = level(exposure);
            if (row[i] < level) {
                row[i] = level;
            }
        }

        long members() {
            return levels.size();
        }

        long exposedMembers(boolean keyExposed) {
            byte floor = keyExposed ? level(Exposure.ENCRYPTED) : level(Exposure.MASKED);
            long n = 0;
            for (byte[] row : levels.values()) {
                for (byte b : row) {
                    if (b >= floor) {
                        n++;
                        break;
                    }
                }
            }
            return n;
        }

        List<ItemExposure> items() {
            List<ItemExposure> items = new ArrayList<>();
            for (Map.Entry<String, Integer> item : index.entrySet()) {
                long clear = 0;
                long masked = 0;
                long encrypted = 0;
                int i = item.getValue();
                for (byte[] row : levels.values()) {
                    byte b = row.length > i ? row[i] : 0;
                    if (b == level(Exposure.CLEAR)) {
                        clear++;
                    } else if (b == level(Exposure.MASKED)) {
                        masked++;
                    } else if (b == level(Exposure.ENCRYPTED)) {
                        encrypted++;
                    }
                }
                items.add(new ItemExposure(item.getKey(), clear, masked, encrypted));
            }
            return items;
        }

        /** The member's items at this exposure, comma-separated in the order first seen (items are numbered so). */
        String itemsAt(byte[] row, Exposure exposure) {
            byte level = level(exposure);
            StringBuilder items = new StringBuilder();
            int i = 0;
            for (String item : index.keySet()) {
                if (i < row.length && row[i] == level) {
                    items.append(items.length() == 0 ? "" : ",").append(item);
                }
                i++;
            }
            return items.toString();
        }

        private static byte level(Exposure exposure) {
            return switch (exposure) {
                case ENCRYPTED -> 1;
                case MASKED -> 2;
                case CLEAR -> 3;
            };
        }
    }
}
