package jp.member.staff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import jp.member.staff.entity.StaffAccount;

/**
 * The local records of people the directory lets in (decision 0021): created at their first sign-in, adopted when a
 * local account of the same name existed before the directory was turned on, and kept on the directory's roles and
 * name. Each change commits on its own, as the sign-in's other steps do.
 */
@ApplicationScoped
public class DirectoryAccounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffAccounts accounts;

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
            return created;
        }
        StaffAccount account = found.get();
        account.adoptByDirectory();
        account.followDirectory(answer.displayName(), answer.roles());
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
            account.followDirectory(answer.displayName(), answer.roles());
        }
    }
}
