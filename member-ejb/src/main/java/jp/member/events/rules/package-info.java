/**
 * The webhook rules in plain Java, tested without a container: the Standard Webhooks signature, the retry backoff,
 * which endpoint URLs are allowed (scheme, loopback, private addresses) and the event's JSON body.
 */
package jp.member.events.rules;
