package jp.member.members.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AuditEventType;
import jp.member.members.control.KenAllFile;
import jp.member.members.control.PostalAreaTable;
import jp.member.members.entity.PostalArea;
import jp.member.members.entity.PostalImport;
import jp.member.members.validation.PostalCode;
import jp.member.security.Roles;
import jp.member.shared.BusinessTime;
import jp.member.shared.InvalidInputException;
import jp.member.shared.Violation;

/**
 * The address from a postal code: staff typing an address get the prefecture, city and town a postal code stands
 * for, from Japan Post's postal-code file, which an administrator imports (monthly, when Japan Post publishes it).
 * The data is public, so a lookup is not recorded; an import is.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class PostalCodes {

    private static final Logger LOG = Logger.getLogger(PostalCodes.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "jdbc/member")
    DataSource dataSource;

    @Resource
    SessionContext context;

    @Inject
    BusinessTime time;

    @Inject
    AuditTrail audit;

    /**
     * The places the postal code stands for, in the file's order: usually one, several where a code covers several
     * towns, none for a code the file does not have. The code may be typed with or without the hyphen, in full-width
     * digits, after 〒. Agents, managers and administrators.
     *
     * @throws InvalidInputException when the text is not a postal code (field {@code postalCode})
     */
    public List<PostalAddress> lookup(String postalCode) {
        String code = PostalCode.normalize(postalCode)
                .orElseThrow(() ->
                        new InvalidInputException(List.of(new Violation("postalCode", "member.postalCode.invalid"))));
        return em.createNamedQuery(PostalArea.FIND_BY_CODE, PostalArea.class)
                .setParameter("postalCode", code)
                .getResultStream()
                .map(a -> new PostalAddress(
                        a.getPostalCode(),
                        a.getPrefecture(),
                        a.getCity(),
                        a.getTown(),
                        a.getCityKana(),
                        a.getTownKana()))
                .toList();
    }

    /**
     * Replaces the postal-code data with Japan Post's complete file ({@code KEN_ALL.CSV} in Shift_JIS, or the ZIP it
     * comes in; at most {@value KenAllFile#MAX_BYTES} bytes), in one transaction with its audit entry: lookups see
     * the old data until the new is complete, and a failed import leaves the old. Rows that break the format are
     * refused and reported by line; a file that is not the postal-code file, or has no usable row, is refused as a
     * whole and changes nothing. Administrators only.
     *
     * @param file the upload as it came
     * @param fileName its name, kept with the import's record
     */
    @RolesAllowed(Roles.ADMIN)
    public PostalImportReport importFile(InputStream file, String fileName) {
        long started = System.nanoTime();
        KenAllFile.Contents contents = KenAllFile.read(file);
        PostalAreaTable.Replaced replaced;
        try (Connection db = dataSource.getConnection()) {
            replaced = PostalAreaTable.replaceAll(
                    db, contents, context.getCallerPrincipal().getName(), fileName, time.now());
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "postal-code import failed in the database (SQLState " + e.getSQLState() + ")");
        }
        PostalImportReport report = new PostalImportReport(
                contents.rowsRead(),
                contents.postalCodes(),
                contents.areas().size(),
                replaced.previousAreas(),
                contents.rowsRefused(),
                contents.refusals().stream()
                        .map(r -> new PostalImportReport.Refusal(r.line(), r.messageKey()))
                        .toList());
        audit.record(AuditEvent.of(AuditEventType.POSTAL_CODES_IMPORTED)
                .target("postal-import:" + replaced.importId() + ";codes:" + report.postalCodes() + ";areas:"
                        + report.areas() + ";refused:" + report.rowsRefused()));
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "Postal-code import: " + report.rowsRead() + " rows, " + report.postalCodes() + " codes, "
                + report.areas() + " areas (replacing " + report.replacedAreas() + "), " + report.rowsRefused()
                + " rows refused, read and written in " + millis + " ms (before commit)");
        return report;
    }

    /** When the data in use was imported, by whom, from which file, with what counts. Administrators only. */
    @RolesAllowed(Roles.ADMIN)
    public PostalCodesStatus status() {
        return em.createNamedQuery(PostalImport.LATEST, PostalImport.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(i -> new PostalCodesStatus(
                        i.getImportedAt(),
                        i.getImportedBy(),
                        i.getFileName(),
                        i.getRowsRead(),
                        i.getRowsRefused(),
                        i.getPostalCodes(),
                        i.getAreas()))
                .orElse(PostalCodesStatus.NONE);
    }
}
