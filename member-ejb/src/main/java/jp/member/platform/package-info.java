/**
 * What the application needs from its platform at start-up: the schema migrations, the check of the keys, the
 * EclipseLink customizer, and what a production installation starts with (the initial networks and the first
 * administrator).
 *
 * <p>May use: every feature. Used by nobody (the container starts it).
 */
package jp.member.platform;
