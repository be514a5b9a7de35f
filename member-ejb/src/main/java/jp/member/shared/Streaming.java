package jp.member.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** A statement whose result Connector/J streams row by row instead of reading it whole into memory. */
public final class Streaming {

    private Streaming() {}

    public static PreparedStatement statement(Connection db, String sql) throws SQLException {
        PreparedStatement s = db.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        // Connector/J streams row by row with this fetch size instead of reading the whole result
        s.setFetchSize(Integer.MIN_VALUE);
        return s;
    }
}
