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
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import jp.member.members.control.KenAllFile;
import jp.member.members.control.PostalAreaTable;
import jp.member.platform.StartupLock;
import jp.member.shared.BusinessTime;
import jp.member.shared.Settings;

/**
 * Demo mode, no postal-code data yet: the towns the demo members live in, written in the format of Japan Post's
 * postal-code file and read by the same import an administrator uses, so that typing a demo member's postal code
 * fills in the address. (The demo's postal codes are made up; Japan Post's real file replaces them on the
 * administrator's page.)
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoPostalCodes {

    static final String FILE_NAME = "demo-KEN_ALL.CSV";

    private static final Logger LOG = Logger.getLogger(DemoPostalCodes.class.getName());

    @Inject
    Settings settings;

    @Inject
    BusinessTime time;

    @Resource(lookup = "jdbc/member")
    DataSource dataSource;

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void loadIfEmpty() {
        if (settings.isDemo()) {
            // instances starting at once take turns: the second finds what the first created
            try (StartupLock turn = StartupLock.take(dataSource)) {
                loadIfEmptyInTurn();
            }
        }
    }

    private void loadIfEmptyInTurn() {
        if (em.createQuery("SELECT COUNT(a) FROM PostalArea a", Long.class).getSingleResult() > 0) {
            return;
        }
        byte[] file = KenAllCsv.bytes(KenAllCsv.ofMembers(
                new SyntheticMembers(DemoMembers.SEED, DemoMembers.REFERENCE_DATE), DemoMembers.COUNT));
        KenAllFile.Contents contents = KenAllFile.read(new ByteArrayInputStream(file));
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            PostalAreaTable.replaceAll(db, contents, "system", FILE_NAME, time.now());
            db.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("demo postal codes could not be loaded", e);
        }
        LOG.warning(() -> "DEMO MODE - " + contents.areas().size() + " postal areas for the demo members' addresses");
    }
}
