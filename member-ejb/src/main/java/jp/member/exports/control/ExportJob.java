package jp.member.exports.control;

import java.util.List;
import jp.member.exports.rules.ExportColumn;
import jp.member.exports.rules.ExportFilter;

/** What generating one export needs, read when generation claimed it. */
public record ExportJob(
        long id,
        String ref,
        ExportFilter filter,
        List<ExportColumn> columns,
        boolean withBom,
        boolean japaneseHeaders,
        long expectedRows) {}
