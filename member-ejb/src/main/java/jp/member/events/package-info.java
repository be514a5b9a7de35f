/**
 * Events for other systems: domain events written to an outbox in the same transaction as the change they report
 * ({@code control.Outbox}), and their delivery to subscribed receivers as signed webhooks (Standard Webhooks), in
 * order per member, retried with backoff, dead-lettered after the last attempt (decision 0020). Events carry no
 * personal data: an id, a type, a time, the member number and the names of what changed. Boundaries: {@code
 * WebhookSubscriptions} (ADMIN), {@code WebhookSchedule} (the delivery and pruning jobs).
 *
 * <p>May use: {@code shared}, {@code security} (the secrets are sealed with the data keys), {@code audit}, {@code
 * staff} ({@code IssuedSecret}, {@code Cidr}). Used by {@code members}, {@code points}, {@code exports}, {@code
 * monitoring}: each writes its events through {@code Outbox}.
 */
package jp.member.events;
