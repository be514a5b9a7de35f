package jp.member.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.logging.Logger;
import javax.sql.DataSource;
import jp.member.members.boundary.ImportReport;
import jp.member.members.control.MemberCsvImporter;
import jp.member.members.control.PersonalDataVault;
import jp.member.platform.StartupLock;
import jp.member.shared.BusinessTime;
import jp.member.shared.Settings;

/**
 * Demo mode, empty database: a few hundred synthetic members (never real people), imported through the bulk import,
 * so a newcomer can search. The generator is deterministic: the README names members to look for.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoMembers {

    static final int COUNT = 300;
    static final long SEED = 20261128L;
    static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 11, 28);

    private static final Logger LOG = Logger.getLogger(DemoMembers.class.getName());

    @Inject
    Settings settings;

    @Inject
    PersonalDataVault vault;

    @Inject
    BusinessTime time;

    @Resource(lookup = "jdbc/member")
    DataSource dataSource;

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void createIfEmpty() {
        if (settings.isDemo()) {
            // instances starting at once take turns: the second finds what the first created
            try (StartupLock turn = StartupLock.take(dataSource)) {
                createIfEmptyInTurn();
            }
        }
    }

    private void createIfEmptyInTurn() {
        if (em.createQuery("SELECT COUNT(m) FROM Member m", Long.class).getSingleResult() > 0) {
            return;
        }
        try {
            StringWriter csv = new StringWriter();
            MemberCsv.write(csv, new SyntheticMembers(SEED, REFERENCE_DATE), COUNT);
            ImportReport report = new MemberCsvImporter(dataSource, vault, time).run(new StringReader(csv.toString()));
            LOG.warning(() -> "DEMO MODE - " + report.imported() + " synthetic members created");
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("demo members could not be created", e);
        }
    }
}
