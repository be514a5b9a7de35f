/**
 * Leak incidents (漏えい等事案, APPI Art. 26): the response procedure kept before anything happens (contacts,
 * organisation, checklists, versioned); the register of incidents with their clocks (速報, 確報); the affected members
 * computed from the tamper-evident audit trail per data item; whether the incident must be reported and why;
 * containment (suspend accounts and clients, lock exports down, stop a role's sign-in, demand a key rotation); the
 * report to the PPC (the nine items of Enforcement Rules Art. 8(1)); the notice to members (Rule 10) through the
 * approved-export workflow; recurrence measures; the JNSA model's expected damages. Pure rules live in {@code rules}.
 *
 * <p>May use: {@code shared}, {@code security}, {@code audit}, {@code staff}, {@code members}, {@code exports},
 * {@code monitoring}. Used by the web tier (boundaries only).
 */
package jp.member.incidents;
