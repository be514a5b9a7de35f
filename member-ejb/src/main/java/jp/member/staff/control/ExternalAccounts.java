package jp.member.staff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AuditEntry.ActorKind;
import jp.member.audit.entity.AuditEventType;
import jp.member.staff.entity.StaffAccount;
import jp.member.staff.entity.StaffAccount.Source;

/**
 * The local records of people the directory (decision 0021) or the OpenID provider (decision 0022) lets in: created at
 * their first sign-in, adopted when a local account of the same name existed before the source was turned on, and kept
 * on the source's roles and name. Each change commits with its entry on the audit trail, in a transaction the caller
 * takes from {@link jp.member.shared.boundary.InNewTransaction} (the sign-in and the session check run without one,
 * where a transaction begun here would not take in the connections: decision 0020) (by the actor {@value #DIRECTORY} or {@value #OPENID}): what an administrator's change of staff
 * leaves, the directory's and the provider's leave too.
 */
@ApplicationScoped
public class ExternalAccounts {

    /** Who made a change that came from the directory, on the audit trail. */
    public static final String DIRECTORY = "directory";

    /** Who made a change that came from the OpenID provider, on the audit trail. */
    public static final String OPENID = "openid";

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffAccounts accounts;

    @Inject
    AuditTrail audit;

    /**
     * The person's record after a sign-in the source accepted: created if missing, otherwise taken over by the source
     * and given its current roles and name (changed roles end the person's other sessions). An OpenID record is bound
     * to the provider's subject; empty when the record is bound to another subject (nothing is changed then).
     */
    @Transactional
    public Optional<StaffAccount> signedIn(
            Source source, String username, String subject, String displayName, Set<String> roles, Instant now) {
        Optional<StaffAccount> found = accounts.findByUsername(username);
        if (found.isEmpty()) {
            StaffAccount created = StaffAccount.external(source, username, displayName, roles, now);
            if (source == Source.OPENID && !created.bindOpenIdSubject(subject)) {
                return Optional.empty();
            }
            accounts.add(created);
            em.flush();
            record(source, AuditEventType.STAFF_CREATED, created, "created by the " + by(source));
            return Optional.of(created);
        }
        StaffAccount account = found.get();
        if (source == Source.OPENID && !account.bindOpenIdSubject(subject)) {
            return Optional.empty();
        }
        if (account.getSource() != source) {
            account.adoptBy(source);
            record(source, AuditEventType.STAFF_CHANGED, account, "adopted by the " + by(source));
        }
        follow(source, account, displayName, roles);
        em.flush();
        return Optional.of(account);
    }

    /**
     * The source's current roles and name for a signed-in person (the session check). Different roles raise the session
     * generation, which ends the session that asked: the person signs in again under the new roles.
     */
    @Transactional
    public void follow(long staffId, String displayName, Set<String> roles) {
        StaffAccount account = em.find(StaffAccount.class, staffId);
        if (account != null && account.isExternal()) {
            follow(account.getSource(), account, displayName, roles);
        }
    }

    private void follow(Source source, StaffAccount account, String displayName, Set<String> roles) {
        boolean rolesChange = !account.getRoles().equals(roles);
        account.follow(displayName, roles);
        if (rolesChange) {
            record(source, AuditEventType.STAFF_CHANGED, account, "roles from the " + by(source));
        }
    }

    private static String by(Source source) {
        return source == Source.OPENID ? "OpenID provider" : "directory";
    }

    private void record(Source source, AuditEventType type, StaffAccount account, String what) {
        audit.record(AuditEvent.of(type)
                .by(source == Source.OPENID ? OPENID : DIRECTORY, ActorKind.SYSTEM)
                .target("staff:" + account.getUsername() + ";roles:"
                        + String.join("+", new TreeSet<>(account.getRoles())))
                .reason(what));
    }
}
