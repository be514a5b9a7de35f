/**
 * Staff: the people who sign in (accounts, roles, passwords, lockout, sign-in record) and the machine clients of
 * the API. Boundaries: {@code StaffAuthentication} (sign-in, per-request session check), {@code OwnAccount},
 * {@code StaffAdministration} and {@code ApiClientAdministration} (ADMIN), {@code ApiClientAuthentication}.
 */
package jp.member.staff;
