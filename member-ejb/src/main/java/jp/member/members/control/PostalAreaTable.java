package jp.member.members.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import jp.member.audit.entity.AuditEntry;
import jp.member.members.entity.PostalArea;
import jp.member.members.entity.PostalImport;
import jp.member.shared.OneLine;

/**
 * Replaces every postal area with those of an imported file and records the import, on the caller's connection and
 * in the caller's transaction (the boundary's container transaction; the demo's own): readers see the old areas
 * until it commits, and a failure leaves them. Multi-row inserts of {@value #ROWS_PER_INSERT} areas, so the complete
 * file (some 124,000 areas) takes a few hundred statements instead of a round trip per area. Plain JDBC, so that it
 * runs the same in the server and in the demo's start-up.
 */
public final class PostalAreaTable {

    static final int ROWS_PER_INSERT = 500;

    private static final String COLUMNS =
            "INSERT INTO postal_area (postal_code, prefecture_code, city, town, city_kana, town_kana) VALUES ";
    private static final String ROW = "(?,?,?,?,?,?)";

    private PostalAreaTable() {}

    /** The import's id, and how many areas it replaced. */
    public record Replaced(long importId, int previousAreas) {}

    public static Replaced replaceAll(
            Connection db, KenAllFile.Contents contents, String importedBy, String fileName, Instant at)
            throws SQLException {
        int previous;
        try (Statement delete = db.createStatement()) {
            previous = delete.executeUpdate("DELETE FROM postal_area");
        }
        List<PostalArea> areas = contents.areas();
        int full = areas.size() / ROWS_PER_INSERT * ROWS_PER_INSERT;
        if (full > 0) {
            try (PreparedStatement insert = db.prepareStatement(insert(ROWS_PER_INSERT))) {
                for (int from = 0; from < full; from += ROWS_PER_INSERT) {
                    bind(insert, areas.subList(from, from + ROWS_PER_INSERT));
                    insert.executeUpdate();
                }
            }
        }
        if (full < areas.size()) {
            try (PreparedStatement insert = db.prepareStatement(insert(areas.size() - full))) {
                bind(insert, areas.subList(full, areas.size()));
                insert.executeUpdate();
            }
        }
        return new Replaced(record(db, contents, importedBy, fileName, at), previous);
    }

    private static String insert(int rows) {
        return COLUMNS + String.join(",", Collections.nCopies(rows, ROW));
    }

    private static void bind(PreparedStatement insert, List<PostalArea> areas) throws SQLException {
        int i = 1;
        for (PostalArea area : areas) {
            insert.setString(i++, area.getPostalCode());
            insert.setString(i++, area.getPrefecture().code());
            insert.setString(i++, area.getCity());
            insert.setString(i++, area.getTown());
            insert.setString(i++, area.getCityKana());
            insert.setString(i++, area.getTownKana());
        }
    }

    private static long record(
            Connection db, KenAllFile.Contents contents, String importedBy, String fileName, Instant at)
            throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO postal_import (imported_at, imported_by, file_name, rows_read, postal_codes, areas,"
                        + " rows_refused) VALUES (?,?,?,?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setTimestamp(1, Timestamp.from(at));
            insert.setString(2, OneLine.fit(importedBy, AuditEntry.ACTOR_MAX));
            insert.setString(3, OneLine.fit(fileName == null ? "" : fileName, PostalImport.FILE_NAME_MAX));
            insert.setLong(4, contents.rowsRead());
            insert.setInt(5, contents.postalCodes());
            insert.setInt(6, contents.areas().size());
            insert.setLong(7, contents.rowsRefused());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
