package jp.member.staff.boundary;

import java.io.Serializable;
import java.time.Instant;

/** A network one role may sign in from, or (role null) a registered device, as the administration page lists it. */
public record NetworkView(long id, String role, String network, String label, Instant createdAt, String createdBy)
        implements Serializable {}
