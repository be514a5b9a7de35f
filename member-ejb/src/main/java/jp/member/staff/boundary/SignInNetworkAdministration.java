package jp.member.staff.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.member.audit.control.AuditEvent;
import jp.member.audit.control.AuditTrail;
import jp.member.audit.entity.AuditEventType;
import jp.member.security.Roles;
import jp.member.shared.BusinessException;
import jp.member.shared.NotFoundException;
import jp.member.shared.RequestOrigin;
import jp.member.staff.control.SignInNetworks;
import jp.member.staff.control.SignInPolicy;
import jp.member.staff.entity.AllowedNetwork;
import jp.member.staff.entity.RegisteredDevice;
import jp.member.staff.rules.Cidr;
import jp.member.staff.rules.Fingerprint;
import jp.member.staff.rules.NetworkPolicy;

/**
 * The networks each staff role may sign in from, the registered devices, and whether the OpenID provider's own
 * multi-factor check stands for the second factor (ADMIN). A change that would leave the administrator making it
 * outside the administrators' networks is refused: nobody locks the administrators out by mistake. Every change is
 * audited and applies at once.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class SignInNetworkAdministration {

    /** The longest label of a network or a device (for the forms). */
    public static final int LABEL_MAX = AllowedNetwork.LABEL_MAX;

    @PersistenceContext
    EntityManager em;

    @Inject
    SignInNetworks networks;

    @Inject
    SignInPolicy policy;

    @Inject
    RequestOrigin origin;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** Every allowed network, by role. */
    public List<NetworkView> networks() {
        return em.createNamedQuery(AllowedNetwork.FIND_ALL, AllowedNetwork.class)
                .getResultStream()
                .map(n -> new NetworkView(
                        n.getId(),
                        n.getRole(),
                        n.getNetwork().toString(),
                        n.getLabel(),
                        n.getCreatedAt(),
                        n.getCreatedBy()))
                .toList();
    }

    /** The address this administrator's request comes from (what the networks are checked against). */
    public String yourAddress() {
        return origin.clientAddress();
    }

    /** Lets a staff role sign in from a network (CIDR); a label says what it is (e.g. 東京コールセンター). */
    public void allow(String role, String network, String label) {
        if (role == null || !Roles.STAFF.contains(role)) {
            throw new BusinessException("network.role.invalid");
        }
        Cidr cidr = Cidr.parse(network).orElseThrow(() -> new BusinessException("network.cidr.invalid"));
        String name = label(label);
        boolean taken = networks().stream()
                .anyMatch(n -> n.role().equals(role) && n.network().equals(cidr.toString()));
        if (taken) {
            throw new BusinessException("network.duplicate");
        }
        List<Cidr> after = new ArrayList<>(current(role));
        after.add(cidr);
        requireAdministratorStaysIn(role, after);
        em.persist(new AllowedNetwork(role, cidr, name, clock.instant(), caller()));
        changed("allowed " + role + " " + cidr);
    }

    public void remove(long id) {
        AllowedNetwork network = em.find(AllowedNetwork.class, id);
        if (network == null) {
            throw new NotFoundException("network.notFound");
        }
        List<Cidr> after = new ArrayList<>(current(network.getRole()));
        after.remove(network.getNetwork());
        requireAdministratorStaysIn(network.getRole(), after);
        em.remove(network);
        changed("removed " + network.getRole() + " " + network.getNetwork());
    }

    /** The registered devices (role null in the view; the network field holds the fingerprint). */
    public List<NetworkView> devices() {
        return em.createNamedQuery(RegisteredDevice.FIND_ALL, RegisteredDevice.class)
                .getResultStream()
                .map(d -> new NetworkView(
                        d.getId(), null, d.getFingerprint(), d.getLabel(), d.getCreatedAt(), d.getCreatedBy()))
                .toList();
    }

    /** Registers a company device by its client certificate's SHA-256 fingerprint (hex, colons allowed). */
    public void registerDevice(String fingerprint, String label) {
        String hex =
                Fingerprint.of(fingerprint).orElseThrow(() -> new BusinessException("network.fingerprint.invalid"));
        String name = label(label);
        if (devices().stream().anyMatch(d -> d.network().equals(hex))) {
            throw new BusinessException("network.duplicate");
        }
        em.persist(new RegisteredDevice(hex, name, clock.instant(), caller()));
        changed("device registered " + hex.substring(0, 16));
    }

    public void removeDevice(long id) {
        RegisteredDevice device = em.find(RegisteredDevice.class, id);
        if (device == null) {
            throw new NotFoundException("network.notFound");
        }
        em.remove(device);
        changed("device removed " + device.getFingerprint().substring(0, 16));
    }

    /**
     * Whether a sign-in through the OpenID provider that reports a checked second factor ({@code amr}, decision 0022)
     * needs no one-time code here.
     */
    public boolean providerMfaAccepted() {
        return policy.providerMfaAccepted();
    }

    /**
     * Accepts the provider's multi-factor check as the second factor, or stops accepting it (then people who sign in
     * through the provider give their one-time code as well). Audited; applies to the next sign-in.
     */
    public void acceptProviderMfa(boolean accepted) {
        if (policy.acceptProviderMfa(accepted, clock.instant(), caller())) {
            audit.record(AuditEvent.of(AuditEventType.SIGN_IN_POLICY_CHANGED)
                    .target("policy:provider-mfa")
                    .reason(accepted ? "accepted" : "not accepted"));
        }
    }

    private List<Cidr> current(String role) {
        return em.createNamedQuery(AllowedNetwork.FIND_ALL, AllowedNetwork.class)
                .getResultStream()
                .filter(n -> n.getRole().equals(role))
                .map(AllowedNetwork::getNetwork)
                .toList();
    }

    /** After a change to the administrators' networks, the administrator making it must still be inside them. */
    private void requireAdministratorStaysIn(String role, List<Cidr> after) {
        if (!Roles.ADMIN.equals(role)) {
            return;
        }
        Map<String, List<Cidr>> byRole = new HashMap<>();
        byRole.put(Roles.ADMIN, after);
        if (!new NetworkPolicy(byRole, networks.setupNetworks()).allows(Set.of(Roles.ADMIN), origin.clientAddress())) {
            throw new BusinessException("network.lockout");
        }
    }

    private static String label(String label) {
        String name = label == null ? "" : label.strip();
        if (name.isEmpty() || name.length() > LABEL_MAX) {
            throw new BusinessException("network.label.invalid");
        }
        return name;
    }

    private void changed(String what) {
        networks.changed();
        audit.record(AuditEvent.of(AuditEventType.SIGN_IN_NETWORKS_CHANGED).target(what));
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
