/**
 * Staff and machine clients: accounts, roles, passwords, lockout, second factor, attestations (agreement, training,
 * policy), the networks and devices staff may sign in from, the sign-in record; API clients with their limits and
 * field scope. Boundaries: {@code StaffAuthentication}, {@code OwnAccount}, {@code StaffAdministration}, {@code
 * ApiClientAdministration}, {@code ApiClientAuthentication}, {@code SignInNetworkAdministration}.
 *
 * <p>May use: {@code shared}, {@code security} (implements {@code crypto.SealedValues} for the second-factor secrets),
 * {@code audit} (implements {@code audit.control.StaffClearance}).
 * Used by {@code members}, {@code points}, {@code exports}, {@code monitoring}, {@code platform}, {@code demo}.
 */
package jp.member.staff;
