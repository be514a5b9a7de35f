package jp.member.staff.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A company device, known by the SHA-256 fingerprint of its client certificate (64 lower-case hex digits). */
@Entity
@Table(name = "registered_device")
@NamedQuery(name = RegisteredDevice.FIND_ALL, query = "SELECT d FROM RegisteredDevice d ORDER BY d.label")
public class RegisteredDevice {

    public static final String FIND_ALL = "RegisteredDevice.findAll";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 64)
    private String fingerprint;

    @Column(nullable = false, length = AllowedNetwork.LABEL_MAX)
    private String label;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = StaffAccount.USERNAME_MAX)
    private String createdBy;

    protected RegisteredDevice() {}

    public RegisteredDevice(String fingerprint, String label, Instant createdAt, String createdBy) {
        this.fingerprint = fingerprint;
        this.label = label;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public String getLabel() {
        return label;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
