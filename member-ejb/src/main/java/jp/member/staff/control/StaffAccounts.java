package jp.member.staff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import jp.member.shared.NotFoundException;
import jp.member.staff.entity.StaffAccount;

/** Finds staff accounts. */
@ApplicationScoped
public class StaffAccounts {

    @PersistenceContext
    EntityManager em;

    public Optional<StaffAccount> findByUsername(String username) {
        if (username == null || username.isBlank() || username.length() > StaffAccount.USERNAME_MAX) {
            return Optional.empty();
        }
        return em.createNamedQuery(StaffAccount.FIND_BY_USERNAME, StaffAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    public StaffAccount getById(long id) {
        StaffAccount account = em.find(StaffAccount.class, id);
        if (account == null) {
            throw new NotFoundException("staff.notFound");
        }
        return account;
    }

    public List<StaffAccount> all() {
        return em.createNamedQuery(StaffAccount.FIND_ALL, StaffAccount.class).getResultList();
    }

    public long count() {
        return em.createNamedQuery(StaffAccount.COUNT, Long.class).getSingleResult();
    }

    public void add(StaffAccount account) {
        em.persist(account);
    }
}
