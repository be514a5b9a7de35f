package jp.member.staff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.TreeSet;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AuditEntry.ActorKind;
import jp.member.audit.entity.AuditEventType;
import jp.member.staff.entity.StaffAccount;

/**
 * The local records of people the directory lets in (decision 0021): created at their first sign-in, adopted when a
 * local account of the same name existed before the directory was turned on, and kept on the directory's roles and
 * name. Each change commits on its own, as the sign-in's other steps do, with its entry on the audit trail (by the
 * actor {@value #ACTOR}): what an administrator's change of staff leaves, the directory's leaves too.
 */
@ApplicationScoped
public class DirectoryAccounts {

    @PersistenceContext
    EntityManager em;

    /** Who made a change that came from the directory, on the audit trail. */
    public static final String ACTOR = "directory";

    @Inject
    StaffAccounts accounts;

    @Inject
    AuditTrail audit;

    /**
     * The person's record after a sign-in the directory accepted: created if missing, otherwise taken over by the
     * directory and given its current roles and name (changed roles end the person's other sessions).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public StaffAccount signedIn(String username, DirectoryAnswer answer, Instant now) {
        Optional<StaffAccount> found = accounts.findByUsername(username);
        if (found.isEmpty()) {
            StaffAccount created = StaffAccount.fromDirectory(username, answer.displayName(), answer.roles(), now);
            accounts.add(created);
            em.flush();
            record(AuditEventType.STAFF_CREATED, created, "created by the directory");
            return created;
        }
        StaffAccount account = found.get();
        if (!account.isFromDirectory()) {
            account.adoptByDirectory();
            record(AuditEventType.STAFF_CHANGED, account, "adopted by the directory");
        }
        follow(account, answer);
        em.flush();
        return account;
    }

    /**
     * The directory's current roles for a signed-in person (the session check). Different roles raise the session
     * generation, which ends the session that asked: the person signs in again under the new roles.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void follow(long staffId, DirectoryAnswer answer) {
        StaffAccount account = em.find(StaffAccount.class, staffId);
        if (account != null && account.isFromDirectory()) {
            follow(account, answer);
        }
    }

    private void follow(StaffAccount account, DirectoryAnswer answer) {
        boolean rolesChange = !account.getRoles().equals(answer.roles());
        account.followDirectory(answer.displayName(), answer.roles());
        if (rolesChange) {
            record(AuditEventType.STAFF_CHANGED, account, "roles from the directory");
        }
    }

    private void record(AuditEventType type, StaffAccount account, String what) {
        audit.record(AuditEvent.of(type)
                .by(ACTOR, ActorKind.SYSTEM)
                .target("staff:" + account.getUsername() + ";roles:"
                        + String.join("+", new TreeSet<>(account.getRoles())))
                .reason(what));
    }
}
