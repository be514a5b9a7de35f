package jp.member.staff.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import jp.member.security.Roles;
import jp.member.shared.BusinessException;

/**
 * A person who signs in to the staff UI. The password is kept only as a PBKDF2 hash; failed attempts and the lock
 * are changed by atomic statements (see {@code LoginAttempts}), never by read-modify-write.
 */
@Entity
@Table(name = "staff_account")
@NamedQuery(name = StaffAccount.FIND_BY_USERNAME, query = "SELECT s FROM StaffAccount s WHERE s.username = :username")
@NamedQuery(name = StaffAccount.FIND_ALL, query = "SELECT s FROM StaffAccount s ORDER BY s.username")
@NamedQuery(name = StaffAccount.COUNT, query = "SELECT COUNT(s) FROM StaffAccount s")
public class StaffAccount {

    public static final String FIND_BY_USERNAME = "StaffAccount.findByUsername";
    public static final String FIND_ALL = "StaffAccount.findAll";
    public static final String COUNT = "StaffAccount.count";

    /**
     * The longest username; every record of what a person did names them by it, so it must fit the audit trail's
     * actor ({@code AuditEntry.ACTOR_MAX}).
     */
    public static final int USERNAME_MAX = 64;

    /** The longest display name (the name the pages greet the person with). */
    public static final int DISPLAY_NAME_MAX = 100;

