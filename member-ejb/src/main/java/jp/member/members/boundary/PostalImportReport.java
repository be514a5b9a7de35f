package jp.member.members.boundary;

import java.util.List;

/**
 * The outcome of an import of the postal-code file: rows read, the postal codes and areas now in use, how many areas
 * the import replaced, and the rows refused (line and message key, never the row's text).
 */
public record PostalImportReport(
        long rowsRead, int postalCodes, int areas, int replacedAreas, long rowsRefused, List<Refusal> refusals) {

    public PostalImportReport {
        refusals = List.copyOf(refusals);
    }

    public record Refusal(long line, String messageKey) {}
}
