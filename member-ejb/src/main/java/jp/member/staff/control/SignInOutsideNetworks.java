package jp.member.staff.control;

/**
 * A person gave the right password (and code) from an address or device the company has not approved for their
 * roles: refused like any failed sign-in, and announced with this event so that monitoring raises an alert. (Where
 * from is in the sign-in record, {@code OUTSIDE_NETWORKS}.)
 */
public record SignInOutsideNetworks(String username) {}
