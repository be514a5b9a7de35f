package jp.member.exports.boundary;

import java.io.Serializable;
import java.util.List;
import jp.member.exports.rules.ExportColumn;

/**
 * What a request would export, before it is made: how many members the filter matches, how many the consent rule
 * leaves out, and a few rows with every personal value masked. Never full data.
 */
public record ExportPreview(
        long matched, long excluded, long maxRows, List<ExportColumn> columns, List<List<String>> maskedSample)
        implements Serializable {

    public long included() {
        return matched - excluded;
    }

    public boolean overLimit() {
        return included() > maxRows;
    }
}
