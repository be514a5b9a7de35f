package jp.member.members.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AuditEventType;
import jp.member.members.control.MemberCsvImporter;
import jp.member.members.control.PersonalDataVault;
import jp.member.security.Roles;
import jp.member.shared.BusinessTime;

/**
 * Bulk import of members from a CSV file (UTF-8, header line; format in {@link MemberCsvImporter#HEADER}) — the
 * migration from a company's old system, done by IT. Rows that break a rule are reported and skipped; the others
 * are imported in committed batches, so a large file does not hold one huge transaction.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class MemberImport {

    private static final Logger LOG = Logger.getLogger(MemberImport.class.getName());

    @Resource(lookup = "jdbc/member")
    DataSource dataSource;

    @Inject
    PersonalDataVault vault;

    @Inject
    BusinessTime time;

    @Inject
    AuditTrail audit;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportReport importCsv(InputStream csv) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(csv, utf8)) {
            ImportReport report = new MemberCsvImporter(dataSource, vault, time).run(reader);
            LOG.info(() -> "Member import: " + report.rowsRead() + " rows, " + report.imported() + " imported, "
                    + report.rejected() + " rejected");
            audit.recordOnItsOwn(AuditEvent.of(AuditEventType.MEMBERS_IMPORTED)
                    .target("rows:" + report.rowsRead() + ";imported:" + report.imported() + ";rejected:"
                            + report.rejected()));
            return report;
        } catch (IOException e) {
            return new ImportReport(0, 0, 1, List.of(new ImportReport.Rejection(0, "file", "import.file.unreadable")));
        } catch (SQLException e) {
            throw new IllegalStateException("member import failed in the database (SQLState " + e.getSQLState() + ")");
        }
    }
}
