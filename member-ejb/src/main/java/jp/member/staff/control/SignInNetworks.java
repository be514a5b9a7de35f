package jp.member.staff.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import jp.member.shared.Settings;
import jp.member.staff.entity.AllowedNetwork;
import jp.member.staff.entity.RegisteredDevice;
import jp.member.staff.rules.Cidr;
import jp.member.staff.rules.NetworkPolicy;

/**
 * Where staff may sign in and work from: the networks each role is allowed ({@link NetworkPolicy}), and — for the
 * roles {@code member.device.roles} names — a registered device. Asked at every sign-in and at every request of a
 * live session, so it keeps what it read for {@value #FRESH_SECONDS} seconds (a change made on this server applies at
 * once; on other servers of a cluster within that time).
 */
@ApplicationScoped
public class SignInNetworks {

    static final int FRESH_SECONDS = 30;
    /** Loopback only: where the first administrator sets a new installation up. */
    static final String DEFAULT_SETUP = "127.0.0.1/32,::1/128";

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private volatile Snapshot snapshot;
    /** Raised by every change: a read that began before a change is used once but never kept. */
    private final AtomicLong generation = new AtomicLong();

    private record Snapshot(NetworkPolicy policy, Set<String> devices, Instant readAt) {}

    /** Whether an account with these roles may be in from this address with this device (fingerprint or null). */
    public boolean admits(Collection<String> roles, String address, String device) {
        Snapshot now = current();
        return now.policy().allows(roles, address)
                && (!needsDevice(roles) || now.devices().contains(device));
    }

    /**
     * Whether every one of these roles needs a registered device: then the device's certificate is the account's
     * second factor (something it has), besides its password.
     */
    public boolean deviceIsSecondFactor(Collection<String> roles) {
        Set<String> requiring = devicesRequiredFor();
        return !roles.isEmpty() && requiring.containsAll(roles);
    }

    /** The networks each role may sign in from as they are now (the set-up networks for an ADMIN without any). */
    public NetworkPolicy policy() {
        return current().policy();
    }

    /** To be called in the transaction of a change: once it ends, the next question reads the networks again. */
    public void changed() {
        generation.incrementAndGet();
        snapshot = null;
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing before
            }

            @Override
            public void afterCompletion(int status) {
                generation.incrementAndGet(); // a read in flight before the commit is not kept
                snapshot = null; // what another request may have read before the commit is dropped too
            }
        });
    }

    /** The set-up networks ({@code member.setup.networks}, default loopback). */
    public List<Cidr> setupNetworks() {
        return Cidr.list(settings.value("member.setup.networks").orElse(DEFAULT_SETUP));
    }

    private boolean needsDevice(Collection<String> roles) {
        return roles.stream().anyMatch(devicesRequiredFor()::contains);
    }

    /** The roles {@code member.device.roles} names (read each time: a change of the setting applies at once). */
    private Set<String> devicesRequiredFor() {
        return Arrays.stream(settings.value("member.device.roles").orElse("").split(","))
                .map(String::strip)
                .filter(role -> !role.isEmpty())
                .collect(Collectors.toSet());
    }

    private Snapshot current() {
        Snapshot known = snapshot;
        Instant now = clock.instant();
        if (known == null
                || known.readAt().plus(Duration.ofSeconds(FRESH_SECONDS)).isBefore(now)) {
            long readFrom = generation.get();
            Map<String, List<Cidr>> byRole = new HashMap<>();
            for (AllowedNetwork network : em.createNamedQuery(AllowedNetwork.FIND_ALL, AllowedNetwork.class)
                    .getResultList()) {
                byRole.computeIfAbsent(network.getRole(), r -> new ArrayList<>())
                        .add(network.getNetwork());
            }
            Set<String> devices = em.createNamedQuery(RegisteredDevice.FIND_ALL, RegisteredDevice.class)
                    .getResultStream()
                    .map(RegisteredDevice::getFingerprint)
                    .collect(Collectors.toSet());
            known = new Snapshot(new NetworkPolicy(Map.copyOf(byRole), setupNetworks()), devices, now);
            snapshot = known;
            if (generation.get() != readFrom) {
                snapshot = null; // a change committed while this read ran: the next question reads again
            }
        }
        return known;
    }
}
