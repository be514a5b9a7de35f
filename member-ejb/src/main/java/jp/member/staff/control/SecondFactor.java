package jp.member.staff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AuditEntry.ActorKind;
import jp.member.audit.entity.AuditEventType;
import jp.member.security.Roles;
import jp.member.security.crypto.DataProtection;
import jp.member.security.crypto.Resealing;
import jp.member.security.crypto.SealedValues;
import jp.member.shared.BusinessException;
import jp.member.shared.Secrets;
import jp.member.staff.entity.RecoveryCode;
import jp.member.staff.entity.StaffAccount;
import jp.member.staff.rules.Totp;

/**
 * The second factor: TOTP secrets sealed with the data key and bound to the account, enrolment confirmed by a first
 * code, ten one-time recovery codes, and the check at sign-in (a code's step is used once; a recovery code once).
 * Mandatory for every staff role (ASVS 6.3.3); where the deployment requires a registered device for all of an
 * account's roles ({@code member.device.roles}), the device's client certificate is its second factor instead. Key
 * rotation re-seals the secrets with the current key ({@link SealedValues}).
 */
@ApplicationScoped
public class SecondFactor implements SealedValues {

    public static final Set<String> REQUIRED_FOR = Set.copyOf(Roles.STAFF);

    /** How key rotation names second-factor secrets. */
    public static final String KIND = "secondFactor";

    static final int RECOVERY_CODES = 10;
    static final String ISSUER = "member";

    @PersistenceContext
    EntityManager em;

    @Inject
    DataProtection protection;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Whether the account's roles require a second factor. */
    public static boolean requiredFor(StaffAccount account) {
        return account.getRoles().stream().anyMatch(REQUIRED_FOR::contains);
    }

    /**
     * Checks a code at sign-in, in a transaction of its own with the account locked (two sign-ins with one code:
     * one wins). A six-digit code is a TOTP code; anything else is tried as an unused recovery code.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean check(long staffId, String code) {
        StaffAccount account = em.find(StaffAccount.class, staffId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null || !account.hasSecondFactor() || code == null || code.isBlank()) {
            return false;
        }
        byte[] secret = secret(account, account.getTotpSecret());
        OptionalLong step = Totp.verify(secret, code, clock.instant(), account.getTotpLastStep());
        if (step.isPresent()) {
            account.usedStep(step.getAsLong());
            return true;
        }
        String hash = Secrets.sha256Hex(Secrets.recoveryForm(code));
        for (RecoveryCode recovery : recoveryCodes(staffId)) {
            if (!recovery.isUsed() && Secrets.constantTimeEquals(recovery.getCodeHash(), hash)) {
                recovery.use(clock.instant());
                audit.record(AuditEvent.of(AuditEventType.STAFF_CHANGED)
                        .by(account.getUsername(), ActorKind.STAFF)
                        .target("staff:" + account.getUsername() + ";recovery code used"));
                return true;
            }
        }
        return false;
    }

    /** Starts (or restarts) enrolment: a new secret, returned once as base32 for the authenticator app. */
    public String begin(StaffAccount account) {
        byte[] secret = Secrets.randomBytes(Totp.SECRET_BYTES);
        String base32 = Totp.base32(secret);
        account.startSecondFactor(protection.cipher().seal(base32, aad(account)));
        return base32;
    }

    /** Confirms enrolment with a first code; returns the recovery codes, shown once. */
    public List<String> confirm(StaffAccount account, String code) {
        if (account.getTotpPending() == null) {
            throw new BusinessException("totp.notStarted");
        }
        OptionalLong step = Totp.verify(secret(account, account.getTotpPending()), code, clock.instant(), 0);
        if (step.isEmpty()) {
            throw new BusinessException("totp.code.wrong");
        }
        account.confirmSecondFactor(step.getAsLong());
        recoveryCodes(account.getId()).forEach(em::remove);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String recovery = Secrets.recoveryCode();
            codes.add(recovery);
            em.persist(new RecoveryCode(account.getId(), Secrets.sha256Hex(Secrets.recoveryForm(recovery))));
        }
        audit.record(AuditEvent.of(AuditEventType.STAFF_CHANGED)
                .target("staff:" + account.getUsername() + ";second factor enrolled"));
        return codes;
    }

    /** Demo mode only: enrols the account with a given secret, without a first code or recovery codes. */
    public void enrolWith(StaffAccount account, byte[] secret) {
        account.startSecondFactor(protection.cipher().seal(Totp.base32(secret), aad(account)));
        account.confirmSecondFactor(0);
    }

    /** The {@code otpauth://} URI an authenticator app reads from the QR code. */
    public static String uri(String username, String base32Secret) {
        String label = ISSUER + ":" + username;
        return "otpauth://totp/"
                + java.net.URLEncoder.encode(label, StandardCharsets.UTF_8).replace("+", "%20")
                + "?secret=" + base32Secret + "&issuer=" + ISSUER + "&algorithm=SHA1&digits=" + Totp.DIGITS
                + "&period=" + Totp.STEP_SECONDS;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** One secret per account, two during a new enrolment: few enough to read whole and count by their bytes. */
    @Override
    public Map<String, Long> countByKey() {
        return SealedValues.tally(em.createQuery(
                        "SELECT s.totpSecret, s.totpPending FROM StaffAccount s"
                                + " WHERE s.totpSecret IS NOT NULL OR s.totpPending IS NOT NULL",
                        Object[].class)
                .getResultStream()
                .flatMap(row -> Stream.of((byte[]) row[0], (byte[]) row[1])));
    }

    /**
     * Key rotation: the secret and the pending one sealed again with the current key. A sign-in between reading and
     * writing an account makes the batch fail on its version, and the rotation tries it again.
     */
    @Override
    public Batch resealAfter(long afterId) {
        List<StaffAccount> batch = em.createQuery(
                        "SELECT s FROM StaffAccount s WHERE s.id > :after"
                                + " AND (s.totpSecret IS NOT NULL OR s.totpPending IS NOT NULL) ORDER BY s.id",
                        StaffAccount.class)
                .setParameter("after", afterId)
                .setMaxResults(BATCH)
                .getResultList();
        if (batch.isEmpty()) {
            return Batch.NONE_LEFT;
        }
        Resealing resealing = new Resealing(protection.cipher());
        for (StaffAccount account : batch) {
            String where = "second factor of staff id " + account.getId();
            account.resealSecondFactor(
                    resealing.reseal(account.getTotpSecret(), aad(account), where),
                    resealing.reseal(account.getTotpPending(), aad(account), where));
        }
        return resealing.done(batch.get(batch.size() - 1).getId());
    }

    private byte[] secret(StaffAccount account, byte[] sealed) {
        return Totp.fromBase32(protection.cipher().open(sealed, aad(account)));
    }

    private static String aad(StaffAccount account) {
        return "staff_account.totp:" + account.getId();
    }

    private List<RecoveryCode> recoveryCodes(long staffId) {
        return em.createQuery("SELECT r FROM RecoveryCode r WHERE r.staffId = :id", RecoveryCode.class)
                .setParameter("id", staffId)
                .getResultList();
    }
}
