package jp.member.exports.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Records which members went into an export ({@code export_member}) on its own connection, while the cursor of the
 * export holds the other: 1,000 ids per statement, committed every 20,000. If the export fails, {@link #discard()}
 * removes what was recorded.
 */
public final class ExportMembers implements AutoCloseable {

    private static final int PER_STATEMENT = 1_000;
    private static final int PER_COMMIT = 20_000;

    private final Connection db;
    private final long exportId;
    private final long[] pending = new long[PER_STATEMENT];
    private int count;
    private int uncommitted;
    private PreparedStatement full;

    public ExportMembers(Connection db, long exportId) throws SQLException {
        this.db = db;
        this.exportId = exportId;
        db.setAutoCommit(false);
    }

    public void add(long memberId) throws SQLException {
        pending[count++] = memberId;
        if (count == PER_STATEMENT) {
            if (full == null) {
                full = db.prepareStatement(insert(PER_STATEMENT));
            }
            flush(full);
        }
    }

    /** Writes and commits the rest. */
    public void finish() throws SQLException {
        if (count > 0) {
            try (PreparedStatement last = db.prepareStatement(insert(count))) {
                flush(last);
            }
        }
        db.commit();
    }

    /** Removes every id recorded for this export (a failed export contains nobody). */
    public void discard() throws SQLException {
        db.rollback();
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM export_member WHERE export_id = ?")) {
            delete.setLong(1, exportId);
            delete.executeUpdate();
        }
        db.commit();
    }

    private void flush(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < count; i++) {
            statement.setLong(2 * i + 1, exportId);
            statement.setLong(2 * i + 2, pending[i]);
        }
        statement.executeUpdate();
        uncommitted += count;
        count = 0;
        if (uncommitted >= PER_COMMIT) {
            db.commit();
            uncommitted = 0;
        }
    }

    private static String insert(int rows) {
        StringBuilder sql = new StringBuilder("INSERT INTO export_member (export_id, member_id) VALUES ");
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "(?,?)" : ",(?,?)");
        }
        return sql.toString();
    }

    @Override
    public void close() throws SQLException {
        try {
            if (full != null) {
                full.close();
            }
        } finally {
            db.setAutoCommit(true);
            db.close();
        }
    }
}
