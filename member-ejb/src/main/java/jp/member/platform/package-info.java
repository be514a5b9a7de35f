/**
 * What the application needs from its platform: settings from the environment, the clock, the schema migrations
 * run at deployment, and the data a new installation starts with (demo data, or the first administrator).
 */
package jp.member.platform;