    /** The longest provider subject kept (OpenID Connect allows 255 ASCII characters). */
    public static final int SUBJECT_MAX = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = USERNAME_MAX)
    private String username;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    /** Null for a {@link Source#DIRECTORY} or {@link Source#OPENID} account: someone else checks the person. */
    @Column(name = "password_hash")
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Source source = Source.LOCAL;

    /**
     * An {@link Source#OPENID} account's subject at the provider ({@code sub}): the provider's stable id of the person,
     * kept at the first sign-in so that a username given to someone else later does not open this record.
     */
    @Column(name = "openid_subject", length = SUBJECT_MAX)
    private String openIdSubject;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    /** Raised whenever live sessions must end (disabled, password reset, roles changed). */
    @Column(name = "session_generation", nullable = false)
    private int sessionGeneration;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "staff_id"))
    @Column(name = "role", length = 16)
    private Set<String> roles = new TreeSet<>();

    @Embedded
    private Attestation attestation;

    @Column(name = "totp_secret")
    private byte[] totpSecret;

    @Column(name = "totp_pending")
    private byte[] totpPending;

    @Column(name = "totp_last_step", nullable = false)
    private long totpLastStep;

    @Version
    private long version;

    /** Who checks the account's password (decision 0021). */
    public enum Source {
        /** The application, against the account's own hash. */
        LOCAL,
        /** The company's directory, by a bind as the person; the roles come from the directory's groups. */
        DIRECTORY,
        /** The company's OpenID provider (decision 0022); the roles come from a claim of its ID token. */
        OPENID
    }

    protected StaffAccount() {}

    /**
     * The local record of a person the directory or the OpenID provider let in for the first time (with a mapped role):
     * no local password, nothing to change at the first sign-in; attestation and second factor still to be recorded.
     */
    public static StaffAccount external(
            Source source, String username, String displayName, Collection<String> roles, Instant createdAt) {
        if (source == Source.LOCAL) {
            throw new IllegalArgumentException("a local account has a password");
        }
        StaffAccount account = new StaffAccount(username, fitted(displayName, username), null, roles, createdAt);
        account.source = source;
        account.mustChangePassword = false;
        return account;
    }

    /**
     * The directory or the provider signed in a person whose record was local (it was turned on for an installation
     * with staff): from now on it checks the person; the local password is dropped. Attestation, second factor and
     * history stay.
     */
    public void adoptBy(Source external) {
        if (external == Source.LOCAL) {
            throw new IllegalArgumentException("not an external source");
        }
        if (source != external) {
            source = external;
            passwordHash = null;
            mustChangePassword = false;
            endSessions();
        }
    }

    /**
     * Takes the roles and name the directory or the provider has now. Changed roles end the account's live sessions
     * (the session generation), as an administrator's change of roles does.
     */
    public void follow(String externalName, Collection<String> externalRoles) {
        if (!roles.equals(new TreeSet<>(externalRoles))) {
            assignRoles(externalRoles);
        }
        String name = fitted(externalName, username);
        if (!name.equals(displayName)) {
            displayName = name;
        }
    }

    /**
     * Binds the record to the provider's person {@code subject} at the first sign-in through the provider; false when it
     * is bound to another one (the username was given to someone else at the provider) or the subject is unusable.
     */
    public boolean bindOpenIdSubject(String subject) {
        if (subject == null || subject.isEmpty() || subject.length() > SUBJECT_MAX) {
            return false;
        }
        if (openIdSubject == null) {
            openIdSubject = subject;
            return true;
        }
        return openIdSubject.equals(subject);
    }

    private static String fitted(String name, String fallback) {
        String chosen = name == null || name.isBlank() ? fallback : name.strip();
        return chosen.length() > DISPLAY_NAME_MAX ? chosen.substring(0, DISPLAY_NAME_MAX) : chosen;
    }

    public Source getSource() {
        return source;
    }

    public boolean isFromDirectory() {
        return source == Source.DIRECTORY;
    }

    /** Whether someone else — the directory or the OpenID provider — checks this person: no local password. */
    public boolean isExternal() {
        return source != Source.LOCAL;
    }

    public StaffAccount(
            String username, String displayName, String passwordHash, Collection<String> roles, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.mustChangePassword = true;
        this.createdAt = createdAt;
        assignRoles(roles);
    }

    public void assignRoles(Collection<String> newRoles) {
        for (String role : newRoles) {
            if (!Roles.isStaffRole(role)) {
                throw new IllegalArgumentException("not a staff role: " + role);
            }
        }
        roles.clear();
        roles.addAll(newRoles);
        endSessions();
    }

    /** A new password chosen by the person themselves. */
    public void changePassword(String newHash) {
        requireLocalPassword();
        this.passwordHash = newHash;
        this.mustChangePassword = false;
    }

    /**
     * A password set by an administrator: the person must choose their own at the next sign-in. Makes a directory
     * account local again (the caller refuses that while the directory is on).
     */
    public void resetPassword(String temporaryHash) {
        this.source = Source.LOCAL; // an external account after its source was turned off: local again
        this.openIdSubject = null;
        this.passwordHash = temporaryHash;
        this.mustChangePassword = true;
        this.failedAttempts = 0;
        this.lockedUntil = null;
        endSessions();
    }

    /** A directory or provider account's password is theirs: it is changed there, never here. */
    private void requireLocalPassword() {
        if (source != Source.LOCAL) {
            throw new BusinessException("password.directory");
        }
    }

    public void disable() {
        this.enabled = false;
        endSessions();
    }

    /** Enabling also lifts a lockout. */
    public void enable() {
        this.enabled = true;
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    /** Live sessions carry the generation they started under; a higher one ends them at their next request. */
    public void endSessions() {
        this.sessionGeneration++;
    }

    /** Demo accounts start with a password the README shows, so they need not change it. */
    public void keepPassword() {
        this.mustChangePassword = false;
    }

    /** Whether the account signs in with a one-time code as well as its password. */
    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    /** The sealed TOTP secret (null before enrolment). */
    public byte[] getTotpSecret() {
        return totpSecret;
    }

    public byte[] getTotpPending() {
        return totpPending;
    }

    public long getTotpLastStep() {
        return totpLastStep;
    }

    /** Enrolment started: a new secret waits for its first code (an earlier pending one is replaced). */
    public void startSecondFactor(byte[] sealedSecret) {
        this.totpPending = sealedSecret;
    }

    /** Enrolment confirmed with a code of {@code step}: the pending secret becomes the account's. */
    public void confirmSecondFactor(long step) {
        if (totpPending == null) {
            throw new IllegalStateException("no enrolment in progress");
        }
        this.totpSecret = totpPending;
        this.totpPending = null;
        this.totpLastStep = step;
    }

    /** Key rotation: the same secrets (either may be null), sealed again with the current data key. */
    public void resealSecondFactor(byte[] sealedSecret, byte[] sealedPending) {
        this.totpSecret = sealedSecret;
        this.totpPending = sealedPending;
    }

    /** A code of this step was used: no code of it or an earlier step is accepted again. */
    public void usedStep(long step) {
        if (step <= totpLastStep) {
            throw new IllegalStateException("step already used");
        }
        this.totpLastStep = step;
    }

    /** A new attestation replaces the previous one. */
    public void attest(Attestation recorded) {
        this.attestation = recorded;
    }

    /** The current attestation; an empty one when none was ever recorded. */
    public Attestation getAttestation() {
        return attestation == null ? new Attestation() : attestation;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void rename(String newDisplayName) {
        this.displayName = newDisplayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public int getSessionGeneration() {
        return sessionGeneration;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<String> getRoles() {
        return Set.copyOf(roles);
    }
}
