package jp.member.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.member.security.Roles;
import jp.member.staff.boundary.NetworkView;
import jp.member.staff.boundary.SignInNetworkAdministration;
import jp.member.web.shell.Messages;

/** The sign-in networks page (ADMIN): which networks each role may sign in from, and the registered devices. */
@Named
@ViewScoped
public class NetworksBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SignInNetworkAdministration administration;

    private List<NetworkView> networks;
    private List<NetworkView> devices;
    private String yourAddress;
    private String role = Roles.AGENT;
    private String network;
    private String label;
    private String fingerprint;
    private String deviceLabel;
    private boolean providerMfaAccepted;

    @PostConstruct
    void load() {
        networks = administration.networks();
        devices = administration.devices();
        yourAddress = administration.yourAddress();
        providerMfaAccepted = administration.providerMfaAccepted();
    }

    /** Saves whether the OpenID provider's own multi-factor check stands for the second factor. */
    public void saveProviderMfa() {
        boolean accepted = providerMfaAccepted;
        act(() -> administration.acceptProviderMfa(accepted), "network.providerMfa.saved");
    }

    public boolean isProviderMfaAccepted() {
        return providerMfaAccepted;
    }

    public void setProviderMfaAccepted(boolean providerMfaAccepted) {
        this.providerMfaAccepted = providerMfaAccepted;
    }

    public void allow() {
        act(
                () -> {
                    administration.allow(role, network, label);
                    network = null;
                    label = null;
                },
                "network.allowed");
    }

    public void remove(NetworkView entry) {
        act(() -> administration.remove(entry.id()), "network.removed");
    }

    public void registerDevice() {
        act(
                () -> {
                    administration.registerDevice(fingerprint, deviceLabel);
                    fingerprint = null;
                    deviceLabel = null;
                },
                "network.deviceRegistered");
    }

    public void removeDevice(NetworkView device) {
        act(() -> administration.removeDevice(device.id()), "network.deviceRemoved");
    }

    private void act(Runnable action, String successKey) {
        Messages.attempt(action, successKey);
        load();
    }

    public List<String> getRoles() {
        return Roles.STAFF;
    }

    public List<NetworkView> getNetworks() {
        return networks;
    }

    public List<NetworkView> getDevices() {
        return devices;
    }

    public String getYourAddress() {
        return yourAddress;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getNetwork() {
        return network;
    }

    public void setNetwork(String network) {
        this.network = network;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public void setFingerprint(String fingerprint) {
        this.fingerprint = fingerprint;
    }

    public String getDeviceLabel() {
        return deviceLabel;
    }

    public void setDeviceLabel(String deviceLabel) {
        this.deviceLabel = deviceLabel;
    }
}
