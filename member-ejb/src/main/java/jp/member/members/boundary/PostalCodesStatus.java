package jp.member.members.boundary;

import java.time.Instant;

/**
 * The postal-code data in use: when and by whom it was last imported, from which file, that import's rows read and
 * refused, and the codes and towns in use. Before the
 * first import there is none: {@link #imported()} is false and the counts are 0.
 */
public record PostalCodesStatus(
        Instant importedAt,
        String importedBy,
        String fileName,
        long rowsRead,
        long rowsRefused,
        int postalCodes,
        int areas) {

    static final PostalCodesStatus NONE = new PostalCodesStatus(null, null, null, 0, 0, 0, 0);

    public boolean imported() {
        return importedAt != null;
    }
}
